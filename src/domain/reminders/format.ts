// Dates and holiday schedules written the way a notice writes them: 10月1日（周四）, 10月1日至7日放假调休，共7天.
import type { HolidayBreak } from '../calendar/holidayTypes.js';
import { daysBetween, weekday } from '../shanghai.js';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** 10月1日 */
export function cnDate(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** 10月1日（周四） */
export function cnDateWithWeekday(date: string): string {
  return `${cnDate(date)}（周${WEEKDAYS[weekday(date)]}）`;
}

/** 10月1日至7日, 9月30日至10月8日, or just 10月1日. */
export function cnRange(first: string, last: string): string {
  if (first === last) return cnDate(first);
  const sameMonth = first.slice(0, 7) === last.slice(0, 7);
  return `${cnDate(first)}至${sameMonth ? `${Number(last.slice(8, 10))}日` : cnDate(last)}`;
}

export function breakDays(b: HolidayBreak): number {
  return daysBetween(b.firstDay, b.lastDay) + 1;
}

/** 9月20日（周日）、10月10日（周六）上班, or 无调休. */
export function makeUpText(b: HolidayBreak): string {
  return b.makeUpWorkdays.length > 0 ? `${b.makeUpWorkdays.map(cnDateWithWeekday).join('、')}上班` : '无调休';
}

/** The 放假安排 in one sentence; provisional breaks say the dates await the notice. */
export function scheduleText(b: HolidayBreak): string {
  if (b.source === 'provisional') {
    return `${b.name}为${cnDateWithWeekday(b.firstDay)}，具体放假安排以国务院办公厅通知为准`;
  }
  const arranged = b.makeUpWorkdays.length > 0 ? '放假调休' : '放假';
  const makeUp = b.makeUpWorkdays.length > 0 ? `；${makeUpText(b)}` : '';
  return `${cnRange(b.firstDay, b.lastDay)}${arranged}，共${breakDays(b)}天${makeUp}`;
}

/** Fills {placeholders}; the config loader has already refused unknown ones. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^{}]*)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function festivalValues(b: HolidayBreak): Record<string, string> {
  return {
    holiday: b.name,
    year: String(b.year),
    start: cnDate(b.firstDay),
    end: cnDate(b.lastDay),
    days: String(breakDays(b)),
    workdays: makeUpText(b),
    schedule: scheduleText(b),
  };
}
