// 节前廉政提醒 at chosen moments: lead working days, make-up days, merged and provisional breaks, catch-up, hours and days off.
import { describe, expect, it } from 'vitest';
import { createHolidayCalendar } from '../../../src/domain/calendar/holidayCalendar.js';
import { decideAt, EVERYONE, ofKind, settingsWith } from './testKit.js';

/** Festival reminders only, with the other kinds switched off so each case reads alone. */
const festivalOnly = (lead = 3, extra: Parameters<typeof settingsWith>[0] = {}) =>
  settingsWith({ ...extra, festival: { leadWorkdays: lead, ...extra.festival }, dueSoon: { enabled: false }, overdue: { enabled: false } });

function festivalsAt(shanghai: string, lead = 3, extra: Parameters<typeof settingsWith>[0] = {}) {
  return ofKind(decideAt(shanghai, { settings: festivalOnly(lead, extra) }), 'festival');
}

function namesAt(shanghai: string, lead = 3): string[] {
  return [...new Set(festivalsAt(shanghai, lead).map((r) => `${r.holiday.year} ${r.holiday.name}`))];
}

describe('the send day: N working days before the first day off, at send_time', () => {
  // [lead, the send day at 09:30, the break]
  const CASES: [number, string, string][] = [
    [1, '2025-12-31', '2026 元旦'],
    [3, '2025-12-29', '2026 元旦'],
    [5, '2025-12-25', '2026 元旦'],
    [1, '2026-02-14', '2026 春节'], // the make-up Saturday
    [3, '2026-02-12', '2026 春节'],
    [5, '2026-02-10', '2026 春节'],
    [3, '2026-04-01', '2026 清明'],
    [3, '2026-04-28', '2026 劳动节'],
    [5, '2026-04-24', '2026 劳动节'],
    [3, '2026-06-16', '2026 端午'],
    [3, '2026-09-22', '2026 中秋'],
    [5, '2026-09-20', '2026 中秋'], // 国庆's make-up Sunday
    [1, '2026-09-30', '2026 国庆'],
    [3, '2026-09-28', '2026 国庆'],
    [5, '2026-09-23', '2026 国庆'], // skips 中秋 09-25..27
    [3, '2025-09-28', '2025 国庆·中秋'], // the make-up Sunday
    [2, '2025-01-26', '2025 春节'], // the make-up Sunday
    [4, '2025-04-27', '2025 劳动节'], // the make-up Sunday
  ];

  it.each(CASES)('lead %i: due from %s 09:30 for %s, not a minute before', (lead, day, name) => {
    expect(namesAt(`${day} 09:29`, lead)).not.toContain(name);
    expect(namesAt(`${day} 09:30`, lead)).toContain(name);
    // the working day before the send day: not yet
    expect(namesAt(`${prevWorkday(day)} 15:00`, lead)).not.toContain(name);
  });

  it('goes to every member one by one and to each configured chat, one key each', () => {
    const sent = festivalsAt('2026-09-28 09:30', 3, { targets: { chats: ['oc_group1', 'oc_group2'] } });
    expect(sent).toHaveLength(EVERYONE + 2);
    expect(sent.filter((r) => 'chatId' in r.to).map((r) => r.to)).toEqual([{ chatId: 'oc_group1' }, { chatId: 'oc_group2' }]);
    expect(new Set(sent.map((r) => r.key)).size).toBe(sent.length);
    expect(sent.find((r) => 'openId' in r.to && r.to.openId === 'ou_sec')?.key).toBe('festival|2026-国庆|2026|ou_sec|');
  });

  it('chats only, when members is off', () => {
    const sent = festivalsAt('2026-09-28 09:30', 3, { targets: { chats: ['oc_group1'], members: false } });
    expect(sent.map((r) => r.to)).toEqual([{ chatId: 'oc_group1' }]);
  });

  it('the card text carries the holiday, the days off, the make-up days and the six integrity points', () => {
    const r = festivalsAt('2026-09-28 09:30')[0]!;
    expect(r.title).toBe('国庆前廉政提醒');
    expect(r.text).toContain('国庆将至（10月1日至7日放假调休，共7天；9月20日（周日）、10月10日（周六）上班）');
    for (const point of ['中央八项规定精神', '违规收送礼品礼金', '公款吃喝', '公车私用', '酒驾醉驾', '婚丧喜庆事宜报告']) {
      expect(r.text).toContain(point);
    }
  });

  it('only configured holidays', () => {
    const settings = { festival: { holidays: ['spring' as const] } };
    expect(festivalsAt('2026-09-28 10:00', 3, settings)).toEqual([]);
    expect(festivalsAt('2026-02-12 10:00', 3, settings).length).toBe(EVERYONE);
  });
});

describe('2025 国庆·中秋, one merged break', () => {
  it('one reminder per person naming both, with all eight days', () => {
    const sent = festivalsAt('2025-09-28 09:30');
    expect(sent).toHaveLength(EVERYONE);
    expect(sent[0]!.holiday).toMatchObject({ name: '国庆·中秋', firstDay: '2025-10-01', lastDay: '2025-10-08' });
    expect(sent[0]!.title).toBe('国庆·中秋前廉政提醒');
    expect(sent[0]!.text).toContain('10月1日至8日放假调休，共8天；9月28日（周日）、10月11日（周六）上班');
  });

  it('中秋 2025 (Oct 6) has no reminder of its own', () => {
    expect(namesAt('2025-09-30 10:00', 5)).toEqual(['2025 国庆·中秋']);
  });
});

describe('catch-up after a missed schedule', () => {
  it('before the holiday starts: yes, on any later working day', () => {
    expect(namesAt('2026-09-29 09:05')).toEqual(['2026 国庆']);
    expect(namesAt('2026-09-30 16:00')).toEqual(['2026 国庆']);
  });

  it('once the holiday has started: no', () => {
    expect(namesAt('2026-10-08 10:00')).toEqual([]);
    expect(namesAt('2026-10-09 10:00')).toEqual([]);
  });

  it('the same moment decides the same keys (the outbox drops them the second time)', () => {
    const a = festivalsAt('2026-09-29 10:00').map((r) => r.key);
    const b = festivalsAt('2026-09-30 10:00').map((r) => r.key);
    expect(b).toEqual(a);
  });
});

describe('never on a day off, never outside the hours', () => {
  it('quiet hours', () => {
    expect(decideAt('2026-09-28 08:59', { settings: festivalOnly() })).toEqual([]);
    expect(decideAt('2026-09-28 17:30', { settings: festivalOnly() })).toEqual([]);
    expect(decideAt('2026-09-28 23:00', { settings: festivalOnly() })).toEqual([]);
    expect(decideAt('2026-09-28 17:29', { settings: festivalOnly() })).not.toEqual([]);
  });

  it('weekends and days off, though a reminder is pending', () => {
    expect(decideAt('2026-09-26 10:00', { settings: festivalOnly(5) })).toEqual([]); // Saturday inside 中秋
    expect(decideAt('2026-09-19 10:00', { settings: festivalOnly(5) })).toEqual([]); // plain Saturday
  });

  it('a make-up Sunday is a working day', () => {
    expect(namesAt('2026-09-20 10:00', 5)).toEqual(['2026 中秋']);
  });

  it('switched off', () => {
    expect(decideAt('2026-09-28 10:00', { settings: settingsWith({ enabled: false }) })).toEqual([]);
  });
});

describe('a year without official data', () => {
  it('2027 元旦, reminded in December 2026 from the festival date, marked provisional', () => {
    const sent = festivalsAt('2026-12-29 10:00');
    expect(sent.map((r) => r.holiday.name)).toContain('元旦');
    const r = sent.find((x) => x.holiday.year === 2027)!;
    expect(r.holiday.source).toBe('provisional');
    expect(r.text).toContain('元旦为1月1日（周五），具体放假安排以国务院办公厅通知为准');
  });

  it('2027 春节 counts back from 除夕 (02-05, a statutory day off since 2025), plain weekdays only', () => {
    expect(namesAt('2027-02-02 10:00')).toEqual(['2027 春节']);
    expect(namesAt('2027-02-01 10:00')).toEqual([]);
  });

  it('2028 中秋 (10-03) falls on 国庆’s third statutory day: one provisional break, one reminder', () => {
    expect(namesAt('2028-09-26 10:00')).toEqual([]);
    expect(namesAt('2028-09-27 10:00')).toEqual(['2028 国庆·中秋']);
    expect(namesAt('2028-09-28 10:00')).toEqual(['2028 国庆·中秋']);
  });

  it('the official dates from config win: 春节 from 02-05 moves the reminder a day earlier', () => {
    const calendar = createHolidayCalendar({
      overrides: { 2027: [{ festivals: ['spring'], firstDay: '2027-02-05', lastDay: '2027-02-12', makeUpWorkdays: ['2027-02-14'] }] },
    });
    const sent = ofKind(decideAt('2027-02-02 10:00', { settings: festivalOnly(), calendar }), 'festival');
    expect(sent[0]?.holiday).toMatchObject({ name: '春节', source: 'config', firstDay: '2027-02-05' });
    expect(sent[0]?.text).toContain('2月5日至12日放假调休，共8天；2月14日（周日）上班');
  });
});

function prevWorkday(day: string): string {
  return createHolidayCalendar().workdayBefore(day, 1);
}
