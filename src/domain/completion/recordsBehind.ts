// 明细: the records behind a completion figure, each marked 补录 by the same rule the count used.
import type { CompletionLine } from './types.js';

export interface RecordRef {
  activityId: string;
  /** 补录 for the duty period it was counted in (see late.ts). */
  late: boolean;
}

/**
 * Every record counted in the lines, once, in the order the parts counted them; 补录
 * when any part it was counted in lists it as late. The caller resolves the ids against
 * the store (records withdrawn since are simply not found).
 */
export function recordsBehind(lines: readonly CompletionLine[]): RecordRef[] {
  const out = new Map<string, RecordRef>();
  for (const line of lines) {
    for (const part of line.parts) {
      const late = new Set(part.lateActivityIds);
      for (const id of part.activityIds) {
        const seen = out.get(id);
        if (!seen) out.set(id, { activityId: id, late: late.has(id) });
        else if (late.has(id)) seen.late = true;
      }
    }
  }
  return [...out.values()];
}
