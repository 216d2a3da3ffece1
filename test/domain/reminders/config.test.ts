// config/reminders.yaml: the shipped file, defaults, overrides, and mistakes named by file, line and path.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/configError.js';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { loadReminders } from '../../../src/config/remindersConfig.js';
import { createHolidayCalendar } from '../../../src/domain/calendar/holidayCalendar.js';
import { createReminderRuntime } from '../../../src/domain/reminders/runtime.js';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../src/domain/reminders/settings.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-reminders-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function load(text: string) {
  const file = join(dir, 'reminders.yaml');
  await writeFile(file, text);
  return loadReminders(file);
}

async function failure(text: string): Promise<ConfigError> {
  try {
    await load(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected loadReminders to fail');
}

describe('the shipped config/reminders.yaml', () => {
  it('loads through loadConfig and says what the defaults say', () => {
    const { reminders } = loadConfig('config');
    expect(reminders).toEqual(DEFAULT_REMINDER_SETTINGS);
  });
});

describe('the holiday_overrides examples an operator copies', () => {
  const example = (text: string, prefix: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith(prefix))
      .map((l) => l.slice(prefix.length))
      .join('\n');

  it.each([
    ['README.md', async () => /```yaml\n(holiday_overrides:\n[\s\S]*?)```/.exec(await readFile('README.md', 'utf8'))?.[1] ?? ''],
    ['config/reminders.yaml', async () => example(await readFile('config/reminders.yaml', 'utf8'), '# ').replace(/^[\s\S]*?(holiday_overrides:)/, '$1')],
  ])('%s: loads, and gives the bundled calendar\'s own 2026 (so neither example teaches wrong dates)', async (_, read) => {
    const yaml = await read();
    expect(yaml).toMatch(/^holiday_overrides:\n {2}2026:\n/);
    const s = await load(yaml);
    const typed = createHolidayCalendar({ overrides: s.holidayOverrides });
    const bundled = createHolidayCalendar({});
    expect(typed.schedule(2026).source).toBe('config');
    expect(bundled.schedule(2026).source).toBe('official');
    const shape = (c: typeof typed) => c.breaksOf(2026).map((b) => `${b.name} ${b.firstDay}..${b.lastDay} ${b.makeUpWorkdays.join(',')}`);
    expect(shape(typed)).toEqual(shape(bundled));
  });
});

describe('reading', () => {
  it('a missing file means the defaults', () => {
    expect(loadReminders(join(dir, 'absent.yaml'))).toEqual(DEFAULT_REMINDER_SETTINGS);
  });

  it('an almost empty file means the defaults', async () => {
    expect(await load('enabled: true\n')).toEqual(DEFAULT_REMINDER_SETTINGS);
  });

  it('holidays by their everyday names, merged breaks and overrides, nodes with stable ids', async () => {
    const s = await load(
      [
        'targets: { chats: [oc_abc123], members: false }',
        'festival: { holidays: [春节, 国庆节, 五一], lead_workdays: 5 }',
        'due_soon: { lead_workdays: { month: 0 } }',
        'nodes:',
        '  - { date: 2026-12-08, title: 招标采购廉洁提醒, text: 严格执行招标采购程序。 }',
        'holiday_overrides:',
        '  2027:',
        '    - { holiday: 国庆·中秋, first_day: 2027-10-01, last_day: 2027-10-08, makeup_workdays: [2027-09-26] }',
        '    - { holiday: [元旦], first_day: 2027-01-01, last_day: 2027-01-03 }',
        '    - { holiday: 春节, first_day: 2027-02-05, last_day: 2027-02-12 }',
        '    - { holiday: 五一, first_day: 2027-05-01, last_day: 2027-05-05 }',
      ].join('\n'),
    );
    expect(s.festival.holidays).toEqual(['spring', 'national', 'labour']);
    expect(s.festival.leadWorkdays).toBe(5);
    expect(s.dueSoon.leadWorkdays).toEqual({ month: 0, quarter: 5, halfyear: 10, year: 15 });
    expect(s.nodes).toEqual([
      { id: '2026-12-08-招标采购廉洁提醒', date: '2026-12-08', title: '招标采购廉洁提醒', text: '严格执行招标采购程序。', targets: { chats: ['oc_abc123'], members: false } },
    ]);
    const calendar = createHolidayCalendar({ overrides: s.holidayOverrides });
    expect(calendar.breaksOf(2027).map((b) => `${b.name} ${b.firstDay}..${b.lastDay} ${b.source}`)).toEqual([
      '元旦 2027-01-01..2027-01-03 config',
      '春节 2027-02-05..2027-02-12 config',
      '劳动节 2027-05-01..2027-05-05 config',
      '国庆·中秋 2027-10-01..2027-10-08 config',
    ]);
  });
});

describe('mistakes name the file, the line and the path', () => {
  it.each([
    // 9:30 is read as 09:30 (as people write it); a time that is none is still refused.
    ['send_time: "9:3"\n', 'send_time', 1, 'HH:mm'],
    ['send_time: "24:00"\n', 'send_time', 1, 'HH:mm'],
    ['window: { from: "18:00", to: "09:00" }\n', 'window.to', 1, 'after window.from'],
    ['send_time: "08:00"\n', 'send_time', 1, 'inside window'],
    ['targets:\n  chats: [group-1]\n', 'targets.chats[0]', 2, 'chat_id'],
    ['festival:\n  holidays: [春节, 圣诞]\n', 'festival.holidays[1]', 2, 'unknown holiday "圣诞"'],
    ['festival:\n  template: "{holiday} {when}"\n', 'festival.template', 2, 'unknown placeholder {when}'],
    ['festival:\n  lead_workdays: 0\n', 'festival.lead_workdays', 2, '>=1'],
    ['nodes:\n  - { date: 2026-02-30, title: x, text: y }\n', 'nodes[0].date', 2, 'real calendar date'],
    ['nodes:\n  - { date: 2026-12-08, title: x, text: y }\n  - { date: 2026-12-08, title: x, text: z }\n', 'nodes[1].id', 3, 'duplicate node'],
    ['holiday_overrides:\n  2027:\n    - { holiday: 春节, first_day: 2027-02-05, last_day: 2027-02-12, makeup_workdays: [2027-02-15] }\n', 'holiday_overrides[2027][0].makeup_workdays[0]', 3, 'Saturday or Sunday'],
    ['holiday_overrides:\n  2027:\n    - { holiday: 春节, first_day: 2027-02-12, last_day: 2027-02-05 }\n', 'holiday_overrides[2027][0].last_day', 3, 'on or after'],
    ['overdue:\n  yellow_after: 3\n', 'overdue', 2, 'yellow_after'],
    // A year is replaced whole: the README's old two-line example dropped five holidays' reminders without a word.
    ['holiday_overrides:\n  2027:\n    - { holiday: 春节, first_day: 2027-02-05, last_day: 2027-02-12 }\n', 'holiday_overrides[2027]', 3, 'missing 元旦、清明、劳动节、端午、中秋、国庆'],
    ['festival:\n  holidays: [春节, 国庆]\nholiday_overrides:\n  2027:\n    - { holiday: 春节, first_day: 2027-02-05, last_day: 2027-02-12 }\n', 'holiday_overrides[2027]', 5, 'missing 国庆'],
  ])('%j → %s (line %i)', async (text, path, line, expected) => {
    const error = await failure(text);
    expect(error.file).toMatch(/reminders\.yaml$/);
    expect(error.path).toBe(path);
    expect(error.line).toBe(line);
    expect(error.message).toContain(expected);
  });
});

describe('a config reload', () => {
  it('reaches the runtime; the calendar is rebuilt only when the holiday overrides change', () => {
    let current: ReminderSettings = DEFAULT_REMINDER_SETTINGS;
    const runtime = createReminderRuntime(() => current);
    const first = runtime.calendar;
    current = { ...DEFAULT_REMINDER_SETTINGS, sendTime: '10:00' };
    expect(runtime.settings.sendTime).toBe('10:00');
    expect(runtime.calendar).toBe(first);
    current = {
      ...current,
      holidayOverrides: { 2027: [{ festivals: ['spring'], firstDay: '2027-02-05', lastDay: '2027-02-12', makeUpWorkdays: [] }] },
    };
    expect(runtime.calendar).not.toBe(first);
    expect(runtime.calendar.schedule(2027).source).toBe('config');
  });
});
