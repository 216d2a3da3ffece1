// Several days named in one breath (11月4日和11月18日, 11月3日、10日、17日, 上周一、周三): one record per day.
import { parseDay } from './parseDay.js';

// 11.3、11.17 (a month and day with a dot or slash) as well as 11月3日、17日.
const ONE = '(?:(?:\\d{4}\\s*年\\s*)?(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*[日号]|\\d{1,2}[./]\\d{1,2}(?:[日号]|(?![\\d./])))';
// 报送信息2篇，一篇10月9日，一篇10月23日 · 10月9日一篇，10月23日一篇 (found by the tester, round 6): a count word beside each day.
const JOIN = '\\s*(?:一[篇次份期])?\\s*(?:、|和|及|与|以及|,|，|至|到)\\s*(?:另?一[篇次份期])?\\s*';
const LIST = new RegExp(`(?<![\\d月])${ONE}(?:${JOIN}${ONE})+`, 'g');
// 12月2号 3号分别和杨帆 王芳谈心谈话 (round 61, t64a F1, stored wrong at once: both on 12-02): voice input leaves a space
// where a writer puts 、. A space alone joins days only when what follows the last is no noun the day numbers (3号楼 ·
// 5号会议室 · 2号文件): the end, a space, a stop, 分别/先后, a part of the day, or a word that opens the deed.
const SPACED_LIST = new RegExp(`(?<![\\d月])${ONE}(?:\\s+${ONE})+(?=$|\\s|[,，。；;、]|分别|先后|上午|下午|晚上|和|与|跟|同|对|到|在|去)`, 'g');
const ONE_EACH = new RegExp(ONE, 'g');
const JOIN_SPLIT = new RegExp(JOIN);
/** A day, a space, then a digit: the cheap gate before SPACED_LIST. */
const SPACED_DAYS = /\d\s*[日号]\s+\d/;

const WEEKDAY = '(?:上上个?|上个?|本|这个?)?\\s*(?:周|星期|礼拜)\\s*[一二三四五六日天1-7]';
const WEEKDAY_LIST = new RegExp(`${WEEKDAY}(?:${JOIN}${WEEKDAY})+`, 'g');

/** 上周一、周三: a weekday without its week takes the week named before it. */
function weekdayList(text: string, today: string): string[] {
  for (const m of text.matchAll(WEEKDAY_LIST)) {
    // 本周一至周二: a range, one activity over days (as 11月3日至5日).
    if (/至|到/.test(m[0])) return [];
    const dates: string[] = [];
    let week = '';
    for (const piece of m[0].split(JOIN_SPLIT)) {
      const own = /^(上上个?|上个?|本|这个?)/.exec(piece);
      if (own) week = own[1]!;
      const date = parseDay(own ? piece : `${week}${piece}`, today).date;
      if (date && !dates.includes(date)) dates.push(date);
    }
    if (dates.length > 1) return dates;
  }
  return [];
}

// 昨天下午和今天上午分别与李明、孙丽谈心 · 昨天和前天分别和周涛、吴静谈心 (round 25b, §3: both put on the first day, on the
// card): days said relative to today, joined as any list, each with its own part of the day.
const RELATIVE = '(?:大前天|前天|昨天|今天|昨日|今日)(?:上午|下午|晚上|早上)?';
const RELATIVE_LIST = new RegExp(`${RELATIVE}(?:\\s*(?:、|和|及|与|以及|,|，)\\s*${RELATIVE})+`, 'g');

/** 昨天和今天 · 前天、昨天: each day of a list of days relative to `today`, in order, when there are two or more. */
function relativeList(text: string, today: string): string[] {
  for (const m of text.matchAll(RELATIVE_LIST)) {
    const dates: string[] = [];
    for (const piece of m[0].split(/\s*(?:、|和|及|与|以及|,|，)\s*/)) {
      const date = parseDay(piece, today).date;
      if (date && !dates.includes(date)) dates.push(date);
    }
    if (dates.length > 1) return dates;
  }
  return [];
}

/**
 * 3号、17号 on Dec 3 (issue 10, round 31: 3号 read as today, 17号 as Nov 17): bare days written in rising order with no
 * month are days of one month; when each alone fell in a different one (the later-written day in an earlier month, as
 * it has not come yet), all are put in the month of the last, in which they have all come. `dates` as read one by one.
 */
function inOneMonth(dates: string[], list: string, today: string): string[] {
  const days = dates.map((d) => Number(d.slice(8, 10)));
  const rising = days.every((d, i) => i === 0 || d > days[i - 1]!);
  const months = new Set(dates.map((d) => d.slice(0, 7)));
  if (!rising || months.size < 2 || !/^[\d\s日号、,，和及与至到-]*$/.test(list.replace(/[一两二]?[次篇份条回场期]/g, ''))) return dates;
  const month = dates.at(-1)!.slice(0, 7);
  const all = days.map((d) => `${month}-${String(d).padStart(2, '0')}`);
  return all.every((d) => d <= today && parseDay(`${Number(month.slice(5, 7))}月${Number(d.slice(8, 10))}日`, today).date === d) ? all : dates;
}

/**
 * Every day of the first list of two or more days in `text` (arabic numerals
 * already), in order and without repeats; empty when the text names at most
 * one day. A day without its month takes the month named before it. `至` (a
 * range) is not a list: 11月3日至5日 names one activity over days, so it gives nothing.
 */
export function parseDayList(text: string, today: string): string[] {
  const lists = [...text.matchAll(LIST)].map((m) => ({ at: m.index, list: m[0], pieces: m[0].split(JOIN_SPLIT) }));
  if (SPACED_DAYS.test(text)) {
    for (const m of text.matchAll(SPACED_LIST)) if (!lists.some((l) => l.at <= m.index && m.index < l.at + l.list.length)) lists.push({ at: m.index, list: m[0], pieces: m[0].match(ONE_EACH) ?? [] });
    lists.sort((a, b) => a.at - b.at);
  }
  for (const m of lists) {
    if (/至|到/.test(m.list)) return [];
    const dates: string[] = [];
    let prefix = '';
    for (const piece of m.pieces) {
      const month = /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月/.exec(piece);
      if (month) prefix = month[0];
      // Only a bare day (17日) takes the month named before it; 11.17 carries its own.
      const date = parseDay(month || !/^\d{1,2}\s*[日号]$/.test(piece) ? piece : `${prefix}${piece}`, today).date;
      if (date && !dates.includes(date)) dates.push(date);
    }
    if (dates.length > 1) return prefix === '' ? inOneMonth(dates, m.list, today) : dates;
  }
  const weekdays = weekdayList(text, today);
  return weekdays.length > 0 ? weekdays : relativeList(text, today);
}
