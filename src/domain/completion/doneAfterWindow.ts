// 「责任书都签完了吗」 answered 逾期 for a 责任书 signed on 11月20日: why — it was signed, but after the duty's time limit.
import type { Duty } from '../duty.js';
import type { ActivityIndex, DateRange } from './activityIndex.js';
import type { CompletionLine } from './types.js';
import { compareText } from '../compareText.js';

const monthDay = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/**
 * For each overdue line of a duty with a time limit (a window, 签订责任书 within Q1), the units still missing for whom
 * the line's responsible has a record of the duty's types after the window closed, in the same duty period: one sentence
 * per line saying so, since the table alone shows 0 done and 逾期 beside a record the asker just made (round 12).
 * Only records within `view` count, the earliest of a unit's named. The responsible's records come from the index
 * (`byActor`: standing ones, by date): a scan of the whole ledger per question cost ~2–5 ms at 50,000 records on
 * every December question, where a 责任书 is always overdue somewhere, and the scan per missing unit more.
 */
export function doneAfterWindow(lines: readonly CompletionLine[], duties: readonly Duty[], index: Pick<ActivityIndex, 'byActor'>, view: DateRange): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const window = line.window ?? line.parts.find((p) => p.window)?.window;
    const duty = duties.find((d) => d.id === line.dutyId);
    if (line.status !== 'overdue' || !window || !duty || line.missing.length === 0) continue;
    // After the window closed, within the line's period and the view (the window's last day is left out below).
    const range = { start: window.end > view.start ? window.end : view.start, end: line.period.end < view.end ? line.period.end : view.end };
    if (range.start > range.end) continue;
    const records = index.byActor(line.responsibleId, duty.types, range).filter((a) => a.date > window.end && !a.deletedAt);
    const days = new Map<string, string[]>();
    for (const unit of line.missing) {
      const record = records.find((a) => (unit.kind === 'person' ? a.counterpartIds.includes(unit.id) : a.departmentId === unit.id));
      if (record) days.set(record.date, [...(days.get(record.date) ?? []), unit.name]);
    }
    if (days.size === 0) continue;
    const done = [...days].sort(([a], [b]) => compareText(a, b)).map(([day, names]) => `${names.join('、')}已于${monthDay(day)}完成`).join('，');
    out.push(`${line.dutyName}：${done}，但晚于时限（${monthDay(window.start)}至${monthDay(window.end)}），按规定仍计为逾期；下一周期请在时限内完成。`);
  }
  return out;
}
