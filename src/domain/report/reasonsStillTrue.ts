// Round 35 (issue 10): 「需要确认：您是参加者…暂记在您名下」「…活动人按您本人记录」「参加人数多于组织架构里登记的人数」 stayed
// on a waiting card after the member had named the doer or the right head count: a reason to confirm that the records
// it stands beside no longer bear out is dropped when the card is settled again (as remarksStillTrue drops notes).
import type { Person } from '../organization.js';
import { countAboveRoster } from './countAboveRoster.js';
import type { ConfirmReason, ReportDraft } from './draft.js';

/**
 * The reasons that say the sender was taken as the doer (暂记在您名下 · 按您本人记录 · 按您主谈 · 按您与对方的谈话记录):
 * false once no record is the sender's own.
 */
const OWN_DOER_REASONS: ReadonlySet<ConfirmReason> = new Set<ConfirmReason>(['took_part', 'subject_unclear', 'blank_doer', 'unit_word', 'companion', 'check_companion', 'direction']);

/**
 * `reasons` less those no longer true of `drafts` (the card's records after an answer or an edit): the sender-as-doer
 * reasons (OWN_DOER_REASONS) when no record has the sender (`senderId`; a draft with no actorId is theirs) as its doer;
 * 'head_count' when no record counts more people than its roster (countAboveRoster over `people`, the directory's);
 * 'later_part_done' when `today` (YYYY-MM-DD, Shanghai; left out: kept) is no record's day. Every other reason kept,
 * in order; 'third_person' added when a sender-as-doer reason went because every record is someone else's.
 */
export function reasonsStillTrue(reasons: readonly ConfirmReason[], drafts: readonly ReportDraft[], senderId: string, people: readonly Pick<Person, 'id' | 'departmentId'>[], today?: string): ConfirmReason[] {
  const anyOwn = drafts.some((d) => d.actorId === undefined || d.actorId === senderId);
  const tooMany = drafts.some((d) => countAboveRoster(d, people, senderId));
  // 今天下午…讲了廉政党课, then 是昨天下午 (round 67, ggb; t69b A): 「写的却是今天还没到的时段」 is true only of a record of today.
  const anyToday = today === undefined || drafts.some((d) => d.date === today);
  const kept = reasons.filter((r) => (OWN_DOER_REASONS.has(r) ? anyOwn : r === 'head_count' ? tooMany : r === 'later_part_done' ? anyToday : true));
  // The records are someone else's now: that is why they still wait for a tap (never stored at once for a reason gone).
  const turned = !anyOwn && reasons.some((r) => OWN_DOER_REASONS.has(r)) && !kept.includes('third_person');
  return turned ? [...kept, 'third_person'] : kept;
}
