// 「16日是陈静，18日是赵磊」 to 和谁谈的 over talks waiting on two days (round 21u #8): both names were put on the first
// talk's day; each day's names belong to the talk of that day.
import { parseCounterparts } from './parseCounterparts.js';
import type { PendingItem } from './followUp.js';
import type { ParseContext, ReportProblem } from './draft.js';

/** A day in an answer part: 11月16日 · 16日 · 16号 · 11.16. */
const DAY = /(?:(\d{1,2})月)?(\d{1,2})[日号]|(\d{1,2})[./](\d{1,2})(?![\d./])/;

const waitsForWhom = (p: ReportProblem | undefined) => p?.code === 'missing_counterpart';

/**
 * `items` with the people an answer gives per day (「16日是陈静，18日是赵磊」 · 「陈静是16号的；赵磊是18号的」) put on the
 * waiting talk of that day, one record per person; undefined when the answer gives no two days, or a day or a name
 * fits no waiting talk (then the answer is read the ordinary way, or not at all).
 */
export function counterpartsPerDay(items: PendingItem[], answer: string, ctx: ParseContext): PendingItem[] | undefined {
  const parts = answer.split(/[，,；;。\n]+/).map((p) => p.trim()).filter((p) => p !== '');
  const said = parts.map((part) => {
    const m = DAY.exec(part);
    if (!m) return undefined;
    const month = m[1] ?? m[3];
    const day = Number(m[2] ?? m[4]);
    const found = parseCounterparts(part.replace(m[0], ' '), ctx);
    if (found.counterparts.length === 0 || found.problems.length > 0) return undefined;
    return { month: month === undefined ? undefined : Number(month), day, ids: found.counterparts.map((c) => c.id) };
  });
  if (said.length < 2 || said.some((s) => s === undefined)) return undefined;
  const waiting = items.map((it, i) => (waitsForWhom(it.problems[0]) && it.draft.date !== undefined ? i : -1)).filter((i) => i >= 0);
  const at = new Map<number, string[]>();
  for (const s of said) {
    const fits = waiting.filter((i) => {
      const date = items[i]!.draft.date!;
      return Number(date.slice(8, 10)) === s!.day && (s!.month === undefined || Number(date.slice(5, 7)) === s!.month);
    });
    // A day that fits no waiting talk, or two of them, is no answer this reading can place.
    if (fits.length !== 1 || at.has(fits[0]!)) return undefined;
    at.set(fits[0]!, s!.ids);
  }
  return items.flatMap((it, i) => {
    const ids = at.get(i);
    if (!ids) return [it];
    return ids.map((id) => {
      const departmentId = ctx.directory.person(id)?.departmentId;
      return { draft: { ...it.draft, counterpartIds: [id], ...(departmentId ? { departmentId } : {}) }, problems: it.problems.slice(1) };
    });
  });
}
