import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayjs, daysBetween, shanghaiDate, shanghaiDateTime, shanghaiMidnight, shanghaiMinutes, weekday } from '../../src/domain/shanghai.js';

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

describe('civil-date arithmetic without dayjs objects (issue 14) reads as dayjs.utc did', () => {
  const days: string[] = [];
  for (let t = Date.UTC(1995, 0, 1); t < Date.UTC(2036, 0, 1); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  // Days out of range roll over as dayjs.utc rolls them (a slip in a member's 2月30日 must read as before).
  const odd = ['2026-02-30', '2026-13-01', '2026-00-10', '2026-11-31', '2024-02-31', '2026-1-5', 'not a day'];

  it('addDays, addMonths, weekday and daysBetween agree with dayjs.utc over 40 years and odd input', () => {
    const wrong: string[] = [];
    for (const d of [...days, ...odd]) {
      for (const k of [-400, -35, -1, 0, 1, 7, 30, 366]) if (addDays(d, k) !== dayjs.utc(d).add(k, 'day').format('YYYY-MM-DD')) wrong.push(`addDays ${d} ${k}`);
      for (const k of [-13, -1, 1, 3, 12, 25]) if (addMonths(d, k) !== dayjs.utc(d).add(k, 'month').format('YYYY-MM-DD')) wrong.push(`addMonths ${d} ${k}`);
      if (!Object.is(weekday(d), dayjs.utc(d).day())) wrong.push(`weekday ${d}`);
      for (const e of ['2026-12-02', '1995-01-01']) if (!Object.is(daysBetween(d, e), dayjs.utc(e).diff(dayjs.utc(d), 'day'))) wrong.push(`daysBetween ${d} ${e}`);
    }
    expect(wrong).toEqual([]);
  });

  it('clamps a month end as the calendar does', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-30', '2026-12-02')).toBe(2);
    expect(weekday('2026-11-30')).toBe(1);
  });
});
