// 王芳 (科员)「11月份廉政谈话情况：⏎1. 11月4日 与王建国副理事长⏎2. 11月6日 与刘芳副理事长⏎3. 11月9日 与陈志强副理事长」 (round 68,
// ghh; t71a F1's kind): a list of talks under a heading that names their kind and no person. Read item by item, the first was
// turned round (王建国's talk with the clerk) and the others put on the clerk at once — a 科员 holding 廉政谈话 with 副理事长;
// when one item was asked 是谁的, the answer went on that item only and the rest stayed 「活动人：您本人」. Written by a clerk
// they are someone's talks the heading does not name: whose is asked once for all of them (withDoerlessPairsAsked, the
// heading as the question's body), never the clerk's unasked. The sender who would hold every such talk (a head of their
// staff, a 分管 leader, the secretary) keeps the reading, as a first-person list.
import { isTalkType } from '../activityTypes.js';
import { plausiblyTheirs } from './blankDoerAsked.js';
import { withDoerlessPairsAsked } from './doerlessPairsAsked.js';
import { parseCounterparts } from './parseCounterparts.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/** A heading line naming a kind of talk and ending with a colon, no day of its own (11月份廉政谈话情况： · 谈心谈话开展情况：). */
const TALK_HEADING = /^[^\n:：]{0,24}(?:廉政谈话|谈心谈话|提醒谈话|谈话)[^\n:：\d日号]{0,12}[:：]\s*$/;
/** superiorHolds' note on a talk turned round onto the sender (王建国是您的上级，按王建国与您的谈话记录…). */
const HELD_ABOVE = /是您的上级，按[\u4e00-\u9fa5]{2,4}与您的谈话记录/;
/** 我/本人 in the heading: the sender's own talks (我11月份谈话情况：). */
const OWN = /我|本人/;

/**
 * `reports` (read from `text`) with every talk of no doer asked whose, once for all, when a clerk's `text` opens with a talk heading
 * naming no person (TALK_HEADING) over two or more lines, every record is a talk, one left on the sender is one the sender
 * would not plausibly hold, and withDoerlessPairsAsked asks (a talk turned round onto the clerk made doerless first). Else
 * unchanged. Pure.
 */
export function withHeadedTalkListAsked(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null || reports.length < 2) return reports;
  const lines = normalizeText(text).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const heading = lines[0] ?? '';
  // 与张伟书记谈话情况： names the one talked with; 张伟书记…情况： whose they are (typedHeadingPerson): a heading naming anyone is
  // read as before.
  if (lines.length < 3 || !TALK_HEADING.test(heading) || OWN.test(heading) || parseCounterparts(heading, ctx).counterparts.length > 0) return reports;
  if (!reports.every((r) => r.draft.type !== undefined && isTalkType(r.draft.type))) return reports;
  // Only a clerk's (no role, heading no department): 林晓, a 纪检干事, holds 廉政谈话 of her own (本月廉政谈话情况：⏎1. …对孙杰…).
  const sender = ctx.directory.person(ctx.senderId);
  if (!sender || sender.roles.some((r) => r !== 'member') || ctx.directory.headedBy(sender.id).length > 0) return reports;
  // 张颖「11月份谈心谈话情况：⏎1. 11月4日 与周涛部长⏎2. 11月6日 与刘芳副理事长」: every talk turned round onto the clerk (her
  // superiors talking with her) is a reading of its own, kept; only a talk left on the sender that the sender would not
  // hold (a 科员's with 副理事长) makes the list someone else's.
  if (!reports.some((r) => r.draft.actorId === undefined && r.draft.counterpartIds.some((id) => !plausiblyTheirs(ctx.senderId, id, ctx.directory)))) return reports;
  // A doer asked alone on one item (the heading's name offered) is asked with the rest: one question, one answer for all.
  const alone = (r: ParsedReport) => r.draft.actorId === undefined && r.problems.some((p) => p.code === 'missing_actor' && p.body === undefined);
  const joined = reports.map((r) => (alone(r) ? { ...r, problems: r.problems.filter((p) => p.code !== 'missing_actor') } : r));
  const asked = withDoerlessPairsAsked(joined, ctx, heading.replace(/[:：]\s*$/, ''));
  if (asked === joined) return reports;
  // 「王建国是您的上级，按王建国与您的谈话记录」 on a talk made doerless again says a reading the question replaced.
  return asked.map((r) => (r.draft.actorId === undefined ? { ...r, remarks: r.remarks.filter((m) => !HELD_ABOVE.test(m)) } : r));
}
