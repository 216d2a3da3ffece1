// …参观了市廉政教育基地。刘芳副理事长带队参加。: a closing sentence naming who led it gives the activity its doer.
import { isCheckType, isTalkType } from '../activityTypes.js';
import { checkCompanionsRemark } from './checkCompanionsRemark.js';
import { checkEscorts } from './checkEscorts.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { VISIT_TOLD } from './visitTold.js';
import { withListLedAsAll } from './kindAfterList.js';
import { shanghaiDate } from '../shanghai.js';
import { withLedVisitsChecked } from './bareCheckVerb.js';
import { trailerHolder } from './trailerHolder.js';

/** A sentence of its own: a name, perhaps a title, then 带队 (参加/前往/出席) and nothing else. */
const LED_SENTENCE = /(?:^|[。!?\n;；])\s*([\u4e00-\u9fa5]{2,3}?)(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长))?(?:同志)?(?:亲自)?(?:带队|率队|带领大家)(?:参加|前往|参观|出席|活动)?\s*(?:[。!]|$)/g;

/**
 * …到市廉政教育基地接受警示教育，赵敏书记带队并现场讲授了廉政党课… (round 44, t46b F8: the visit left the sender's while the
 * lecture was 赵敏's): one who led the visit (带队/率队) and did a deed of it in the same clause (并 · ，) led the visit too.
 * Group 1 is the name.
 */
const LED_AND_DID = /(?:^|[,，;；。!?\n])\s*([\u4e00-\u9fa5]{2,3}?)(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长))?(?:同志)?(?:亲自)?(?:带队|率队)[,，]?\s*(?:并|还|又|同时)/g;
/** The deeds a visit is: a study or a film there, never a check or a meeting. */
const VISIT_DEEDS: ReadonlySet<string> = new Set(['edu_warning', 'edu_integrity']);

/**
 * 「…11月24日（康复中心）。均由黄志刚书记带队，本人参加。」 · 「…11月10日（财务科），均由黄志刚书记带队。」 · 「以上检查都由黄志刚
 * 同志负责」 (round 37, t37b F4/F9: only the last item was his, the others the clerk's): a clause closing a list that names,
 * with 均/都/全部由, the one who led or held every item. The sender's own going along (本人参加) may follow, or another's
 * (「以上工作均由黄志刚书记负责，林晓同志参与。」, round 38 t38b F8: the clause was not read, each check asked who led it);
 * after 以上/上述/这些 the 均 may go unsaid (以上工作由黄志刚同志牵头负责), and the title may stand before the name (由机关纪委书记黄志刚负责).
 * Group 1 is the name.
 */
// …均由本人带队，林晓参加 (round 38, t37c F2): the companions named after the leader, as 本人参加 is, close the clause too.
export const ALL_LED_CLAUSE = /(?:^|[。!?\n;；，,])\s*(?:(?:以上|上述|这些|前述)[\u4e00-\u9fa5]{0,6}?(?:均|都|全部|全都|皆|一律)?|[\u4e00-\u9fa5]{0,6}?(?:均|都|全部|全都|皆|一律))(?:是)?由\s*(?:[\u4e00-\u9fa5]{0,6}?(?:书记|理事长|主任|部长|科长|组长))?([\u4e00-\u9fa5]{2,3}?)(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长|组长))?(?:同志)?(?:亲自|具体)?(?:带队|率队|负责|主持|组织|牵头){1,2}(?:开展|进行|实施|参加|前往)?(?:的)?\s*(?:[，,]\s*(?:(?:本人|我|[\u4e00-\u9fa5]{2,3}?(?:同志)?(?:[、和及][\u4e00-\u9fa5]{2,3}?(?:同志)?){0,3}|[\u4e00-\u9fa5]{2,3}?(?:同志)?(?:副?(?:书记|主任|部长|科长|组长))?(?:同志)?)[、和及]?){1,4}(?:等(?:同志)?)?(?:也|均|都)?(?:全程)?(?:参加|陪同|参与|随同|随行|配合)(?:了)?(?:相关工作|检查|工作)?)?\s*(?=[。!；;]|$)/g;

/**
 * Records with no doer but the sender (not talks, nor anything done with someone named) given to the person a closing
 * sentence says led it (round 20u L14: a joint visit of 组联部 and 康复部 recorded as the 宣文部 clerk's, 「刘芳副理事长带队
 * 参加。」 after it). Shown for 确认 as someone else's. Unchanged when no such sentence names one person of the directory.
 * A closing 「均由X带队」 (ALL_LED_CLAUSE) is every listed item's: each record of no other doer is X's, asked fields or not,
 * except one held with X.
 */
export function withLeaderInTrailer(reports: ParsedReport[], written: string, ctx: ParseContext): ParsedReport[] {
  // 检查3次（办公室11.6、…），黄书记带队 (round 54, fjc): a bare 带队 closing a counted place+day list is every item's.
  const text = withLedVisitsChecked(withListLedAsAll(written, shanghaiDate(ctx.now)), ctx.directory);
  return withTrailerCompanions(leaderInTrailer(reports, text, ctx), text, ctx);
}

/**
 * 「…11月20日 宣文部。均由本人带队，林晓参加」 · 「…均由黄志刚书记带队，本人参加」 (round 52, fwa; t54a F2, t54b F5: 林晓 kept on the
 * last check alone, or on none): those the closing clause names as going along went on every listed check. Each check's
 * record gets them as companions (its doer left out; the sender left out of their own checks) and the card's 「同行：…」 says
 * so. Unchanged when no such clause names anyone of the directory.
 */
function withTrailerCompanions(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const tails = [...text.matchAll(ALL_LED_CLAUSE)].map((m) => m[0].replace(/^[。!?\n;；，,\s]+/, '').split(/[，,]/).slice(1).join('，')).filter((t) => t !== '');
  // 本人参加 · 林晓参与相关工作 written as checkEscorts' clause: 我陪同 · 林晓陪同.
  const along = tails.flatMap((t) => checkEscorts(`，${t.replace(/^本人/, '我').replace(/(?:参加|参与|随行|配合|随同|陪同)了?(?:相关工作|检查|工作)?\s*$/, '陪同')}`, ctx));
  if (along.length === 0) return reports;
  return reports.map((r) => {
    // A visit whose kind is still asked (到财务科，均由本人带队，林晓参加; round 54) is a check too: its companions kept for the answer.
    if (!isCheckType(r.draft.type) && !(r.draft.type === undefined && r.problems.some((p) => p.code === 'missing_type'))) return r;
    const doer = r.draft.actorId ?? ctx.senderId;
    const ids = [...new Set([...(r.draft.companionIds ?? []), ...along])].filter((id) => id !== doer);
    if (ids.length === 0 || ids.length === (r.draft.companionIds ?? []).length) return r;
    return {
      ...r,
      draft: { ...r.draft, companionIds: ids },
      remarks: [...r.remarks.filter((m) => !m.startsWith('同行：')), checkCompanionsRemark(ids, ctx)],
    };
  });
}

function leaderInTrailer(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const every = single([...text.matchAll(ALL_LED_CLAUSE)].map((m) => m[1]!), ctx) ?? trailerHolder(text, ctx);
  const named = [...text.matchAll(LED_SENTENCE)].flatMap((m) => ctx.directory.org.people.filter((p) => p.name === m[1]));
  const leader = every ?? (named.length === 1 ? named[0]! : undefined);
  if (!leader) return withVisitLeader(reports, text, ctx);
  if (leader.id === ctx.senderId) return reports;
  return reports.map((r) => {
    if (r.draft.actorId !== undefined || r.draft.counterpartIds.includes(leader.id)) return r;
    if (!every && (r.draft.type === undefined || isTalkType(r.draft.type) || r.draft.counterpartIds.length > 0 || r.problems.length > 0)) return r;
    return {
      ...r,
      // Whose it was is said: the doer asked of an item under a body's heading (机关纪委…台帐, its inspectors offered) is answered.
      problems: every ? r.problems.filter((p) => p.code !== 'missing_actor' && p.code !== 'ambiguous_actor') : r.problems,
      draft: { ...r.draft, actorId: leader.id },
      remarks: [...r.remarks, `按带队的${leader.name}的活动记录（代为上报）`],
      reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])],
    };
  });
}

/** The one person of the directory the names are (all the same name), or undefined. */
function single(names: string[], ctx: ParseContext) {
  const people = [...new Set(names)].flatMap((n) => ctx.directory.org.people.filter((p) => p.name === n));
  return people.length === 1 ? people[0] : undefined;
}

/**
 * Records of a visit (a study or a film of no doer but the sender) given to the one who, in the sentence telling of the
 * visit, led it and did another of its deeds (赵敏书记带队并现场讲授了廉政党课), on the card: that deed's record, on the same
 * day, is already theirs. Unchanged otherwise, and when the sender led it.
 */
function withVisitLeader(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const led = [...text.matchAll(LED_AND_DID)].filter((m) => VISIT_TOLD.test(sentenceBefore(text, m.index)));
  const leader = single(led.map((m) => m[1]!), ctx);
  if (!leader || leader.id === ctx.senderId) return reports;
  const days = new Set(reports.filter((r) => r.draft.actorId === leader.id).map((r) => r.draft.date));
  return reports.map((r) => {
    // 宣文部全体同志到…接受警示教育 from its clerk was put on the head for the audience's sake; a doer the text never names yields.
    const inferred = r.draft.actorId !== undefined && !text.includes(ctx.directory.person(r.draft.actorId)?.name ?? '\u0000');
    if ((r.draft.actorId !== undefined && !inferred) || !VISIT_DEEDS.has(r.draft.type ?? '') || !days.has(r.draft.date) || r.draft.counterpartIds.length > 0 || r.problems.length > 0) return r;
    return {
      ...r,
      draft: { ...r.draft, actorId: leader.id },
      remarks: [...r.remarks.filter((m) => !(m.startsWith('按') && m.endsWith('的活动记录（代为上报）'))), `按带队的${leader.name}的活动记录（代为上报）`],
      reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])],
    };
  });
}

/** The part of `text`'s sentence before `at`. */
function sentenceBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  return head.slice(Math.max(...['。', '!', '?', '\n', '！', '？'].map((c) => head.lastIndexOf(c))) + 1);
}
