// A post tells one occasion over several lines: 12月1日上午，张伟带领…前往市廉政教育基地开展警示教育活动，实到党员32人。⏎大家在
// 讲解员的带领下依次参观了各展区，并集中观看了警示教育片《失守的底线》。 (round 41, t41a F1): the second line has no day and no
// doer of its own and was read as a second 警示教育, the clerk's, asked its day — a wrong record on the card and an unfair
// question. It goes on telling the occasion of the dated line before it.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';

/**
 * A line that opens by going on with those present (大家 · 全体党员 · 与会人员 · 党员干部们 · 在讲解员的带领下 · 活动中 · 现场 ·
 * 期间): nothing of a new occasion.
 */
const GOES_ON = /^[\s\u0000,，]*(?:大家|全体[\u4e00-\u9fa5]{0,6}?(?=在|依次|先后|一起|集中|观看|参观|聆听|重温|认真)|与会[\u4e00-\u9fa5]{0,4}?(?=在|依次|先后|一起|集中|观看|参观|聆听|重温|认真)|党员干部们?|同志们|在[^,，。;；\n]{1,16}?(?:带领|引导|讲解|陪同)下|活动中|活动期间|期间|其间|现场)/;

/**
 * 在讲解员带领下，大家依次参观了各展区。参观结束后，赵敏同志…上了一堂廉政党课 (round 42, t41b F5: the 党课 asked its day):
 * whether `line` opens by going on with the occasion told before — those present (GOES_ON), or the talk held there (座谈中 ·
 * 座谈时 · 交流中) — so that the deeds it tells with no day of their own are on that occasion's day.
 */
export function opensGoingOn(line: string): boolean {
  return GOES_ON.test(line) || /^[\s\u0000,，]*(?:座谈中|座谈时|座谈期间|交流中|参观中|参观期间|观影中)/.test(line);
}

/** The study kinds one occasion of education may be told in: a film watched at a 警示教育 visit is the visit's. */
const EDUCATION: ReadonlySet<ActivityTypeCode> = new Set(['edu_warning', 'edu_integrity']);

/**
 * The record of the dated line before (`before`, that line's records) that `told` (the one record of `line`) only goes on
 * telling; undefined when `line` opens as no continuation, `told` has a doer, people, a day or any
 * question but its day and whose it is, or no record before is an education of the same family on a day with no other title.
 */
export function occasionGoneOn(told: ParsedReport, before: ParsedReport[], line: string): ParsedReport | undefined {
  if (!GOES_ON.test(line)) return undefined;
  const d = told.draft;
  // The day may be the occasion's already (opensGoingOn carries it to the line): still no day of its own.
  if (d.type === undefined || !EDUCATION.has(d.type) || d.actorId !== undefined || d.counterpartIds.length > 0) return undefined;
  if (!told.problems.every((p) => p.code === 'missing_date' || p.code === 'missing_actor')) return undefined;
  const hosts = before.filter((r) => r.draft.type !== undefined && EDUCATION.has(r.draft.type) && r.draft.date !== undefined && (d.date === undefined || d.date === r.draft.date) && (r.draft.title === undefined || d.title === undefined || r.draft.title === d.title));
  return hosts.length === 1 ? hosts[0] : undefined;
}

/** The kinds a second deed of one occasion may be: studies, films, lectures (活动中，大家还观看了… · 随后还学习了…). */
const SECOND_DEED: ReadonlySet<ActivityTypeCode> = new Set(['edu_warning', 'edu_integrity', 'edu_lecture']);

/**
 * The record of the dated line before (`before`) whose occasion `told` (the one record of `line`) is another deed of: `line`
 * opens going on with that occasion (GOES_ON: 活动中 · 大家还 · 期间), the line not merged into it as its telling (occasionGoneOn), `told` is a study, film or
 * lecture with no day, doer or people of its own and no other question, and exactly one record before has a day. Undefined
 * otherwise (round 42, t42b F5).
 */
export function otherDeedOfOccasion(told: ParsedReport, before: ParsedReport[], line: string): ParsedReport | undefined {
  if (!GOES_ON.test(line)) return undefined;
  const d = told.draft;
  if (d.type === undefined || !SECOND_DEED.has(d.type) || d.date !== undefined || d.actorId !== undefined || d.counterpartIds.length > 0) return undefined;
  if (!told.problems.every((p) => p.code === 'missing_date' || p.code === 'missing_actor')) return undefined;
  const dated = before.filter((r) => r.draft.date !== undefined);
  return dated.length === 1 ? dated[0] : undefined;
}
