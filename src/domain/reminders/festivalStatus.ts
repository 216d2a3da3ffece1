// 「节前廉政提醒发了吗」: what the bot's own outbox says it sent for a holiday, and when the next one goes.
import type { HolidayCalendar } from '../calendar/holidayCalendar.js';
import type { Directory } from '../organization.js';
import { shanghaiDate, shanghaiDateTime } from '../shanghai.js';
import { audienceOf } from './audience.js';
import { festivalPlans } from './festival.js';
import { cnDate, cnDateWithWeekday, cnRange } from './format.js';
import type { ReminderSettings } from './settings.js';
import { compareText } from '../compareText.js';

/** What the status needs of an outbox entry (src/store/dbSchema.ts outboxItemSchema). */
export interface SentRecord {
  key: string;
  to: { openId: string } | { chatId: string };
  status: 'queued' | 'sending' | 'sent' | 'failed';
  /** ISO instant. */
  sentAt?: string;
}

export interface FestivalStatusInput {
  settings: ReminderSettings;
  calendar: HolidayCalendar;
  directory: Directory;
  outbox: readonly SentRecord[];
  paused: boolean;
  now: Date;
  /** A holiday the question named (春节, 国庆); undefined asks about the latest and the next. */
  holiday?: string;
}

function audienceText(people: number, chats: number): string {
  return [people > 0 ? `${people}位成员` : '', chats > 0 ? `${chats}个群聊` : ''].filter(Boolean).join('、') || '（未配置接收对象）';
}

/** Festival broadcasts by rule (`2026-国庆·中秋`), from keys `festival|<rule>|<year>|<recipient>|`; tests are left out. */
function byRule(outbox: readonly SentRecord[]): Map<string, SentRecord[]> {
  const out = new Map<string, SentRecord[]>();
  for (const item of outbox) {
    const [kind, rule] = item.key.split('|');
    if (kind !== 'festival' || !rule) continue;
    out.set(rule, [...(out.get(rule) ?? []), item]);
  }
  return out;
}

function sentLine(rule: string, items: readonly SentRecord[]): string {
  const sent = items.filter((i) => i.status === 'sent' && i.sentAt).sort((a, b) => compareText(a.sentAt!, b.sentAt!));
  const [year, name] = [rule.slice(0, 4), rule.slice(5)];
  const people = sent.filter((i) => 'openId' in i.to).length;
  const chats = sent.length - people;
  const waiting = items.filter((i) => i.status === 'queued' || i.status === 'sending').length;
  const failed = items.filter((i) => i.status === 'failed').length;
  const extra = [waiting > 0 ? `另有${waiting}条正在发送` : '', failed > 0 ? `${failed}条发送失败（纪检可查看日志）` : ''].filter(Boolean);
  if (sent.length === 0) return `${year}年${name}节前廉政提醒：已排入发送队列，尚未发出${extra.length > 0 ? `（${extra.join('，')}）` : ''}。`;
  const first = shanghaiDateTime(new Date(sent[0]!.sentAt!));
  const when = `${cnDate(first.slice(0, 10))} ${first.slice(11)}`;
  return `${year}年${name}节前廉政提醒：已于${when}发送给${audienceText(people, chats)}${extra.length > 0 ? `；${extra.join('，')}` : ''}。`;
}

/**
 * The answer, in Chinese: the latest festival reminder the outbox holds (when, to how many), and the next one
 * planned (its send day, from the same plans the scheduler uses, to the configured audience). Pure: `now` and the
 * outbox are given.
 */
export function festivalStatus(input: FestivalStatusInput): string {
  const { settings, calendar, directory, now } = input;
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const rules = byRule(input.outbox);
  const named = (rule: string) => !input.holiday || rule.includes(input.holiday);
  const lines: string[] = [];
  // In the order they went out (a rule's name does not sort by date: 2026-劳动节 < 2026-国庆 < 2026-春节); queued last.
  const firstSent = (rule: string) => rules.get(rule)!.map((i) => i.sentAt ?? '9999').sort()[0]!;
  const done = [...rules.keys()].filter(named).sort((a, b) => compareText(firstSent(a), firstSent(b)) || a.localeCompare(b));
  const latest = done.at(-1);
  // 「节前提醒今年发过几次」 (round 6): the year's broadcasts by holiday, before the latest one's details.
  const thisYear = done.filter((rule) => rule.startsWith(String(year)) && rules.get(rule)!.some((i) => i.status === 'sent'));
  if (thisYear.length > 1) lines.push(`${year}年已发送节前廉政提醒${thisYear.length}次：${thisYear.map((r) => r.slice(5)).join('、')}。`);
  if (latest) lines.push(sentLine(latest, rules.get(latest)!));
  else lines.push(`清风还没有发送过${input.holiday ? `${input.holiday}的` : ''}节前廉政提醒。`);
  if (!settings.festival.enabled) {
    lines.push('节前廉政提醒未启用（config/reminders.yaml 的 festival.enabled），请联系纪检管理员。');
    return lines.join('\n');
  }
  const next = festivalPlans(settings, calendar, [year, year + 1]).find(
    (p) => p.holiday.firstDay > today && !rules.has(`${p.holiday.year}-${p.holiday.name}`) && named(`${p.holiday.year}-${p.holiday.name}`),
  );
  if (next) {
    const a = audienceOf(directory, settings.targets);
    const to = audienceText(a.filter((x) => x.person).length, a.filter((x) => !x.person).length);
    const provisional = next.holiday.source === 'provisional' ? '（节假日安排暂定，以国务院通知为准）' : '';
    const sendDay = next.sendDay < today ? today : next.sendDay;
    lines.push(
      `下一次：${next.holiday.year}年${next.holiday.name}（放假${cnRange(next.holiday.firstDay, next.holiday.lastDay)}），定于${cnDateWithWeekday(sendDay)}${settings.sendTime}起发送给${to}${provisional}。`,
    );
  }
  if (input.paused) lines.push('自动提醒目前已暂停，恢复前不会发送（纪检管理员发送「恢复提醒」即可恢复）。');
  return lines.join('\n');
}
