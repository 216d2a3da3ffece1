// 签订了2027年度党风廉政建设责任书 (round 23 #22, g24): the year a 责任书 is for, kept on its record so the duty counts there.
import type { ParsedReport } from './draft.js';
import { dutyYearProblem } from '../completion/dutyYearProblem.js';

/** 2027年度 … 责任书/承诺书, within one clause: the year the paper is for. */
const YEAR_OF_PAPER = /(20\d{2})年度?[^,;。!?\n]{0,16}?(?:责任书|承诺书|目标责任)/g;

/**
 * `reports` with `dutyYear` on each 签订责任书 record when the message names one year its 责任书 is for (2027年度…责任书):
 * signed in December 2026, it meets 2027's duty (completion/countingDay). Several years named: left unread.
 */
export function withDutyYear(reports: ParsedReport[], text: string): ParsedReport[] {
  const years = new Set([...text.matchAll(YEAR_OF_PAPER)].map((m) => Number(m[1])));
  if (years.size !== 1) return reports;
  const [dutyYear] = years;
  // 2030年度 on a 2026 day is no year a 责任书 signed then is for (a slip): left unread, so the window note shows on the card.
  const fits = (date: string | undefined) => date === undefined || dutyYearProblem({ date, dutyYear: dutyYear! }) === undefined;
  return reports.map((r) => (r.draft.type === 'pledge_sign' && fits(r.draft.date) ? { ...r, draft: { ...r.draft, dutyYear: dutyYear! } } : r));
}
