// The one-time notice to inspectors that a year's official holiday schedule is missing, and the 提醒预览 plan.
import { describe, expect, it } from 'vitest';
import { createHolidayCalendar } from '../../../src/domain/calendar/holidayCalendar.js';
import { previewReminders } from '../../../src/domain/reminders/preview.js';
import { reminderPreviewCard } from '../../../src/feishu/cards/reminderPreviewCard.js';
import { scheduleNoticeCard } from '../../../src/feishu/cards/reminderNoticeCard.js';
import { decideAt, EVERYONE, inputAt, ofKind, settingsWith } from './testKit.js';

describe('next year’s official schedule is missing', () => {
  it('inspectors only, from 11-20 on, keyed by year so it goes once', () => {
    expect(ofKind(decideAt('2026-11-19 10:00'), 'schedule_missing')).toEqual([]);
    const sent = ofKind(decideAt('2026-11-20 10:00'), 'schedule_missing');
    expect(sent.map((r) => [r.key, r.year])).toEqual([['notice|schedule-missing|2027|ou_insp|', 2027]]);
    expect(ofKind(decideAt('2026-12-01 10:00'), 'schedule_missing').map((r) => r.key)).toEqual(['notice|schedule-missing|2027|ou_insp|']);
  });

  it('a provisional current year is announced any time; next year waits for 11-20', () => {
    expect(ofKind(decideAt('2027-03-01 10:00'), 'schedule_missing').map((r) => r.year)).toEqual([2027]);
  });

  it('not once config holds the official dates', () => {
    const calendar = createHolidayCalendar({ overrides: { 2027: [{ festivals: ['new_year'], firstDay: '2027-01-01', lastDay: '2027-01-01', makeUpWorkdays: [] }] } });
    expect(ofKind(decideAt('2026-11-20 10:00', { calendar }), 'schedule_missing')).toEqual([]);
  });

  it('the card says what is missing and how to fix it', () => {
    const r = ofKind(decideAt('2026-11-20 10:00'), 'schedule_missing')[0]!;
    const text = JSON.stringify(scheduleNoticeCard(r));
    expect(text).toContain('2027年');
    expect(text).toContain('holiday_overrides');
    expect(text).toContain('春节 2月5日');
  });
});

describe('提醒预览', () => {
  it('lists the next festival reminders with when, to whom, and official or provisional', () => {
    const p = previewReminders(inputAt('2026-11-22 10:00', { settings: settingsWith({ targets: { chats: ['oc_g'] } }) }));
    expect(p.schedules).toEqual([
      { year: 2026, source: 'official' },
      { year: 2027, source: 'provisional' },
    ]);
    const festivals = p.planned.filter((x) => x.kind === 'festival');
    expect(festivals[0]).toMatchObject({ day: '2026-12-29', time: '09:30', title: '元旦前廉政提醒', provisional: true, audience: `${EVERYONE}位成员、1个群聊` });
    expect(p.nextOpening).toEqual({ day: '2026-11-23', time: '09:00' }); // Sunday → Monday
  });

  it('what is due already shows at the next opening', () => {
    const p = previewReminders(inputAt('2026-09-29 18:00'));
    expect(p.planned.find((x) => x.kind === 'festival' && x.title === '国庆前廉政提醒')).toMatchObject({ day: '2026-09-30', time: '09:00' });
  });

  it('shows due-soon and escalations to come, counted, without names', () => {
    const p = previewReminders(inputAt('2026-07-02 10:00'));
    const kinds = p.planned.map((x) => `${x.day} ${x.kind} ${x.title}`);
    expect(kinds).toContain('2026-07-06 overdue 逾期黄色提醒（上级）');
    expect(kinds).toContain('2026-07-13 overdue 逾期红色提醒（书记、纪检）');
    const card = JSON.stringify(reminderPreviewCard(p, { paused: true }));
    expect(card).toContain('已暂停');
    expect(card).toContain('2027年节假日');
    expect(card).not.toContain('陈静');
  });

  it('an escalation missed while the bot was down shows as a catch-up at the next opening, unless the outbox has it (o20)', () => {
    // 06-30's items: blue on 07-01 (caught up until 07-03); asked on 07-02 after hours, the next opening is 07-03 09:00.
    const input = inputAt('2026-07-02 20:00');
    const blue = decideAt('2026-07-03 09:00').filter((r) => r.kind === 'overdue' && r.level === 'blue');
    expect(blue.length).toBeGreaterThan(0);
    const none = previewReminders(input, { sent: () => false });
    const catchUps = none.planned.filter((x) => x.catchUp);
    expect(catchUps).toEqual([
      expect.objectContaining({ day: '2026-07-03', time: '09:00', kind: 'overdue', title: '逾期蓝色提醒（本人）（补发）', audience: `${blue.length}位接收人` }),
    ]);
    expect(catchUps[0]!.note).toContain('原定7月1日发送而未发出');
    expect(JSON.stringify(reminderPreviewCard(none, { paused: false }))).toContain('（补发）');
    // Sent before the bot went down: nothing to catch up; one of them sent: the others still are.
    const keys = blue.map((r) => r.key);
    expect(previewReminders(input, { sent: (k) => keys.includes(k) }).planned.filter((x) => x.catchUp)).toEqual([]);
    expect(previewReminders(input, { sent: (k) => k === keys[0] }).planned.find((x) => x.catchUp)?.audience).toBe(`${blue.length - 1}位接收人`);
    // Without the outbox to ask, no guess.
    expect(previewReminders(input).planned.some((x) => x.catchUp)).toBe(false);
  });
});
