// 11月9日至11月13日: a span of days, of which a record keeps the first, saying so on the card.
import type { ParsedReport } from './draft.js';

/** 11月9日至11月13日 · 11月9日到13日 · 11月9日-11月13日 (numerals already arabic). */
const SPAN = /(\d{1,2})月(\d{1,2})[日号]\s*(?:至|到|—|–|~|-)\s*(?:(\d{1,2})月)?(\d{1,2})[日号]/;

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
export function spanDayAsked(reports: ParsedReport[], span: string): ParsedReport[] {
  const people = new Set(reports.flatMap((r) => r.draft.counterpartIds));
  if (people.size < 2 || reports.length < 2) return reports;
  return reports.map((r, i) => {
    const { date: _first, ...draft } = r.draft;
    const problems = r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date');
    const remarks = i === 0 ? [...r.remarks, `「${span}」是一段时间，没有说明和每个人分别是哪一天，请逐一回复日期`] : r.remarks;
    return { ...r, draft: { ...draft, late: false }, problems: [{ code: 'missing_date' as const }, ...problems], remarks };
  });
}
