// 11月9日至11月13日: a span of days, of which a record keeps the first, saying so on the card.
import type { ParsedReport } from './draft.js';

/** 11月9日至11月13日 · 11月9日到13日 · 11月9日-11月13日 (numerals already arabic). */
const SPAN = /(\d{1,2})月(\d{1,2})[日号]\s*(?:至|到|—|–|~|-)\s*(?:(\d{1,2})月)?(\d{1,2})[日号]/;

/** The span `text` names, as written (11月9日至11月13日), or undefined. */
export function daySpan(text: string): string | undefined {
  return SPAN.exec(text)?.[0];
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
