// 「周滔和张颖今天谈了谈心」 from 刘芳 (round 64, gde; gce's left-alone): 周滔 sounds like 周涛, and 「X和Y…谈」 with no 我 from a
// third person is X's talk with Y — as 「周涛和张颖今天谈了谈心」 has long been read (on a card). It was read as a talk of the
// sender's with 张颖 and a second with someone called 「周滔和」. Now the one talk's doer is asked, the sound-alike offered, and the
// card that follows says how to change it when the sender talked with both.
import type { Directory } from '../organization.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { guardedAlternation } from './guardedAlternation.js';
import { directoryNames } from './directoryNames.js';
import { nearNames } from './nearNames.js';
import { normalizeText } from './parseNormalize.js';
import { oncePer } from './oncePer.js';
import { withTitledSoundAlikeTalker } from './titledSoundAlikeTalker.js';

/** A day before or after the subject: 今天 · 昨天 · 上周二 · 11月24日 · 24号 · 11.24 (with a part of the day). */
const DAY = String.raw`(?:(?:今天|昨天|前天|上周[一二三四五六日天]|本周[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|\d{1,2}\.\d{1,2})(?:上午|下午|晚上)?[,\s]*)?`;

/** [day] X [同志] [day] 和/与/跟/同 Y [同志] [day] …谈/签: X (a name the directory lacks), Y (a directory name). */
const patternOf = oncePer((directory: Directory): RegExp => {
  const names = guardedAlternation(directoryNames(directory));
  return new RegExp(String.raw`^${DAY}([\u4e00-\u9fa5]{2,3}?)(?:同志)?\s*${DAY}(?:和|与|跟|同)\s*(${names})(?:同志)?\s*${DAY}[^,;。!?\n]{0,12}?(?:谈|签)`);
});

/** Words in the subject's place that are no name: a weekday, a time, a group, a pronoun. */
const NO_NAME = /^(?:周[一二三四五六日天末]|星期|今天|昨天|前天|上午|下午|晚上|刚才|我们|他们|她们|大家|部里|科里|领导|上周|本周|本月|上月)/;

/**
 * `reports` made one talk (or signing) of whoever `text`'s subject is, with the directory person after 和/与/跟/同, when the
 * message opens with a name the directory does not know but that sounds like (or is one character off) someone in it, and
 * names no 我: the doer asked (ambiguous_actor, those of the near names offered), shown on a card. Unchanged otherwise.
 */
export function withSoundAlikeTalkerAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  // 王剑国副理事长和我们孙丽科长… (round 69, gij): a post or 我们 in the shape, read apart.
  const titled = withTitledSoundAlikeTalker(reports, text, ctx);
  if (titled !== reports) return titled;
  if (reports.length === 0 || !/[和与跟同]/.test(text)) return reports;
  const line = normalizeText(text).trim();
  if (/我|本人/.test(line)) return reports;
  const m = patternOf(ctx.directory).exec(line);
  if (!m || NO_NAME.test(m[1]!)) return reports;
  const said = m[1]!;
  if (ctx.directory.org.people.some((p) => p.name === said)) return reports;
  const otherId = ctx.directory.org.people.find((p) => p.name === m[2])?.id;
  if (otherId === undefined || otherId === ctx.senderId) return reports;
  const nearIds = nearNames(said, line, m.index, m.index + said.length, ctx.directory, [otherId]);
  if (nearIds.length === 0) return reports;
  // Only this one deed: the records are the talk with Y and the misread 「X和」, of one type and day, no doer read.
  const withOther = reports.find((r) => r.draft.counterpartIds.includes(otherId));
  const misread = (r: ParsedReport) => r.draft.counterpartIds.length === 0 && r.problems.some((p) => p.code === 'unknown_counterpart' && p.text.startsWith(said));
  if (!withOther || reports.some((r) => r !== withOther && !misread(r)) || reports.some((r) => r.draft.actorId !== undefined)) return reports;
  if (reports.some((r) => r.draft.type !== withOther.draft.type || r.draft.date !== withOther.draft.date)) return reports;
  const { departmentId: _whose, ...draft } = withOther.draft;
  const other = ctx.directory.person(otherId)?.name ?? '';
  const deed = draft.type === 'pledge_sign' ? '签订' : '谈话';
  return [{
    draft: { ...draft, counterpartIds: [otherId] },
    problems: [{ code: 'ambiguous_actor', text: said, candidateIds: nearIds }, ...withOther.problems.filter((p) => p.code !== 'unknown_counterpart')],
    remarks: [...withOther.remarks, `「${said}和${other}」按${said}与${other}的${deed}记录；如是您本人分别和两人${deed}的，请点「修改」`],
    reasons: [...new Set([...(withOther.reasons ?? []), 'third_person' as const])],
  }];
}
