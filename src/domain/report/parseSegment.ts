// Parses one activity's words into drafts: type, day, counterparts or training details, and what is missing.
import { isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import { parseCounterparts } from './parseCounterparts.js';
import { parseDay } from './parseDay.js';
import { claimsDone, describesDeed, namesComingPeriod } from './parseGate.js';
import { parseKind } from './parseKind.js';
import { MASK } from './parseNormalize.js';
import { leftoverNote } from './parseNote.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractBareTitle, extractTitles, kindFromTitles, parseAttendance, parseOrganiser } from './parseTraining.js';
import { periodOf } from '../period.js';
import type { ParseContext, ParsedReport, ReportDraft, ReportProblem } from './draft.js';

export interface SegmentParse {
  reports: ParsedReport[];
  /** The day this segment named, which later lines without one inherit. */
  day?: string;
}

/** The day a message is read on, and where its quarter began (补录 is judged against the quarter). */
export interface ReadingDay {
  today: string;
  quarterStart: string;
}

export function readingDay(today: string): ReadingDay {
  return { today, quarterStart: periodOf('quarter', today).start };
}

function dayProblems(date: string | undefined, today: string): ReportProblem[] {
  if (date === undefined) return [{ code: 'missing_date' }];
  return date > today ? [{ code: 'future_date', date }] : [];
}

function baseDraft(type: ActivityTypeCode | undefined, date: string | undefined, on: ReadingDay): ReportDraft {
  const late = date !== undefined && date <= on.today && date < on.quarterStart;
  return { ...(type ? { type } : {}), ...(date ? { date } : {}), counterpartIds: [], late };
}

const withNote = (draft: ReportDraft, note: string | undefined): ReportDraft => (note ? { ...draft, note } : draft);

function talkReports(base: ReportDraft, rest: string, ctx: ParseContext, problems: ReportProblem[], remarks: string[]): ParsedReport[] {
  const cp = parseCounterparts(rest, ctx);
  const draft = withNote(cp.actorId ? { ...base, actorId: cp.actorId } : base, leftoverNote(cp.rest));
  const all = [...remarks, ...cp.remarks];
  const reports: ParsedReport[] = cp.counterparts.map((c) => {
    const departmentId = c.departmentId ?? ctx.directory.person(c.id)?.departmentId;
    return { draft: { ...draft, counterpartIds: [c.id], ...(departmentId ? { departmentId } : {}) }, problems: [...problems], remarks: [...all] };
  });
  for (const p of cp.problems) reports.push({ draft: { ...draft, counterpartIds: [] }, problems: [...problems, p], remarks: [...all] });
  if (reports.length === 0) reports.push({ draft, problems: [...problems, { code: 'missing_counterpart' }], remarks: all });
  return reports;
}

/** Outside a talk a mentioned person is no counterpart (the lecturer, the organiser): keep their name in the note. */
function mentionsAsNames(text: string, ctx: ParseContext): string {
  return text.replace(/@_user_\d+/g, (key) => ctx.mentions.find((m) => m.key === key)?.name ?? MASK);
}

function trainingReport(base: ReportDraft, rest: string, titles: string[], ctx: ParseContext, problems: ReportProblem[], remarks: string[]): ParsedReport {
  const attendance = parseAttendance(mentionsAsNames(rest, ctx));
  const organiser = parseOrganiser(attendance.rest, ctx.directory);
  const draft: ReportDraft = {
    ...base,
    ...(organiser.departmentId ? { departmentId: organiser.departmentId } : {}),
    ...(titles.length > 0 ? { title: titles.join('、') } : {}),
    ...(attendance.attendees !== undefined ? { attendees: attendance.attendees } : {}),
    ...(attendance.allMembers ? { allMembers: true } : {}),
  };
  return { draft: withNote(draft, leftoverNote(organiser.rest)), problems, remarks };
}

/** 昨天和李明谈了: a report all right, but of which type? Only said when it is this clear. */
function untypedReport(text: string, rest: string, titles: string[], date: string | undefined, ctx: ParseContext, on: ReadingDay): ParsedReport | undefined {
  if (date === undefined) return undefined;
  const cp = parseCounterparts(rest, ctx);
  const talked = /谈|聊/.test(rest) && cp.counterparts.length > 0;
  const marked = /^(?:上报|补报|补录|登记|记录)/.test(text.trim());
  const studied = titles.length > 0 && /学习|观看|传达/.test(text);
  if (!talked && !marked && !studied) return undefined;
  const draft = { ...baseDraft(undefined, date, on), counterpartIds: cp.counterparts.map((c) => c.id) };
  return { draft: withNote(draft, leftoverNote(cp.rest)), problems: [{ code: 'missing_type' }, ...dayProblems(date, on.today)], remarks: [] };
}

/**
 * 廉政教育很重要: a type, no day and words that tell of no deed is talk about
 * the activity, not a report of one. The type alone (廉政谈话) starts a report.
 */
function isRemark(text: string, reports: ParsedReport[]): boolean {
  const said = (r: ParsedReport) =>
    r.draft.counterpartIds.length > 0 ||
    r.draft.title !== undefined ||
    r.draft.attendees !== undefined ||
    r.draft.allMembers === true ||
    r.problems.some((p) => p.code === 'unknown_counterpart' || p.code === 'ambiguous_counterpart');
  return reports.every((r) => r.draft.note !== undefined && !said(r)) && !describesDeed(text);
}

/** `on` is derived from ctx.now once per message by the caller: zone conversion is not cheap. */
export function parseSegment(text: string, ctx: ParseContext, on: ReadingDay, inheritedDay?: string): SegmentParse | null {
  const today = on.today;
  const quoted = extractTitles(text);
  const day = parseDay(arabicizeNumerals(quoted.rest), today);
  const date = day.date ?? inheritedDay;
  const parsedKind = parseKind(day.rest);
  let rest = parsedKind.rest;
  let titles = quoted.titles;
  if (titles.length === 0 && !(parsedKind.kind && isTalkType(parsedKind.kind.code))) {
    const bare = extractBareTitle(rest);
    titles = bare.titles;
    rest = bare.rest;
  }
  const kind = parsedKind.kind ?? kindFromTitles(titles, parsedKind.rest);
  const own = day.date ? { day: day.date } : {};
  if (!kind) {
    const untyped = untypedReport(text, rest, titles, date, ctx, on);
    if (untyped) return { reports: [untyped], ...own };
    return day.date ? { reports: [], ...own } : null;
  }
  // A future day or period with nothing said to be done is a plan, not a mistaken report.
  const ahead = day.date !== undefined ? day.date > today : namesComingPeriod(text) || (date !== undefined && date > today);
  if (ahead && !claimsDone(text)) return null;
  const problems = dayProblems(date, today);
  const base = baseDraft(kind.code, date, on);
  const remarks = day.invalid ? [...kind.remarks, `「${day.invalid}」不是有效日期`] : kind.remarks;
  const reports = isTalkType(kind.code)
    ? talkReports(base, rest, ctx, problems, remarks)
    : [trainingReport(base, rest, titles, ctx, problems, remarks)];
  if (date === undefined && isRemark(text, reports)) return null;
  return { reports, ...own };
}
