// 「杨帆今天和我签了廉政承诺书 这个要报吗」 · 「请问上个月的廉政教育还能补录吗 11月20号我们部学习了廉洁自律准则 …」 (round 50,
// fxe kind 2: the whole message dropped as a question, the deed told beside it lost): a member asking whether the deed
// should be reported, or may still be 补录, is answered by reading it — the deed recorded on a card, the question named.
import type { ParsedReport } from './draft.js';

/**
 * A clause asking whether to report (这个要报吗 · 要不要报 · 需要登记吗 · 还能补录吗 · 可以补报吗 · 这样报可以吗): a
 * verb of reporting, asked with 吗/么/不 or 要不要/能不能…; never a question of whether someone did report (报送了吗).
 */
const ASKS_REPORTING =
  /(?:要不要|需不需要|用不用|能不能|可不可以|是否(?:需要|要|能|可以)?)(?:再)?(?:上报|报送|补录|补报|报备|登记|录入|记录|报|记|录)|(?:要|需要|用|得|能|可以|还能|还可以)(?:再)?(?:上报|报送|补录|补报|报备|登记|录入|记录|报|记|录)(?:一下|上|进去)?(?:吗|么|不|没)|(?:这样|这么)(?:报|写|记|填)(?:可以|行|对)(?:吗|么|不)|补录还来得及/;
/** Where the message's clauses part: punctuation, or the spaces voice input puts for commas. */
const CLAUSES = /(?<=[，,。；;！!？?])|[ \u3000]+/;

/** The message without its first or last clause asking whether to report, and that clause as written. */
export interface ReportingAsked {
  text: string;
  said: string;
}

/**
 * `text` without the first or last clause asking whether its deed should be reported (ASKS_REPORTING), and the clause;
 * undefined when neither end asks so or nothing is left beside it.
 */
export function reportingAsked(text: string): ReportingAsked | undefined {
  const parts = text.trim().split(CLAUSES).filter((p) => p.trim() !== '');
  if (parts.length < 2) return undefined;
  const bare = (p: string) => p.replace(/^[\s，,；;。]+|[，,；;。！!？?\s]+$/g, '');
  for (const i of [parts.length - 1, 0]) {
    const said = bare(parts[i]!);
    // A long clause is a deed with a question in it, not the question alone (at most a short object: 上个月的廉政教育).
    if (!ASKS_REPORTING.test(said) || said.length > 20) continue;
    const rest = parts.filter((_, j) => j !== i).join(' ').trim();
    if (rest !== '') return { text: rest, said };
  }
  return undefined;
}

/**
 * `reports` (read from the message without the question) each shown for a tap, the first naming the question as answered
 * by the reading; null or no record of a known type is `undefined` (the message is then read as it was).
 */
export function withReportingAskedNoted(reports: ParsedReport[] | null, asked: ReportingAsked): ParsedReport[] | undefined {
  if (reports === null || !reports.some((r) => r.draft.type !== undefined)) return undefined;
  const remark = `您问「${asked.said}」：要报，补录也可以，已按消息里的活动读出，请核对`;
  return reports.map((r, i) => ({
    ...r,
    remarks: i === 0 ? [...r.remarks, remark] : r.remarks,
    reasons: [...new Set([...(r.reasons ?? []), 'asked_whether' as const])],
  }));
}
