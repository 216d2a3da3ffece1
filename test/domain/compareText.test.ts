// compareText orders the bot's machine strings as localeCompare did, without ICU's collation data.
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/domain/compareText.js';

const sign = (n: number) => Math.sign(n);

describe('compareText', () => {
  it('orders days, timestamps, times and ids as localeCompare does', () => {
    const samples = [
      '2026-11-30', '2026-11-03', '2026-01-30', '2025-12-31', '2027-01-01', '2026-11-30',
      '2026-11-30T02:00:00.000Z', '2026-11-30T01:59:59.999Z', '2026-11-29T16:00:00.000Z', '2026-11-30T02:00:00.001Z',
      '2026-11-30 09:30', '2026-11-30 17:29', '2026-12-01 09:00', '09:30', '17:30', '08:05',
      '2f1c0a9e-5b7d-4c3e-9a10-0d2b6c4e8f11', '2f1c0a9e-5b7d-4c3e-9a10-0d2b6c4e8f12', '0a1b2c3d-0000-4000-8000-000000000000',
      'act_00012', 'act_00102', 'act_01002', '9999',
    ];
    for (const a of samples) for (const b of samples) expect([a, b, sign(compareText(a, b))]).toEqual([a, b, sign(a.localeCompare(b))]);
  });

  it('sorts a ledger day list oldest first, a day before the same day with a time', () => {
    expect(['2026-11-30 09:30', '2026-11-03', '2026-11-30', '2025-12-31'].sort(compareText)).toEqual(['2025-12-31', '2026-11-03', '2026-11-30', '2026-11-30 09:30']);
  });

  it('is zero only for equal strings', () => {
    expect(compareText('2026-11-30', '2026-11-30')).toBe(0);
    expect(compareText('2026-11-30', '2026-11-30 ')).toBeLessThan(0);
    expect(compareText('', '0')).toBeLessThan(0);
  });
});
