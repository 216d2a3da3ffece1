// 「陈理昨天到部里找我和赵磊分别谈了话」「小王昨天找我谈心」: a name not in the directory (or several people's) as the subject of a talk with the sender is whoever
// held the talk, asked, with the sender among those talked to (round 22u C3: read as someone the sender talked to, so the
// answer 「陈志强」 made the doer a counterpart and the sender the doer; 「陈理昨天找我和赵磊谈了话」 lost both 陈理 and 我).
import { isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import type { ParseContext, ParsedReport, ReportProblem } from './draft.js';
import { parseCounterparts } from './parseCounterparts.js';
import { normalizeText } from './parseNormalize.js';

/** A day before or after the name: 昨天 · 11月5日 · 上周三 · 今天上午. */
const DAY = String.raw`(?:(?:今天|昨天|前天|上周[一二三四五六日天]|本周[一二三四五六日天]|周[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])(?:上午|下午|晚上)?[,\s]*)?`;
/** [day] X [day] [到部里/来科室] 找我/把我/和我… : X, the one who held it, and the sender talked to. */
const SUBJECT = new RegExp(String.raw`^${DAY}([\u4e00-\u9fa5]{2,3}?)(?:同志)?${DAY}(?:(?:到|来)[^,;。!?]{1,8}?)?(?:找|把|叫|约|和|与|跟|同)(?:我|本人)(?![们])`);
/** Words in that place that are no name: a group, a pronoun, a time. */
const NO_NAME = /^(?:我们|他们|她们|咱们|大家|今天|昨天|前天|上午|下午|晚上|刚才|刚刚|部里|科里|单位|组织|领导|上级|本周|上周)/;

/**
 * `reports` with the talk re-read when `text` opens with a name the directory does not know as the subject of a talk
 * with the sender: one talk of whoever that is (asked, any person may answer) with the sender and the others named,
 * split into pairs once the doer is answered. Left as read when anything else is in the message.
 */
export function withUnknownTalker(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const m = SUBJECT.exec(normalizeText(text).trim());
  if (!m || NO_NAME.test(m[1]!)) return reports;
  const name = m[1]!;
  // 孙昨天找我: a day read into the name is no name.
  if (/昨|今天|前天|上午|下午|晚上/.test(name)) return reports;
  const read = parseCounterparts(name, { ...ctx, senderId: '' });
  // 小王昨天找我谈心: a name several people could be offers them; one no one has, anyone.
  const unsure = read.problems.find((p) => p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart');
  if (read.counterparts.length > 0 || !unsure) return reports;
  // 周滔和我今天谈了谈心 (round 64, gde): a name of the same sound as someone's offers them (nearNames), as a counterpart's does.
  const candidateIds = (unsure.code === 'ambiguous_counterpart' ? unsure.candidateIds : (unsure.nearIds ?? [])).filter((id) => id !== ctx.senderId);
  // Only a message that is this one talk: each record a talk (or of a type still asked) on one day, no doer read.
  const talkOrAsked = (r: ParsedReport) => r.draft.type === undefined || isTalkType(r.draft.type);
  const days = new Set(reports.map((r) => r.draft.date));
  if (reports.length === 0 || !reports.every(talkOrAsked) || days.size > 1 || reports.some((r) => r.draft.actorId !== undefined)) return reports;
  const types = new Set(reports.map((r) => r.draft.type).filter((t): t is ActivityTypeCode => t !== undefined));
  if (types.size > 1) return reports;
  const others = reports.flatMap((r) => r.draft.counterpartIds).filter((id) => id !== ctx.senderId);
  const first = reports[0]!;
  const { type: _type, actorId: _actor, departmentId: _department, ...rest } = first.draft;
  const type = [...types][0];
  // Who held it first: the type is then asked once for the whole talk, before it is split into pairs.
  const problems: ReportProblem[] = [
    { code: 'ambiguous_actor', text: name, candidateIds },
    ...(first.draft.date === undefined ? [{ code: 'missing_date' as const }] : []),
    ...(type === undefined ? [{ code: 'missing_type' as const }] : []),
  ];
  const draft = { ...rest, ...(type !== undefined ? { type } : {}), counterpartIds: [ctx.senderId, ...new Set(others)] };
  return [{ draft, problems, remarks: first.remarks, reasons: [...new Set([...(first.reasons ?? []), 'third_person' as const])] }];
}
