// 提醒预览: what goes out next, when, to whom, and whether the holiday dates are official or provisional.
import type { ScheduleSource } from '../calendar/holidayTypes.js';
import { audienceOf } from './audience.js';
import { sendingMoment, type SendingMoment } from './clock.js';
import { dueSoonCandidates, dueSoonDay, dueSoonSendable } from './dueSoon.js';
import { festivalMessage, festivalPlans, isFestivalDue } from './festival.js';
import { cnDate, scheduleText } from './format.js';
import { activityIndexOf, groupBy } from './items.js';
import { isNodeDue, nodeSendDay } from './nodes.js';
import { escalationDays, LEVELS, overdueItems, overdueReminders } from './overdue.js';
import type { ReminderSettings } from './settings.js';
import type { EscalationLevel, Reminder, ReminderInput } from './types.js';
import { addDays } from '../shanghai.js';
import { compareText } from '../compareText.js';

export interface PlannedSend {
  day: string;
  time: string;
  kind: Reminder['kind'];
  title: string;
  /** e.g. 26位成员、1个群聊 */
  audience: string;
  /** Details: the 放假安排, the due day. */
  note?: string;
  provisional?: boolean;
  /** A send whose day has passed without it (the bot was down), going out at the next opening. */
  catchUp?: boolean;
}

export interface ReminderPreview {
  moment: SendingMoment;
  /** When the scheduler may next send at all. */
  nextOpening: { day: string; time: string };
  schedules: { year: number; source: ScheduleSource }[];
  planned: PlannedSend[];
}

const LEVEL_NAMES: Record<EscalationLevel, string> = { blue: '蓝色提醒（本人）', yellow: '黄色提醒（上级）', red: '红色提醒（书记、纪检）' };

function nextOpening(settings: ReminderSettings, input: ReminderInput, m: SendingMoment): { day: string; time: string } {
  if (m.open) return { day: m.today, time: m.time };
  if (m.workday && m.time < settings.window.from) return { day: m.today, time: settings.window.from };
  return { day: input.calendar.workdayAfter(m.today, 1), time: settings.window.from };
}

function audienceText(people: number, chats: number): string {
  const parts = [people > 0 ? `${people}位成员` : '', chats > 0 ? `${chats}个群聊` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join('、') : '（未配置接收对象）';
}

/**
 * The next `limit` sends within `horizonDays`; what is due already is shown at the next opening. With `sent` (does the
 * outbox know this key), the escalations whose day has passed unsent and that are still within catch_up_workdays at the
 * next opening are shown there too, marked as catch-ups.
 */
export function previewReminders(input: ReminderInput, opts: { limit?: number; horizonDays?: number; sent?: (key: string) => boolean } = {}): ReminderPreview {
  const { settings, calendar, directory } = input;
  const m = sendingMoment(settings, calendar, input.now);
  const opening = nextOpening(settings, input, m);
  const year = Number(m.today.slice(0, 4));
  // Whatever is due by the next opening goes out then; the rest at send_time on its day.
  const then = { today: opening.day, time: opening.time };
  const at = (day: string, dueNow: boolean) => (dueNow || day <= opening.day ? opening : { day, time: settings.sendTime });
  const planned: PlannedSend[] = [];
  const count = (targets = settings.targets) => {
    const a = audienceOf(directory, targets);
    return audienceText(a.filter((x) => x.person).length, a.filter((x) => !x.person).length);
  };

  if (settings.festival.enabled) {
    for (const plan of festivalPlans(settings, calendar, [year, year + 1]).filter((p) => p.holiday.firstDay > m.today).slice(0, 3)) {
      const moment = at(plan.sendDay, isFestivalDue(plan, then, settings.sendTime));
      const provisional = plan.holiday.source === 'provisional';
      planned.push({ ...moment, kind: 'festival', title: festivalMessage(settings, plan.holiday).title, audience: count(), note: scheduleText(plan.holiday), provisional });
    }
  }
  for (const node of settings.nodes.filter((n) => n.date >= m.today)) {
    const moment = at(nodeSendDay(calendar, node), isNodeDue(calendar, node, then, settings.sendTime));
    planned.push({ ...moment, kind: 'node', title: node.title, audience: count(node.targets) });
  }
  const index = activityIndexOf(input);
  if (settings.dueSoon.enabled) {
    // One message per person and due day, on the earliest warning day of their items (a year's duty warns 15 working
    // days ahead, a month's 3): counted per due day and warning day. Grouped by due day alone, all fifteen people showed
    // on the earliest day, though one was warned on 12-18 and two on 12-29 (newcomer n4).
    const first = new Map<string, { due: string; day: string }>();
    for (const c of dueSoonCandidates(input, index, m)) {
      const day = dueSoonDay(calendar, c.item.due, settings.dueSoon.leadWorkdays[c.item.period.cadence]);
      const key = `${c.item.responsibleId}|${c.item.due}`;
      const was = first.get(key);
      if (!was || day < was.day) first.set(key, { due: c.item.due, day });
    }
    for (const group of groupBy([...first.values()], (w) => `${w.due}|${w.day}`).values()) {
      const { due, day } = group[0]!;
      const people = group.length;
      const moment = at(day, false);
      // A warning that could only go out after its due day is not sent at all: the 逾期 path takes over.
      if (!dueSoonSendable(moment.day, due)) continue;
      planned.push({ ...moment, kind: 'due_soon', title: `到期提醒（${cnDate(due)}到期）`, audience: `${people}位尚有未完成事项的责任人`, note: '按当前完成情况估计，届时已完成的不再提醒' });
    }
  }
  if (settings.overdue.enabled) {
    const pending = overdueItems(input, index, m.today).flatMap((item) => {
      const days = escalationDays(settings, calendar, item.due);
      return LEVELS.filter((l) => days[l] >= m.today).map((level) => ({ level, day: days[level], item }));
    });
    for (const group of groupBy(pending, (p) => `${p.day}|${p.level}`).values()) {
      const { level, day, item } = group[0]!;
      planned.push({ ...at(day, false), kind: 'overdue', title: `逾期${LEVEL_NAMES[level]}`, audience: `涉及${new Set(group.map((p) => p.item.responsibleId)).size}位责任人`, note: `${cnDate(item.due)}到期未完成` });
    }
  }
  if (settings.overdue.enabled && opts.sent) {
    // Decided as the scheduler will decide at the next opening; only the outbox knows what already went out.
    const sent = opts.sent;
    const missed = overdueReminders(input, index, { ...m, today: opening.day, time: opening.time }).filter(
      (r) => escalationDays(settings, calendar, r.due)[r.level] < m.today && !sent(r.key),
    );
    for (const group of groupBy(missed, (r) => `${r.due}|${r.level}`).values()) {
      const { level, due } = group[0]!;
      const day = escalationDays(settings, calendar, due)[level];
      planned.push({
        ...opening, kind: 'overdue', catchUp: true, title: `逾期${LEVEL_NAMES[level]}（补发）`, audience: `${group.length}位接收人`,
        note: `${cnDate(due)}到期未完成；原定${cnDate(day)}发送而未发出（清风未运行），补发期限为其后 ${settings.overdue.catchUpWorkdays} 个工作日`,
      });
    }
  }
  const last = addDays(m.today, opts.horizonDays ?? 120);
  return {
    moment: m,
    nextOpening: opening,
    schedules: [year, year + 1].map((y) => ({ year: y, source: calendar.schedule(y).source })),
    planned: planned
      .filter((p) => p.day <= last)
      .sort((a, b) => compareText(`${a.day} ${a.time}`, `${b.day} ${b.time}`))
      .slice(0, opts.limit ?? 10),
  };
}
