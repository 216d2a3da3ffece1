// 11月9日至11月13日: a span of days, of which a record keeps the first, saying so on the card.
import type { ParsedReport } from './draft.js';
import { parseDay } from './parseDay.js';

/** 11月9日至11月13日 · 11月9日到13日 · 11月9日-11月13日 · 9日至13日 (numerals already arabic). */
// 3日—5日 · 3号到5号 (t52b F2's kind: the month left to the reader, read as two days and the first kept silently): a span too.
const SPAN = /(?<![\d月.])(?:(\d{1,2})月)?(\d{1,2})[日号]\s*(?:至|到|—|–|~|-)\s*(?:(\d{1,2})月)?(\d{1,2})[日号]/;

/**
 * 上周一至周三 · 本周二到周四 · 星期一至星期三 (round 25b, §3: stored at once on the first day with no word): a span of
 * weekdays, its week said once or twice.
 */
const WEEKDAY_SPAN = /(?:上上|上|本|这)?个?(?:周|星期|礼拜)[一二三四五六日天]\s*(?:至|到|—|–|~|-)\s*(?:(?:上上|上|本|这)?个?(?:周|星期|礼拜))?[一二三四五六日天](?![月日号点个次人十位名年])/;

/** The span `text` names, as written (11月9日至11月13日), or undefined. */
export function daySpan(text: string): string | undefined {
  return SPAN.exec(text)?.[0];
}

/**
 * The span of weekdays `text` names, as written (上周一至周三), or undefined. Only asked of a deed with several people:
 * one check over 本周一至周二 stays on its first day, as before.
 */
export function weekdaySpan(text: string): string | undefined {
  return WEEKDAY_SPAN.exec(text)?.[0];
}

/**
 * `reports` of a clause naming a span: each on its first day (as read), the card saying the span was shortened to it
 * (round 14: 11月9日至11月13日 recorded as 11-09 silently, under 「一条消息里有多项活动」 though there was one).
 */
export function onFirstDayOfSpan(reports: ParsedReport[], span: string): ParsedReport[] {
  const first = span.replace(/\s*(?:至|到|—|–|~|-)[\s\S]*$/, '');
  return reports.map((r) =>
    r.draft.date === undefined ? r : { ...r, remarks: [...r.remarks, `「${span}」是一段时间，按第一天${first}记录`], reasons: [...(r.reasons ?? []), 'day_span' as const] },
  );
}

/**
 * `reports` of a clause naming a span, when they are talks or signings with two or more people (上周一至周三和周涛、吴静
 * 进行了廉政谈话, round 25b §3: both stored on the first day): which day was whose the words do not say, so every record's
 * day is asked (missing_date), the remark naming the span. Reports with fewer people are returned as they are.
 */
export function spanDayAsked(reports: ParsedReport[], span: string, today?: string): ParsedReport[] {
  const people = new Set(reports.flatMap((r) => r.draft.counterpartIds));
  // 分别到财务科、办公室检查 over a span (t52b F2's kind): one deed per place, whose day is not said either.
  const places = new Set(reports.map((r) => r.draft.departmentId));
  if ((people.size < 2 && places.size < reports.length) || reports.length < 2) return reports;
  const each = people.size >= 2 ? '和每个人' : '每一项';
  return reports.map((r, i) => {
    const { date: _first, ...draft } = r.draft;
    const problems = r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date');
    // t52b F2: the span's days offered with the question (本周一至周三 → 11月30日至12月2日), so the member answers from them.
    const days = today !== undefined ? spanDaysInWords(span, today) : undefined;
    const remarks = i === 0 ? [...r.remarks, `「${span}」是一段时间${days !== undefined && /周|星期|礼拜|^\d{1,2}[日号]/.test(span) ? `（${days}）` : ''}，没有说明${each}分别是哪一天，请逐一回复日期`] : r.remarks;
    return { ...r, draft: { ...draft, late: false }, problems: [{ code: 'missing_date' as const }, ...problems], remarks };
  });
}

/** 11月30日 of 2026-11-30. */
const inWords = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * The first and last day of `span` on `today` (YYYY-MM-DD) in words (本周一至周三 → 11月30日至12月2日 · 11月3日至5日 →
 * 11月3日至11月5日), or undefined when either end is not read. The later end takes the earlier end's week or month.
 */
export function spanDaysInWords(span: string, today: string): string | undefined {
  const [from, to] = span.split(/\s*(?:至|到|—|–|~|-)\s*/);
  if (from === undefined || to === undefined) return undefined;
  const week = /^((?:上上|上|本|这)?个?)(?:周|星期|礼拜)/.exec(from)?.[1] ?? '';
  const month = /^(\d{1,2})月/.exec(from)?.[1];
  const later = /^(?:周|星期|礼拜)/.test(to) ? `${week}${to}` : month !== undefined && !/月/.test(to) ? `${month}月${to}` : to;
  const first = parseDay(from, today).date;
  const last = parseDay(later, today).date;
  return first !== undefined && last !== undefined && first <= last ? `${inWords(first)}至${inWords(last)}` : undefined;
}

/** Deeds held on one day: talks, signings, meetings, a lecture (round 51, fze kind 3). */
const ONE_DAY = new Set(['talk_integrity', 'talk_heart', 'pledge_sign', 'meeting_special', 'meeting_dept', 'review_analysis', 'edu_lecture']);

/**
 * `reports` read from a piece of `line` (both with arabic numerals, titles out) that lost the span the line opens with:
 * 「11月23日至25日，我与李明进行了廉政谈话」 (round 51, fze kind 3: stored at once on 11-23) was read as the day 11月23日 and
 * the piece 「我与李明…」 alone, which named no span. The records on the span's first day are read as the piece would have
 * been with the span in it: on a card saying the span (onFirstDayOfSpan), or each day asked when several people were talked
 * with (spanDayAsked). A span of weekdays counts only for deeds held on one day, as parseSegment reads it. `reports`
 * unchanged when the piece names a span or a day of its own, or the line names none.
 */
export function withLineSpanKept(reports: ParsedReport[], line: string, piece: string, today: string): ParsedReport[] {
  if (reports.length === 0 || daySpan(piece) !== undefined || weekdaySpan(piece) !== undefined || parseDay(piece, today).date !== undefined) return reports;
  const dates = daySpan(line);
  const weekdays = dates === undefined ? weekdaySpan(line) : undefined;
  const span = dates ?? weekdays;
  if (span === undefined) return reports;
  const first = parseDay(span.replace(/\s*(?:至|到|—|–|~|-)[\s\S]*$/, ''), today).date;
  const on = reports.filter((r) => r.draft.date === first && !(r.reasons ?? []).includes('day_span') && (weekdays === undefined || ONE_DAY.has(r.draft.type ?? '')));
  if (first === undefined || on.length !== reports.length) return reports;
  const people = new Set(reports.filter((r) => ONE_DAY.has(r.draft.type ?? '')).flatMap((r) => r.draft.counterpartIds));
  return people.size > 1 ? spanDayAsked(reports, span, today) : onFirstDayOfSpan(reports, span);
}

/**
 * `text` opening with a list of days (11月23日和25日 · 11月23日、25日 · 23日、25日) and a comma, then 我 and the deed: that 我
 * left out, so the list is read with the deed (「11月23日和25日，我分别与李明、孙丽进行了廉政谈话」, round 51 fze: both talks
 * stored at once on 11-23, the piece 「我分别与…」 read alone on the first day; without 我 each day is each one's). The sender
 * is the doer either way. Only before 分别/先后/逐一/依次: 我和黄志刚分别… names two doers, read as such. `text` unchanged otherwise.
 */
export function withMeAfterLeadDays(text: string): string {
  return text.replace(/^(\s*(?:\d{1,2}月)?\d{1,2}[日号](?:\s*(?:、|和|及|与)\s*(?:\d{1,2}月)?\d{1,2}[日号])+\s*[,，]\s*)我(?=分别|先后|逐一|依次)/, '$1');
}
