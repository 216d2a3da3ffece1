// 与周涛、吴静进行了廉政谈话，周涛是11月6号，吴静是11月20号: each person talked with on their own day.
// 郑华是周一，冯雪是昨天 (round 20 #3: both given the first day): a weekday or a relative day word is a day of their own too.
import { parseDay } from './parseDay.js';
import { monthFrameBefore } from './monthFrameBefore.js';
import type { ParseContext, ParsedReport } from './draft.js';
import type { ReadingDay } from './parseSegment.js';

/** A name, its title if any, then 是/为/在/于/： or a bracket, then a day: that person's day. */
const TITLE = '(?:副?(?:书记|理事长|主任|部长|科长)|同志)*';
const DAY = '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[./]\\d{1,2}(?![\\d./])|\\d{1,2}[日号]|(?:上上|上|本|这)?个?(?:周|星期|礼拜)[一二三四五六日天1-6]|大?前天|昨天|今天|昨日|今日';

/** 上周和王磊、何平分别…: the week the message opened with, which a bare 周二 later in it is in (round 24b, #36). */
const WEEK_FRAME = /(上上|上)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天1-6])/;

/**
 * What a day keyed to a person is read under: the week the message opened with for a bare weekday, the month it opened with
 * for a bare day of the month (10月…，刘芳是3号, round 46 frg K1); '' for a full date.
 */
function frameOf(day: string, before: string, today: string): string {
  if (/^(?:周|星期|礼拜)/.test(day)) return WEEK_FRAME.exec(before)?.[1] ?? '';
  if (!/^\d{1,2}[日号]$/.test(day)) return '';
  const month = monthFrameBefore(before, today);
  return month === undefined ? '' : `${month}月`;
}

/** 上周 · 上个月 · 本周 with no weekday or date after it: a span, not a day. */
const SPAN = '(?:上上|上|本|这)个?(?:周|星期|礼拜|月)(?![一二三四五六日天1-6\\d])';

/**
 * The words after a person's name that give them a day: title, 的那次, 是/为/在/于, and a part of the month the day is in
 * (刘芳是月初3号 · 陈志强是上旬的9号, round 46 frg K1: both stored on the first day).
 */
const BEFORE_DAY = `${TITLE}\\s*(?:的?(?:那|这)一?次)?\\s*(?:大概|大约|应该)?(?:是|为|在|于|:)?\\s*[(（]?\\s*(?:(?:月|本月|这个?月|上个?月)?(?:初|中|底|末)|[上中下]旬)?的?\\s*`;

/**
 * 何平是上周 · 李明上个月 (t24 C: both given the other's 今天): a person given only a span of their own, whose day is then
 * asked. The span is returned as written (上周), to tell the spans apart from the days.
 */
function ownSpan(text: string, name: string): string | undefined {
  // Compiled only for a name written in the text: a group expanded from a large directory (各部室负责人分别与本部门全体人员, round
  // 37) names hundreds of people, and a pattern per person kept its code (bench parse: 36 → 153 MiB of code at 1,000 people).
  if (!text.includes(name)) return undefined;
  return new RegExp(`${name}${BEFORE_DAY}(${SPAN})`).exec(text)?.[1];
}

/**
 * 陈志强和赵敏11月10日 · 王建国、刘芳11月3日 (round 30g, A18: the day given only to the last of them, the first asked): the
 * others of `names` (the people of the records) a day is said for together with the one named, up to three, each maybe
 * titled. Only their names: 周涛、吴静谈了（11月20日） is no day of 周涛's.
 */
const joined = (names: readonly string[]) => {
  const others = names.filter((n) => n.length > 0);
  return others.length === 0 ? '' : `(?:${TITLE}(?:和|、|及|与|,|，)(?:${others.join('|')})){0,3}?`;
};

function ownDay(text: string, name: string, today: string, people: readonly string[]): { date: string | undefined; at: number } | undefined {
  if (!text.includes(name)) return undefined;
  const m = new RegExp(`${name}${joined(people.filter((p) => p !== name))}${BEFORE_DAY}(${DAY})`).exec(text);
  if (!m) return undefined;
  return { date: parseDay(`${frameOf(m[1]!, text.slice(0, m.index), today)}${m[1]!}`, today).date, at: m.index + m[0].length - m[1]!.length };
}

/**
 * 其余都是周四 · 其他几位是11月26日 · 剩下的都在周四 (round 43, t44a F3a: 「赵敏同志是周三谈的，其余都是周四」 put every talk
 * on 周三, 周四 named as unmatched): the day of everyone not given one of their own.
 */
const REST_DAY = new RegExp(`(?:其余|其他|其它|剩下|另外)的?(?:几位|几个|[两三四五六2-6]位|[两三四五六2-6]个|人|同志|几人)?(?:同志)?(?:都|均|全|也)?(?:是|为|在|于)?\\s*(${DAY})`);

function restDay(text: string, today: string): { date: string | undefined; at: number } | undefined {
  const m = REST_DAY.exec(text);
  if (!m) return undefined;
  return { date: parseDay(`${frameOf(m[1]!, text.slice(0, m.index), today)}${m[1]!}`, today).date, at: m.index + m[0].length - m[1]!.length };
}

/**
 * 上个月和王建国、刘芳廉政谈话 3号王建国 10号刘芳 · …谈了话 周二李明 周四孙丽 (round 52, fwc, issue 10: both talks stored at
 * once on 11-03, the 10号 lost — 王建国 read as given the 10号 written after him): a day standing before a name, after a
 * space or a stop and before the next one, is that person's day (read in the week or month said first).
 */
function dayBeforeName(text: string, name: string, today: string): { date: string | undefined; at: number } | undefined {
  if (!text.includes(name)) return undefined;
  const m = new RegExp(`(?:^|[\\s,;，；。])(${DAY})\\s*(?:和|与|跟|同|找)?${name}${TITLE}(?=[\\s,;，；。]|$)`).exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].indexOf(m[1]!);
  return { date: parseDay(`${frameOf(m[1]!, text.slice(0, at), today)}${m[1]!}`, today).date, at };
}

/** Where each day is written in `text` (the index of its first character). */
const DAY_AT = new RegExp(DAY, 'g');
const dayPositions = (text: string) => [...text.matchAll(DAY_AT)].map((m) => m.index);

/**
 * 与王建国、刘芳进行了廉政谈话，王建国11月3日 (round 31, found by the coordinator: 刘芳 stored at once on 王建国's day): when
 * every day the message writes is some person's own, a person given none has no day said at all.
 */
function everyDayOwned(text: string, owned: readonly ({ at: number } | undefined)[]): boolean {
  const at = new Set(owned.filter((o) => o !== undefined).map((o) => o.at));
  return at.size > 0 && dayPositions(text).every((p) => at.has(p));
}

/**
 * Records of one activity, one per person, when the words give some person a day of their own (周涛是11月6号 ·
 * 吴静（11月20日） · 周涛11月6日): each takes their own day; a person given none is asked the day rather than given
 * another's (found by the tester, round 10: both talks put on 11-06). Unchanged when no person is given a day.
 */
export function dayPerPerson(reports: ParsedReport[], text: string, ctx: ParseContext, on: ReadingDay): ParsedReport[] {
  if (reports.length < 2 || reports.some((r) => r.draft.counterpartIds.length !== 1)) return reports;
  // 郑华部长是11月23日，我是11月24日 (t48b F2: both talks put on 11-23): the sender talked to, written 我, is keyed by 我.
  // 组联部和康复部的责任书…组联部是15号 康复部是18号 (round 49, fve kind 3: both signings on the 15th): a head named only by
  // their department is keyed by the department as written.
  // Only a department that is one record's alone (财务科全体签订 keys every one of its staff by 财务科: no day of one's own).
  const once = (id: string) => reports.filter((r) => r.draft.departmentId === id).length === 1;
  const names = reports.map((r) => {
    const id = r.draft.counterpartIds[0]!;
    const name = ctx.directory.person(id)?.name;
    if (name !== undefined && id === ctx.senderId && !text.includes(name)) return '我';
    const unit = r.draft.departmentId;
    if (name !== undefined && !text.includes(name) && unit !== undefined && once(unit)) return departmentWritten(text, unit, ctx) ?? name;
    return name;
  });
  return datedByKeys(reports, names, text, on);
}

/**
 * The department `id` as `text` writes it (its name or its longest alias written there: 教就部, 康复中心); undefined when
 * the text writes neither.
 */
export function departmentWritten(text: string, id: string, ctx: ParseContext): string | undefined {
  const d = ctx.directory.org.departments.find((x) => x.id === id);
  if (d === undefined) return undefined;
  return [d.name, ...d.aliases].filter((w) => w.length > 0 && text.includes(w)).sort((a, b) => b.length - a.length)[0];
}

/**
 * `reports` (one per key: a person's name, 我, or a department as written) each on the day the words give its key
 * (周涛是11月6号 · 教就部是3号); a key given none asked its day. Unchanged when no two keys have days of their own.
 */
export function datedByKeys(reports: ParsedReport[], names: (string | undefined)[], text: string, on: ReadingDay): ParsedReport[] {
  const people = names.filter((n): n is string => n !== undefined);
  const before = names.map((name) => (name ? dayBeforeName(text, name, on.today) : undefined));
  const own = before.every((b) => b !== undefined) ? before : names.map((name) => (name ? ownDay(text, name, on.today, people) : undefined));
  // Those given no day of their own take the 其余… day, once someone has one (t44a F3a).
  const rest = own.some((o) => o !== undefined) ? restDay(text, on.today) : undefined;
  const owned = own.map((o, i) => o ?? (names[i] && !ownSpan(text, names[i]!) ? rest : undefined));
  const days = owned.map((o) => o?.date);
  // A span is told apart from every day: 何平是上周，徐辉是今天 gives each their own, 何平's day asked.
  const spans = names.map((name, i) => (name && days[i] === undefined ? ownSpan(text, name) : undefined));
  const distinct = new Set([...days, ...spans.map((s) => (s === undefined ? undefined : `span:${s}`))].filter((d) => d !== undefined)).size;
  const someoneDayless = days.some((d, i) => d === undefined && spans[i] === undefined);
  if (distinct < 2 && !(distinct === 1 && someoneDayless && everyDayOwned(text, owned))) return reports;
  return reports.map((r, i) => {
    const date = days[i];
    const problems = r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date');
    const reasons = [...(r.reasons ?? []), 'items' as const];
    if (date === undefined) {
      const { date: _other, ...draft } = r.draft;
      return { ...r, draft: { ...draft, late: false }, problems: [{ code: 'missing_date' as const }, ...problems], reasons };
    }
    const dayProblems = date > on.today ? [{ code: 'future_date' as const, date }] : [];
    return { ...r, draft: { ...r.draft, date, late: date <= on.today && date < on.quarterStart }, problems: [...dayProblems, ...problems], reasons };
  });
}

/**
 * 和周涛、吴静都谈过了，周涛是11月6号，吴静是11月20号: a talk of no named type, one record for everyone, split into one
 * per person when the words give people days of their own (the type is still asked); unchanged otherwise.
 */
export function untypedDayPerPerson(reports: ParsedReport[], text: string, ctx: ParseContext, on: ReadingDay): ParsedReport[] {
  if (reports.length !== 1 || reports[0]!.draft.counterpartIds.length < 2) return reports;
  const r = reports[0]!;
  const each = r.draft.counterpartIds.map((id) => ({ ...r, draft: { ...r.draft, counterpartIds: [id] }, problems: [...r.problems], remarks: [...r.remarks] }));
  const dated = dayPerPerson(each, text, ctx, on);
  return dated === each ? reports : dated;
}
