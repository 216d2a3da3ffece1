// 11月25日和胡军陪同黄志刚书记到康复中心开展作风纪律检查 · 林晓、胡军陪同黄书记… · 我和胡军、王芳陪同黄书记… · 黄志刚书记在林晓
// 陪同下到康复中心… (round 62, gbe; gad's left-alone: whose check asked between the leader and the sender, one who went along
// lost, or the check made the sender's with the leader lost): those written before 陪同/随同 (和X opening with no subject: the
// sender and X; a list naming the sender: the sender too) went along on the check of the one they escorted, who led it. The
// message's one check (its kind maybe still asked) is given to that leader, those who went along named on the card (同行).
import type { ParseContext, ParsedReport } from './draft.js';
import { isCheckType } from '../activityTypes.js';
import { CLAUSE_DAY } from './clauseDay.js';
import { namedPeople } from './namedPeople.js';
import { checkCompanionsRemark } from './checkCompanionsRemark.js';

/** The opening day (11月25日 · 11.25 · 昨天), then a comma or space. */
const OPENING_DAY = `[\\s\\u0000]*(?:${CLAUSE_DAY}|\\d{1,2}[.．]\\d{1,2}(?:日|号)?)?[，,\\s]*`;
/** 「[day] escorts 陪同 leader 到/赴/对/检查…」: escorts (maybe none) in group escorts, the one escorted in group leader. */
const ESCORTS_BEFORE = new RegExp(
  `^${OPENING_DAY}(?<escorts>[^，,。；;!?！？\\n]{0,20}?)(?:一起|一同|共同|全程)?(?:陪同|随同|陪着)(?<leader>[\\u4e00-\\u9fa5]{2,10}?)(?:一起|一同)?(?=到|赴|去(?!年)|前往|深入|对|来|检查|督查)`,
);
/** 「leader 在 escorts (的) 陪同下」: the one escorted before 在, those who went along inside. */
const ESCORTED_UNDER = new RegExp(`^${OPENING_DAY}(?<leader>[\\u4e00-\\u9fa5]{2,10}?)在(?<escorts>[^，,。；;!?！？\\n]{1,16}?)的?(?:陪同|陪伴)下`);
/** 我 · 本人 · 我的 as one of those who went along. */
const ME = /^(?:我的?|本人)$/;

/**
 * The ids of those `words` names as going along: the sender for 我/本人, or for a 和/与/跟 opening with no one before it (和胡军
 * → the sender and 胡军), or for no words at all (陪同黄书记…); undefined when a name is not for sure a directory person.
 */
function escortIds(words: string, ctx: ParseContext): string[] | undefined {
  const trimmed = words.replace(/^[\s\u0000]+|[\s\u0000]+$/g, '');
  if (trimmed === '') return [ctx.senderId];
  const withMe = /^(?:和|与|跟)/.test(trimmed);
  const parts = trimmed.replace(/^(?:和|与|跟)/, '').split(/[、和与及]/).filter((p) => p !== '');
  const mine = withMe || parts.some((p) => ME.test(p));
  const others = parts.filter((p) => !ME.test(p));
  const named = others.length === 0 ? [] : namedPeople(others.join('、'), ctx);
  if (named === undefined) return undefined;
  return [...new Set([...(mine ? [ctx.senderId] : []), ...named])];
}

/** The message's one check (its kind a check, or still asked among them), or undefined when it holds none or more than one. */
function oneCheck(reports: readonly ParsedReport[]): number | undefined {
  const checks = reports.flatMap((r, i) => (isCheckType(r.draft.type) || (r.draft.type === undefined && r.problems.some((p) => p.code === 'missing_type')) ? [i] : []));
  return checks.length === 1 && reports.length === 1 ? checks[0] : undefined;
}

/**
 * `reports` with the message's one check given to the one the sender (and those named with them) escorted, those who went along
 * its companions (the card's 「同行：…」), when `text` (one line) is written 「escorts 陪同 leader 到…」 or 「leader 在 escorts 陪同下」;
 * `reports` themselves otherwise, or when a name is unsure, or the leader is the sender or one of the escorts.
 */
export function withEscortedCheck(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (!/陪同|随同|陪着|陪伴/.test(text) || text.includes('\n')) return reports;
  const at = oneCheck(reports);
  if (at === undefined) return reports;
  const m = ESCORTS_BEFORE.exec(text) ?? ESCORTED_UNDER.exec(text);
  if (m === null) return reports;
  const leaderIds = namedPeople(m.groups!['leader']!, ctx);
  const escorts = escortIds(m.groups!['escorts']!, ctx);
  if (leaderIds?.length !== 1 || escorts === undefined) return reports;
  const leader = leaderIds[0]!;
  if (leader === ctx.senderId || escorts.includes(leader)) return reports;
  const r = reports[at]!;
  const sameDoer = r.draft.actorId === leader;
  const same = sameDoer && escorts.length === (r.draft.companionIds ?? []).length && escorts.every((id) => r.draft.companionIds!.includes(id));
  if (same) return reports;
  const name = ctx.directory.person(leader)?.name ?? leader;
  const fixed: ParsedReport = {
    ...r,
    draft: { ...r.draft, actorId: leader, companionIds: escorts },
    problems: r.problems.filter((p) => p.code !== 'missing_actor' && p.code !== 'ambiguous_actor'),
    remarks: [
      ...r.remarks.filter((x) => !x.startsWith('同行：') && !x.startsWith('按您主谈') && !(x.startsWith('按') && x.endsWith('（代为上报）'))),
      `按${name}的活动记录（代为上报）`,
      checkCompanionsRemark(escorts, ctx),
    ],
    reasons: [...new Set([...(r.reasons ?? []), 'third_person' as const])],
  };
  return reports.map((x, i) => (i === at ? fixed : x));
}
