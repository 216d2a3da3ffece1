// Compact period keys (2026-06, 2026Q2, 2026H1, 2026) for idempotency keys and the 填报 button's value.
import type { Cadence } from '../duty.js';
import { periodOf, type Period } from '../period.js';

export function periodKey(period: Pick<Period, 'cadence' | 'start'>): string {
  const year = period.start.slice(0, 4);
  const month = Number(period.start.slice(5, 7));
  switch (period.cadence) {
    case 'month':
      return period.start.slice(0, 7);
    case 'quarter':
      return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
    case 'halfyear':
      return `${year}H${month <= 6 ? 1 : 2}`;
    case 'year':
      return year;
  }
}

/** The period a key names, or undefined for anything else. */
export function periodFromKey(key: string): Period | undefined {
  let m: RegExpMatchArray | null;
  const at = (cadence: Cadence, year: string, month: number) => periodOf(cadence, `${year}-${String(month).padStart(2, '0')}-01`);
  if ((m = key.match(/^(\d{4})-(0[1-9]|1[0-2])$/))) return at('month', m[1]!, Number(m[2]));
  if ((m = key.match(/^(\d{4})Q([1-4])$/))) return at('quarter', m[1]!, (Number(m[2]) - 1) * 3 + 1);
  if ((m = key.match(/^(\d{4})H([12])$/))) return at('halfyear', m[1]!, m[2] === '1' ? 1 : 7);
  if ((m = key.match(/^(\d{4})$/))) return at('year', m[1]!, 1);
  return undefined;
}
