// 「警示教育几次了」: how many records of each type asked about, and the records themselves, as the ledger holds them.
import { buttonFlow, callbackButton, frame, markdown, note } from './completionParts.js';
import { askValue } from './querySuggestionsCard.js';

export interface RecordCountInput {
  /** e.g. 2026年 */
  periodLabel: string;
  /** e.g. 全单位, 周涛及本科室（组联部）, 办公室 */
  scopeLabel: string;
  /** One line per type asked, in catalogue order. */
  counts: readonly { typeName: string; count: number; late: number }[];
  /** The records counted, oldest first: 2026-11-30｜警示教育｜周涛｜《贪毁人生》｜20人. */
  rows: readonly string[];
  /** The completion question to offer as a button (「警示教育今年完成情况」). */
  completionQuestion: string;
}

/** At most this many records are listed; the rest are named by count (the 台账 has them all). */
const MAX_ROWS = 15;

export function recordCountCard(input: RecordCountInput): object {
  const total = input.counts.reduce((n, c) => n + c.count, 0);
  const lines = input.counts.map((c) => `**${c.typeName}** 共 **${c.count}** 次${c.late > 0 ? `（其中补录${c.late}）` : ''}`);
  const elements: object[] = [markdown(`${input.periodLabel} · ${input.scopeLabel}\n${lines.join('\n')}`)];
  if (input.rows.length > 0) {
    const shown = input.rows.slice(0, MAX_ROWS).map((r) => `· ${r}`);
    if (input.rows.length > MAX_ROWS) shown.push(`……另有 ${input.rows.length - MAX_ROWS} 条，完整清单请发送「导出台账」`);
    elements.push(markdown(`**记录明细**\n${shown.join('\n')}`));
  }
  elements.push(buttonFlow([callbackButton(input.completionQuestion, askValue(input.completionQuestion))]));
  elements.push(note('次数按台账中的记录计算（已撤销的不计，补录计入活动发生的日期）；只计您有权查看的记录。'));
  return frame(`${input.counts.map((c) => c.typeName).join('、')}：共 ${total} 次`, '记录次数', total > 0 ? 'blue' : 'grey', elements);
}
