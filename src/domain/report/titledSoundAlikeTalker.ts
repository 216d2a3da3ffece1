// 李娟「前天王剑国副理事长和我们孙丽科长进行了谈话」 (round 69, gij; t72a F2): 王剑国 (王建国 written by sound) with his post was
// ignored and the talk turned round onto the sender — 活动人 孙丽, 对象 李娟 — because 「我们」 holds 我 and the post stood
// between the name and 和, where soundAlikeTalker's shape (周滔和张颖…谈) has neither. 「我们孙丽科长」 names someone of the
// sender's unit, never the sender: the one talk is X's with Y, X asked with the near names offered (「王剑国」 → 王建国).
import type { Directory } from '../organization.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { guardedAlternation } from './guardedAlternation.js';
import { directoryNames } from './directoryNames.js';
import { nearNames } from './nearNames.js';
import { normalizeText } from './parseNormalize.js';
import { oncePer } from './oncePer.js';

/** A day before or after the subject: 今天 · 前天 · 上周三 · 11月26号 · 26号 · 11.26 (with a part of the day). */
const DAY = String.raw`(?:(?:今天|昨天|前天|上周[一二三四五六日天]|本周[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|\d{1,2}\.\d{1,2})(?:上午|下午|晚上)?[,\s]*)?`;
/** A post said after a name: 副理事长 · 书记 · 副主任 · 部长 · 科长 · 同志. */
const POST = String.raw`(?:副?(?:理事长|书记|主任|部长|科长)|同志)`;
/** The sender's unit before the one talked with: 我们 · 我们的 · 咱们 · 我们科 · 我们部的 · 我们中心. */
const OURS = String.raw`(?:(?:我们|咱们)(?:科室|科|部门|部|中心|单位)?(?:的)?\s*)`;

/** [day] X [post] [day] 和/与/跟/同/找 [我们] Y [post] [day] …谈/签: X (not a directory name), a post or 我们, Y (a directory name). */
const patternOf = oncePer((directory: Directory): RegExp => {
  const names = guardedAlternation(directoryNames(directory));
  return new RegExp(String.raw`^${DAY}([\u4e00-\u9fa5]{2,3}?)\s*(${POST})?\s*${DAY}(?:和|与|跟|同|找)\s*(${OURS})?(${names})\s*${POST}?\s*${DAY}[^,;。!?\n]{0,12}?(?:谈|签)`);
});

/** Words in the subject's place that are no name: a weekday, a time, a group, a pronoun. */
const NO_NAME = /^(?:周[一二三四五六日天末]|星期|今天|昨天|前天|上午|下午|晚上|刚才|我们|他们|她们|大家|部里|科里|领导|上周|本周|本月|上月)/;

/**
 * `reports` made one talk (or signing) of whoever `text`'s subject is — a name the directory does not know with a post
 * after it, or before 和 + 我们, or read as turned round onto the sender — with the directory person Y after 和/与/跟/同, when its near names (nearNames, the post
 * weighed) are some and the reading was that one deed: Y talked with, or Y turned round into the doer with the sender
 * talked to. The doer is asked (ambiguous_actor, the near names offered). Unchanged otherwise, and when the message says
 * 我 or 本人 (not 我们), or the doer was read as one of the near names already.
 */
export function withTitledSoundAlikeTalker(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (reports.length === 0 || !/[和与跟同找]/.test(text)) return reports;
  const line = normalizeText(text).trim();
  if (/我(?!们)|本人/.test(line)) return reports;
  const m = patternOf(ctx.directory).exec(line);
  if (!m || NO_NAME.test(m[1]!)) return reports;
  const said = m[1]!;
  if (ctx.directory.org.people.some((p) => p.name === said)) return reports;
  const otherId = ctx.directory.org.people.find((p) => p.name === m[4])?.id;
  if (otherId === undefined || otherId === ctx.senderId) return reports;
  const start = m[0].indexOf(said);
  const nearIds = nearNames(said, line, start, start + said.length, ctx.directory, [otherId, ctx.senderId]);
  if (nearIds.length === 0) return reports;
  const first = reports[0]!;
  if (reports.some((r) => r.draft.type !== first.draft.type || r.draft.date !== first.draft.date)) return reports;
  const withOther = (r: ParsedReport) => r.draft.actorId === undefined && r.draft.counterpartIds.length === 1 && r.draft.counterpartIds[0] === otherId;
  const turnedRound = (r: ParsedReport) => r.draft.actorId === otherId && r.draft.counterpartIds.length === 1 && r.draft.counterpartIds[0] === ctx.senderId;
  const misread = (r: ParsedReport) => r.draft.counterpartIds.length === 0 && r.problems.some((p) => (p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart') && p.text.startsWith(said));
  const deed = reports.find((r) => withOther(r) || turnedRound(r));
  if (deed === undefined || reports.some((r) => r !== deed && !misread(r))) return reports;
  // With neither a post nor 我们 the shape is soundAlikeTalker's (周滔和张颖…), but for the talk turned round onto the sender.
  if (m[2] === undefined && m[3] === undefined && !turnedRound(deed)) return reports;
  const { departmentId: _whose, actorId: _turned, ...draft } = deed.draft;
  const other = ctx.directory.person(otherId)?.name ?? '';
  return [{
    draft: { ...draft, counterpartIds: [otherId] },
    problems: [{ code: 'ambiguous_actor', text: said, candidateIds: nearIds }, ...deed.problems.filter((p) => p.code !== 'unknown_counterpart' && p.code !== 'ambiguous_counterpart' && p.code !== 'ambiguous_actor')],
    // The turned-round reading's 「谈话人为Y（代为上报）」 is no longer true.
    remarks: deed.remarks.filter((r) => !r.includes(`谈话人为${other}`)),
    reasons: [...new Set([...(deed.reasons ?? []), 'third_person' as const])],
  }];
}
