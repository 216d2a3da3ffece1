// 「今天和王强进行了廉政谈话。另外想问一下我还差什么」 (r2, issue 10): read whole, the message was a question and the talk
// was lost. A question with asking words before or after the deeds (questionInReport) is cut off, the deeds read, and the
// question named as not recorded; the chat answers it itself when it can (reportWithQuestion).
import { questionInReport } from '../query/questionInReport.js';
import type { ParsedReport } from './draft.js';
import { withTypeAskedHedged } from './typeAskedHedged.js';

/** The remark naming a question asked beside the deeds, as the list's question items are named. */
const questionRemark = (said: string) => `「${said}」是一个问题，未记录；请单独发送，我来回答`;

/**
 * The deeds of `text` read by `read` without its first or last part asking a question (帮我看看本月完成情况 · 另外想问一下
 * 我还差什么), the first record saying the question was not recorded; null when no such cut leaves a record of a known
 * type. Meant for a message `read` took whole as no report.
 */
export function withQuestionApart(text: string, read: (deed: string) => ParsedReport[] | null): ParsedReport[] | null {
  for (const cut of questionInReport(text)) {
    const reports = read(cut.deed);
    if (!reports || !reports.some((r) => r.draft.type !== undefined)) continue;
    const [first, ...others] = reports;
    return [{ ...first!, remarks: [...first!.remarks, questionRemark(cut.said)] }, ...others];
  }
  return null;
}

/**
 * `reports` (read from `text`, not null) with the question that `text` opens or ends with by asking words (顺便问下 ·
 * 想问一下 · 请问 · a ？) named as not recorded, when no remark names a question yet: the reading was right and the
 * question dropped without a word (…谈话。顺便问下本季度完成情况).
 */
export function withQuestionNamed(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  if (!reports || reports.length === 0 || reports.some((r) => r.remarks.some((m) => m.includes('是一个问题')))) return reports;
  // …，这算廉政教育吗？ (round 48, fte): the type it asks about is read as the deed's, shown on a card; no question left.
  if (withTypeAskedHedged(text) !== text) return reports;
  const cut = questionInReport(text).find((c) => c.asks);
  if (!cut) return reports;
  const [first, ...others] = reports;
  return [{ ...first!, remarks: [...first!.remarks, questionRemark(cut.said)] }, ...others];
}
