// 我的任务: every duty period still open for a person, past overdue ones included, oldest first.
import { paceText, statusOf } from './status.js';
import type { CompletionLine, CompletionStatus, PartProgress } from './types.js';
import { compareText } from '../compareText.js';

/** One duty period a person still owes: 信息报送 2026年10月 (逾期), 廉政谈话 下半年 (进行中). */
export interface OpenItem {
  line: CompletionLine;
  part: PartProgress;
  /** The part's own status: 逾期 once its period (or window) ended unmet. */
  status: CompletionStatus;
  /** Names still owed in this period (谈话对象, 分管科室); empty for counts. */
  missing: string[];
  /** 「按进度应完成1次（全周期4次）」 while the period runs; undefined once it has ended. */
  pace?: string;
}

/** The last day of a part: its window's end when it has one. */
function dueOf(part: PartProgress): string {
  return (part.window ?? part.period).end;
}

/**
 * Every unmet duty period of the lines that has begun, oldest due day first (overdue
 * ones therefore come before the current ones), then catalogue order. A year view of
 * a monthly duty yields one item per missed month, so October's 逾期 is never hidden
 * behind November's 进行中.
 */
export function openItems(lines: readonly CompletionLine[]): OpenItem[] {
  const out: (OpenItem & { order: number })[] = [];
  lines.forEach((line, order) => {
    for (const part of line.parts) {
      if (part.done >= part.required || !(part.elapsed > 0 || part.ended)) continue;
      const status = statusOf([part]);
      const pace = paceText({ status, expectedByNow: part.expectedByNow, required: part.required, parts: [part] });
      out.push({
        line,
        part,
        status,
        missing: part.units.filter((u) => u.done < u.required).map((u) => u.name),
        ...(pace ? { pace } : {}),
        order,
      });
    }
  });
  out.sort((a, b) => compareText(dueOf(a.part), dueOf(b.part)) || a.order - b.order);
  return out.map(({ order: _order, ...item }) => item);
}

/** 「信息报送 · 2026年10月」: the item as named in 我的任务 and reminders. */
export function openItemTitle(item: OpenItem): string {
  return `${item.line.dutyName} · ${(item.part.window ?? item.part.period).label}`;
}
