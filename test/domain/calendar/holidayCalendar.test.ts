// The holiday calendar against the State Council tables in ../shared/domain/holidays.md (tests run in Los Angeles).
import { LunarDay, SolarTerm } from 'tyme4ts';
import { describe, expect, it } from 'vitest';
import { createHolidayCalendar } from '../../../src/domain/calendar/holidayCalendar.js';
import { festivalDate } from '../../../src/domain/calendar/holidayFestivals.js';
import { libraryHasYear } from '../../../src/domain/calendar/holidayLibrary.js';
import { festivalByName, type FestivalId } from '../../../src/domain/calendar/holidayTypes.js';
import { addDays } from '../../../src/domain/shanghai.js';

const calendar = createHolidayCalendar();

// holiday | first day off | last day off | make-up workdays — copied from holidays.md.
const OFFICIAL: [number, string, string, string, string[]][] = [
  [2025, '元旦', '01-01', '01-01', []],
  [2025, '春节', '01-28', '02-04', ['01-26', '02-08']],
  [2025, '清明', '04-04', '04-06', []],
  [2025, '劳动节', '05-01', '05-05', ['04-27']],
  [2025, '端午', '05-31', '06-02', []],
  [2025, '国庆·中秋', '10-01', '10-08', ['09-28', '10-11']],
  [2026, '元旦', '01-01', '01-03', ['01-04']],
  [2026, '春节', '02-15', '02-23', ['02-14', '02-28']],
  [2026, '清明', '04-04', '04-06', []],
  [2026, '劳动节', '05-01', '05-05', ['05-09']],
  [2026, '端午', '06-19', '06-21', []],
  [2026, '中秋', '09-25', '09-27', []],
  [2026, '国庆', '10-01', '10-07', ['09-20', '10-10']],
];

describe('official breaks of 2025 and 2026', () => {
  for (const year of [2025, 2026]) {
    it(`${year}: exactly the notice's breaks, in order, from the library`, () => {
      const expected = OFFICIAL.filter(([y]) => y === year).map(([, name, first, last, makeUp]) => ({
        name,
        firstDay: `${year}-${first}`,
        lastDay: `${year}-${last}`,
        makeUpWorkdays: makeUp.map((d) => `${year}-${d}`),
        source: 'official',
      }));
      const actual = calendar.breaksOf(year).map(({ name, firstDay, lastDay, makeUpWorkdays, source }) => ({
        name,
        firstDay,
        lastDay,
        makeUpWorkdays,
        source,
      }));
      expect(actual).toEqual(expected);
      expect(calendar.schedule(year).source).toBe('official');
    });
  }

  it.each(OFFICIAL)('%i %s: every day off is off, make-up weekend days are workdays, the days around are not off', (year, name, first, last, makeUp) => {
    const b = calendar.breaksOf(year).find((x) => x.name === name)!;
    for (let d = b.firstDay; d <= b.lastDay; d = next(d)) {
      expect(calendar.isWorkday(d), d).toBe(false);
      expect(calendar.breakOn(d)?.name).toBe(name);
    }
    for (const d of makeUp) expect(calendar.isWorkday(`${year}-${d}`), d).toBe(true);
    expect(calendar.breakOn(prev(`${year}-${first}`))?.name).not.toBe(name);
    expect(calendar.breakOn(next(`${year}-${last}`))?.name).not.toBe(name);
  });

  it('2025 国庆·中秋 is one merged break of eight days, though the library labels Oct 6 中秋', () => {
    const merged = calendar.breaksOf(2025).filter((b) => b.festivals.includes('national') || b.festivals.includes('mid_autumn'));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ festivals: ['national', 'mid_autumn'], firstDay: '2025-10-01', lastDay: '2025-10-08' });
    expect(calendar.breakOn('2025-10-06')?.name).toBe('国庆·中秋');
  });

  it('plain weekends are off and plain weekdays are workdays', () => {
    expect(calendar.isWorkday('2026-03-07')).toBe(false); // Saturday
    expect(calendar.isWorkday('2026-03-08')).toBe(false); // Sunday
    expect(calendar.isWorkday('2026-03-09')).toBe(true); // Monday
    expect(calendar.isWorkday('2025-12-31')).toBe(true); // Wednesday before 2026 元旦
    expect(calendar.isWorkday('2026-09-24')).toBe(true); // Thursday before 中秋
  });
});

describe('working days before a holiday', () => {
  // [first day off, lead, expected send day, why]
  const LEADS: [string, number, string, string][] = [
    ['2025-01-01', 1, '2024-12-31', '2025 元旦'],
    ['2025-01-01', 3, '2024-12-27', '2025 元旦 over a weekend'],
    ['2025-01-28', 1, '2025-01-27', '2025 春节'],
    ['2025-01-28', 2, '2025-01-26', '2025 春节 on the make-up Sunday'],
    ['2025-01-28', 3, '2025-01-24', '2025 春节 past the make-up Sunday'],
    ['2025-04-04', 3, '2025-04-01', '2025 清明'],
    ['2025-05-01', 3, '2025-04-28', '2025 劳动节'],
    ['2025-05-01', 4, '2025-04-27', '2025 劳动节 on the make-up Sunday'],
    ['2025-05-01', 5, '2025-04-25', '2025 劳动节'],
    ['2025-05-31', 3, '2025-05-28', '2025 端午'],
    ['2025-10-01', 1, '2025-09-30', '2025 国庆·中秋'],
    ['2025-10-01', 3, '2025-09-28', '2025 国庆·中秋 on the make-up Sunday'],
    ['2025-10-01', 5, '2025-09-25', '2025 国庆·中秋'],
    ['2026-01-01', 1, '2025-12-31', '2026 元旦'],
    ['2026-01-01', 3, '2025-12-29', '2026 元旦'],
    ['2026-01-01', 5, '2025-12-25', '2026 元旦 over a weekend'],
    ['2026-02-15', 1, '2026-02-14', '2026 春节 on the make-up Saturday'],
    ['2026-02-15', 3, '2026-02-12', '2026 春节'],
    ['2026-02-15', 5, '2026-02-10', '2026 春节'],
    ['2026-04-04', 1, '2026-04-03', '2026 清明'],
    ['2026-04-04', 3, '2026-04-01', '2026 清明'],
    ['2026-04-04', 5, '2026-03-30', '2026 清明'],
    ['2026-05-01', 1, '2026-04-30', '2026 劳动节'],
    ['2026-05-01', 3, '2026-04-28', '2026 劳动节'],
    ['2026-05-01', 5, '2026-04-24', '2026 劳动节'],
    ['2026-05-01', 18, '2026-04-07', '2026 劳动节: every working day of April after 清明'],
    ['2026-05-01', 19, '2026-04-03', '2026 劳动节, skipping 清明 04-04..06'],
    ['2026-06-19', 1, '2026-06-18', '2026 端午'],
    ['2026-06-19', 3, '2026-06-16', '2026 端午'],
    ['2026-06-19', 5, '2026-06-12', '2026 端午'],
    ['2026-06-19', 30, '2026-05-09', '2026 端午 on 劳动节’s make-up Saturday'],
    ['2026-06-19', 34, '2026-04-30', '2026 端午, skipping 劳动节 05-01..05'],
    ['2026-09-25', 1, '2026-09-24', '2026 中秋'],
    ['2026-09-25', 3, '2026-09-22', '2026 中秋'],
    ['2026-09-25', 5, '2026-09-20', '2026 中秋 on 国庆’s make-up Sunday'],
    ['2026-10-01', 1, '2026-09-30', '2026 国庆'],
    ['2026-10-01', 3, '2026-09-28', '2026 国庆: 09-30, 09-29, 09-28'],
    ['2026-10-01', 4, '2026-09-24', '2026 国庆, skipping 中秋 09-25..27'],
    ['2026-10-01', 5, '2026-09-23', '2026 国庆, skipping 中秋'],
    ['2026-10-01', 8, '2026-09-20', '2026 国庆 on its make-up Sunday, before 中秋'],
  ];

  it.each(LEADS)('%s with %i working days lead → %s (%s)', (first, lead, expected) => {
    const day = calendar.workdayBefore(first, lead);
    expect(day).toBe(expected);
    expect(calendar.isWorkday(day)).toBe(true);
  });

  it('working days after a date skip breaks and count make-up days', () => {
    expect(calendar.workdayAfter('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.workdayAfter('2026-10-08', 2)).toBe('2026-10-10'); // Oct 9 Fri, Oct 10 make-up Saturday
    expect(calendar.workdayAfter('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.workdayAfter('2026-02-14', 1)).toBe('2026-02-24');
  });
});

describe('years without official data', () => {
  const LUNAR: [number, FestivalId, string][] = [
    [2027, 'spring', '2027-02-06'],
    [2027, 'dragon_boat', '2027-06-09'],
    [2027, 'mid_autumn', '2027-09-15'],
    [2028, 'spring', '2028-01-26'],
    [2028, 'dragon_boat', '2028-05-28'],
    [2028, 'mid_autumn', '2028-10-03'],
  ];

  it('the library has 2025 and 2026 but not 2027 or 2028', () => {
    expect(libraryHasYear(2025)).toBe(true);
    expect(libraryHasYear(2026)).toBe(true);
    expect(libraryHasYear(2027)).toBe(false);
    expect(libraryHasYear(2028)).toBe(false);
  });

  it.each(LUNAR)('%i %s falls on %s, and its provisional break says so', (year, festival, date) => {
    expect(festivalDate(festival, year)).toBe(date);
    const b = calendar.breaksOf(year).find((x) => x.festivals.includes(festival))!;
    // 春节's statutory days are 除夕 to 初三 (国务院令第795号, from 2025); 2028 中秋 shares 国庆's third day.
    const first = festival === 'spring' ? addDays(date, -1) : festival === 'mid_autumn' && year === 2028 ? '2028-10-01' : date;
    const last = festival === 'spring' ? addDays(date, 2) : date;
    expect(b).toMatchObject({ firstDay: first, lastDay: last, makeUpWorkdays: [], source: 'provisional' });
    expect(calendar.schedule(year).source).toBe('provisional');
    expect(calendar.isWorkday(date)).toBe(false);
  });

  it('solar festivals and 清明 come from the calendar too', () => {
    expect(calendar.breaksOf(2027).map((b) => `${b.name} ${b.firstDay}`)).toEqual([
      '元旦 2027-01-01',
      '春节 2027-02-05',
      '清明 2027-04-05',
      '劳动节 2027-05-01',
      '端午 2027-06-09',
      '中秋 2027-09-15',
      '国庆 2027-10-01',
    ]);
    expect(festivalDate('qingming', 2028)).toBe('2028-04-04');
  });

  it('the statutory days are off; weekdays around them stay workdays (no 调休 is invented)', () => {
    expect(calendar.isWorkday('2027-02-04')).toBe(true);
    expect(calendar.isWorkday('2027-02-05')).toBe(false); // 除夕, statutory since 2025
    expect(calendar.isWorkday('2027-02-08')).toBe(false); // 初三
    expect(calendar.isWorkday('2027-02-09')).toBe(true);
    expect(calendar.isWorkday('2027-05-03')).toBe(true); // 劳动节 is 05-01 and 05-02
    expect(calendar.isWorkday('2027-10-04')).toBe(true); // 国庆 is 10-01 to 10-03
    expect(calendar.workdayBefore('2027-10-01', 3)).toBe('2027-09-28');
  });

  it('agrees with tyme4ts (astronomical) on 春节, 清明, 端午, 中秋 for 2025–2035', () => {
    const ymd = (d: { getYear(): number; getMonth(): number; getDay(): number }) =>
      `${d.getYear()}-${String(d.getMonth()).padStart(2, '0')}-${String(d.getDay()).padStart(2, '0')}`;
    for (let year = 2025; year <= 2035; year++) {
      expect(festivalDate('spring', year), `${year} 春节`).toBe(ymd(LunarDay.fromYmd(year, 1, 1).getSolarDay()));
      expect(festivalDate('dragon_boat', year), `${year} 端午`).toBe(ymd(LunarDay.fromYmd(year, 5, 5).getSolarDay()));
      expect(festivalDate('mid_autumn', year), `${year} 中秋`).toBe(ymd(LunarDay.fromYmd(year, 8, 15).getSolarDay()));
      expect(festivalDate('qingming', year), `${year} 清明`).toBe(ymd(SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay()));
    }
  });
});

describe('config overrides', () => {
  it('a year typed into config wins over the library, whole', () => {
    const c = createHolidayCalendar({
      overrides: { 2026: [{ festivals: ['national'], firstDay: '2026-10-01', lastDay: '2026-10-08', makeUpWorkdays: ['2026-10-11'] }] },
    });
    expect(c.schedule(2026).source).toBe('config');
    expect(c.breaksOf(2026).map((b) => b.name)).toEqual(['国庆']);
    expect(c.isWorkday('2026-10-08')).toBe(false);
    expect(c.isWorkday('2026-10-11')).toBe(true);
    expect(c.isWorkday('2026-10-10')).toBe(false); // the library's make-up Saturday is gone with its year
    expect(c.isWorkday('2026-02-16')).toBe(true); // so is its 春节: config replaced the year
  });

  it('the official 2027 schedule entered by an inspector replaces the provisional dates', () => {
    const c = createHolidayCalendar({
      overrides: {
        2027: [
          { festivals: ['spring'], firstDay: '2027-02-05', lastDay: '2027-02-12', makeUpWorkdays: ['2027-02-14'] },
          { festivals: ['new_year'], firstDay: '2027-01-01', lastDay: '2027-01-03', makeUpWorkdays: [] },
        ],
      },
    });
    expect(c.schedule(2027).source).toBe('config');
    expect(c.breaksOf(2027).map((b) => `${b.name} ${b.firstDay}..${b.lastDay}`)).toEqual(['元旦 2027-01-01..2027-01-03', '春节 2027-02-05..2027-02-12']);
    expect(c.isWorkday('2027-02-14')).toBe(true);
    expect(c.workdayBefore('2027-02-05', 1)).toBe('2027-02-04');
    expect(c.schedule(2028).source).toBe('provisional');
  });
});

it('festival names people and notices use map to one id', () => {
  expect(['元旦', '春节', '清明节', '五一', '劳动节', '端午节', '中秋', '国庆节'].map(festivalByName)).toEqual([
    'new_year', 'spring', 'qingming', 'labour', 'labour', 'dragon_boat', 'mid_autumn', 'national',
  ]);
  expect(festivalByName('圣诞')).toBeUndefined();
});

function next(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
function prev(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
