// config/reminders.yaml: when and to whom reminders go, their text, escalation, and official holiday dates typed in by hand.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { FESTIVAL_NAMES, festivalByName, type BreakOverride, type FestivalId } from '../domain/calendar/holidayTypes.js';
import {
  DEFAULT_REMINDER_SETTINGS as D,
  TEMPLATE_PLACEHOLDERS,
  type ReminderNode,
  type ReminderSettings,
} from '../domain/reminders/settings.js';
import { weekday } from '../domain/shanghai.js';
import type { ParsedAhead } from './parsedYaml.js';
import { readYamlConfig } from './readYamlConfig.js';

/** 09:30; 9:30 as people write it is read as 09:30 (a newcomer's unquoted send_time: 9:30 was refused). */
const hhmm = z.preprocess(
  (v) => (typeof v === 'string' && /^\d:[0-5]\d$/.test(v) ? `0${v}` : v),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:mm such as 09:30'),
);
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD such as 11-20');
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD such as 2027-02-05')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'expected a real calendar date');
/** Whole working days from `min` to `max`; one bound each, so a wrong value gets one message (was: >=0 and >=1 for -1). */
const workdays = (max: number, min = 0) => z.number().int().min(min).max(max);
const chatId = z.string().regex(/^oc_[0-9a-zA-Z]+$/, 'expected a Feishu chat_id such as oc_xxx');

const splitNames = (v: string | string[]): string[] => (Array.isArray(v) ? v : v.split(/[·、,，/+\s]+/)).filter((s) => s.trim() !== '');

/** 春节, or a merged break as 国庆·中秋 / [国庆, 中秋]. */
const festivals = z
  .union([z.string(), z.array(z.string())])
  .superRefine((v, ctx) => {
    const names = splitNames(v);
    if (names.length === 0) ctx.addIssue({ code: 'custom', message: 'expected a holiday name such as 春节' });
    names.forEach((n, i) => {
      if (festivalByName(n) !== undefined) return;
      const message = `unknown holiday "${n}"; expected one of 元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆`;
      ctx.addIssue({ code: 'custom', message, path: Array.isArray(v) ? [i] : [] });
    });
  })
  .transform((v) => splitNames(v).map((n) => festivalByName(n) as FestivalId));

const targets = z.strictObject({
  chats: z.array(chatId).default([]),
  members: z.boolean().default(D.targets.members),
});

const overrideSchema = z.strictObject({
  holiday: festivals,
  first_day: date,
  last_day: date,
  makeup_workdays: z.array(date).default([]),
});

const remindersSchema = z.strictObject({
  enabled: z.boolean().default(D.enabled),
  send_time: hhmm.default(D.sendTime),
  window: z.strictObject({ from: hhmm, to: hhmm }).default(D.window),
  tick_minutes: z.number().int().min(1).max(60).default(D.tickMinutes),
  targets: targets.prefault({}),
  festival: z
    .strictObject({
      enabled: z.boolean().default(D.festival.enabled),
      holidays: z.array(festivals).default([]).transform((l) => l.flat()),
      lead_workdays: workdays(30, 1).default(D.festival.leadWorkdays),
      title: z.string().min(1).default(D.festival.title),
      template: z.string().min(1).default(D.festival.template),
    })
    .prefault({}),
  nodes: z
    .array(z.strictObject({ id: z.string().min(1).optional(), date, title: z.string().min(1), text: z.string().min(1), targets: targets.optional() }))
    .default([]),
  due_soon: z
    .strictObject({
      enabled: z.boolean().default(D.dueSoon.enabled),
      lead_workdays: z
        .strictObject({
          month: workdays(20).default(D.dueSoon.leadWorkdays.month),
          quarter: workdays(60).default(D.dueSoon.leadWorkdays.quarter),
          halfyear: workdays(120).default(D.dueSoon.leadWorkdays.halfyear),
          year: workdays(240).default(D.dueSoon.leadWorkdays.year),
        })
        .prefault({}),
    })
    .prefault({}),
  overdue: z
    .strictObject({
      enabled: z.boolean().default(D.overdue.enabled),
      yellow_after_workdays: workdays(60, 1).default(D.overdue.yellowAfterWorkdays),
      red_after_workdays: workdays(60, 1).default(D.overdue.redAfterWorkdays),
      catch_up_workdays: workdays(20).default(D.overdue.catchUpWorkdays),
    })
    .prefault({}),
  schedule_notice_from: monthDay.default(D.scheduleNoticeFrom),
  holiday_overrides: z.record(z.string().regex(/^\d{4}$/, 'expected a year such as 2027'), z.array(overrideSchema)).default({}),
});

type Parsed = z.output<typeof remindersSchema>;
type Fail = (path: PropertyKey[], expected: string) => never;

function checkTemplate(text: string, path: PropertyKey[], fail: Fail): void {
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
    if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(m[1] ?? '')) {
      fail(path, `unknown placeholder {${m[1]}}; expected any of ${TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`);
    }
  }
}

function checkOverrides(v: Parsed, fail: Fail): Record<number, BreakOverride[]> {
  const out: Record<number, BreakOverride[]> = {};
  for (const [year, list] of Object.entries(v.holiday_overrides)) {
    out[Number(year)] = list.map((o, i) => {
      // A number, as YAML reads the key: the path then finds its line.
      const at = ['holiday_overrides', Number(year), i];
      if (o.first_day > o.last_day) fail([...at, 'last_day'], `expected a day on or after first_day ${o.first_day}`);
      o.makeup_workdays.forEach((d, j) => {
        const w = weekday(d);
        if (w !== 0 && w !== 6) fail([...at, 'makeup_workdays', j], `expected a Saturday or Sunday (a 调休 workday); ${d} is a weekday`);
      });
      return { festivals: o.holiday, firstDay: o.first_day, lastDay: o.last_day, makeUpWorkdays: o.makeup_workdays };
    });
  }
  return out;
}

/**
 * A year under holiday_overrides replaces the calendar's year whole, so a holiday it leaves out gets no 节前廉政提醒
 * that year: refused (naming the year's line) for every holiday `festival.holidays` reminds of. An operator who
 * copied the README's two-line example lost 元旦, 清明, 劳动节, 端午 and 中秋 of 2027 without a word (n4).
 */
function checkOverridesWhole(overrides: Record<number, BreakOverride[]>, reminded: readonly FestivalId[], fail: Fail): void {
  for (const [year, list] of Object.entries(overrides)) {
    const covered = new Set(list.flatMap((o) => o.festivals));
    const missing = reminded.filter((f) => !covered.has(f));
    if (missing.length === 0) continue;
    const names = missing.map((f) => FESTIVAL_NAMES[f]).join('、');
    fail(
      ['holiday_overrides', Number(year)],
      `every holiday festival.holidays reminds of, since a year listed here replaces the calendar's ${year} whole; missing ${names} (${year}年缺少${names}：请照国务院通知补全当年全部节日，或把它们从 festival.holidays 中去掉)`,
    );
  }
}

function toNodes(v: Parsed, fail: Fail): ReminderNode[] {
  const ids = new Set<string>();
  return v.nodes.map((n, i) => {
    // Default id from date and title, so reordering the list never re-sends a node.
    const id = n.id ?? `${n.date}-${n.title}`;
    if (ids.has(id)) fail(['nodes', i, 'id'], `duplicate node "${id}"; give each node a distinct id`);
    ids.add(id);
    return { id, date: n.date, title: n.title, text: n.text, targets: n.targets ?? v.targets };
  });
}

/**
 * Reads the file; without one, the defaults (every member, all seven holidays, 3 working days ahead, 09:30).
 * `ahead`: the file parsed on another thread (see readYamlConfig).
 */
export function loadReminders(file: string, ahead?: ParsedAhead): ReminderSettings {
  if (!existsSync(file)) return D;
  const { value: v, fail } = readYamlConfig(file, remindersSchema, ahead);
  if (v.window.from >= v.window.to) fail(['window', 'to'], `expected a time after window.from ${v.window.from}`);
  if (v.send_time < v.window.from || v.send_time >= v.window.to) {
    fail(['send_time'], `expected a time inside window ${v.window.from}–${v.window.to}`);
  }
  checkTemplate(v.festival.title, ['festival', 'title'], fail);
  checkTemplate(v.festival.template, ['festival', 'template'], fail);
  const holidays = v.festival.holidays.length > 0 ? [...new Set(v.festival.holidays)] : D.festival.holidays;
  const overrides = checkOverrides(v, fail);
  if (v.festival.enabled) checkOverridesWhole(overrides, holidays, fail);
  return {
    enabled: v.enabled,
    sendTime: v.send_time,
    window: v.window,
    tickMinutes: v.tick_minutes,
    targets: v.targets,
    festival: {
      enabled: v.festival.enabled,
      holidays,
      leadWorkdays: v.festival.lead_workdays,
      title: v.festival.title,
      template: v.festival.template,
    },
    nodes: toNodes(v, fail),
    dueSoon: { enabled: v.due_soon.enabled, leadWorkdays: v.due_soon.lead_workdays },
    overdue: {
      enabled: v.overdue.enabled,
      yellowAfterWorkdays: v.overdue.yellow_after_workdays,
      redAfterWorkdays: v.overdue.red_after_workdays,
      catchUpWorkdays: v.overdue.catch_up_workdays,
    },
    scheduleNoticeFrom: v.schedule_notice_from,
    holidayOverrides: overrides,
  };
}
