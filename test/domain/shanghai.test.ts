import { describe, expect, it } from 'vitest';
import { addDays, shanghaiDate, shanghaiDateTime, shanghaiMidnight, shanghaiMinutes, weekday } from '../../src/domain/shanghai.js';

// Intl's own tz database is the reference the fixed-offset arithmetic must agree with.
const intl = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const reference = (d: Date) => {
  const p = Object.fromEntries(intl.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
};

describe('Shanghai civil time, whatever the machine zone', () => {
  it('agrees with the tz database for 20,000 instants from 1992 to 2100', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const from = Date.UTC(1992, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    for (let i = 0; i < 20_000; i++) {
      const d = new Date(from + Math.floor(rand() * (to - from)));
      expect(shanghaiDateTime(d)).toBe(reference(d));
    }
  });

  it.each([
    ['2026-03-31T15:59:59.999Z', '2026-03-31', 23 * 60 + 59],
    ['2026-03-31T16:00:00.000Z', '2026-04-01', 0],
    ['2026-12-31T16:00:00.000Z', '2027-01-01', 0],
    ['2026-06-30T15:59:00.000Z', '2026-06-30', 23 * 60 + 59],
  ])('%s is %s at minute %i', (iso, date, minutes) => {
    expect(shanghaiDate(new Date(iso))).toBe(date);
    expect(shanghaiMinutes(new Date(iso))).toBe(minutes);
  });

  it('knows when a civil day starts, and counts calendar days across month and year ends', () => {
    expect(shanghaiMidnight('2026-04-01').toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekday('2026-11-22')).toBe(0);
  });
});
