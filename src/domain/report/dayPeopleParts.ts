// 「11月10日和王强，11月17日和李娟」 to 「是哪一天进行的？」 of a talk that names no one (round 36 F13: 【已记录 2 项】, both
// on 11-10 — the first day read, then the people read again for whom and given that day): an answer that pairs days with
// people gives each person their own day, whichever way round it is written (D1和A，D2和B · D1与A、D2与B · A是D1，B是D2 ·
// D1 A；D2 B · D1和D2分别和A、B).
import type { ParseContext } from './draft.js';
import { parseCounterparts } from './parseCounterparts.js';
import { parseDay } from './parseDay.js';
import { parseDayList } from './parseDayList.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { normalizeText } from './parseNormalize.js';
import { shanghaiDate } from '../shanghai.js';
import { withShortDayListsSpelled } from './shortDayList.js';

/** One day of an answer and the people said with it (directory ids, in the order named). */
export interface DayPeople {
  date: string;
  ids: string[];
}

/** A part that names people and then its day (李明是18号 · 李明11.18谈的), not a day and then people (18号和李明). */
const DAY_LAST =
  /^[^\d\s]*[\u4e00-\u9fa5][^\d\s]*?(?:是|在|于|为)?\s*(?:\d{1,2}[月.．/])?\d{1,2}\s*(?:日|号)?(?:上午|下午|晚上)?(?:谈的|签的|进行的|那天|的)?$/;

/** What may stand around the people of a part besides the day: 和/与/跟/同/找 before them, 是/在/于 or 谈的/签的 after. */
const LINK =
  /^[\s\u0000]*(?:是|就是)?[\s\u0000]*(?:分别)?(?:和|与|跟|同|找了?的?)?|(?:[\s\u0000]*(?:分别|各)?(?:是|在|于|为))?[\s\u0000]*(?:进行的|谈的|谈了|谈过|签的|签了|那次|那个|的)?[\s\u0000]*$/g;

/** 10日/10号 · 11.10 · 昨天 …: whether a chunk names a day at all (parseDay finds one); `many` when it names several. */
export function dayOf(chunk: string, today: string): { date?: string; rest: string; many: boolean } {
  const day = parseDay(chunk, today);
  return { ...(day.date !== undefined ? { date: day.date } : {}), rest: day.rest, many: parseDayList(chunk, today).length > 1 };
}

/**
 * The directory ids `words` name (和/与/是/谈的… around them dropped), every word a person: [] for nothing but those
 * words, undefined when a word is no one or several fit one. 我/本人 is `ctx.senderId`.
 */
export function peopleOf(words: string, ctx: ParseContext): string[] | undefined {
  const bare = words.replace(LINK, '').trim();
  if (bare === '') return [];
  // 「郑华部长是11月23日，我是11月24日」 (t48b F2: both talks put on 11-23, 11-24 unused): the sender, talked to, says 我.
  if (/^(?:我|我本人|本人)$/.test(bare)) return [ctx.senderId];
  const found = parseCounterparts(bare, ctx);
  if (found.counterparts.length === 0 || found.problems.length > 0) return undefined;
  return [...new Set(found.counterparts.map((c) => c.id))];
}

/**
 * The days of `answer` each with the people said beside it, in the order written: two days or more, every day with one
 * person or more, no person on two days. Chunks are split at ，；。、 and new lines; a chunk naming no day belongs to the
 * day before it (D1和A、B，D2和C) or, when the answer opens with people, to the day after (A、B是D1，C是D2). One chunk with
 * as many days as people and 分别 (11月10日、17日分别和王强、李娟) pairs them in order. Undefined for anything else (one
 * day, a part with no one, two days in one part, a name that is no one): the answer is then read the ordinary way.
 */
export function dayPeopleParts(answer: string, ctx: ParseContext): DayPeople[] | undefined {
  const today = shanghaiDate(ctx.now);
  // 嗯 王建国 刘芳是24号谈的 陈志强 赵敏是26号谈的 (round 58, fdb): a spoken 嗯/对/是这样 before the answer is no person.
  const text = arabicizeNumerals(normalizeText(answer)).replace(/^[\s\u0000]*(?:嗯+|对|对的|是的|好的|哦|噢)[,，。\s\u0000]+/, '');
  const spread = respectively(text, ctx, today);
  if (spread) return spread;
  const split = (at: RegExp) => text.split(at).map((c) => c.trim()).filter((c) => c !== '');
  // 李明是20号 孙丽是27号 (round 51 fzb, t53b F6: voice input, both talks stored on 11-20): spaces part the answer when
  // its marks do not.
  // 王建国和刘芳是12月1日，陈志强、赵敏是12月3号 (round 58, fdb; t60a F5: 陈志强 put on 12-01): a comma parts more than a
  // 、 does, so when every comma-part names one day, the people 、-joined inside a part are that day's group.
  const strong = split(/[,，;；。\n]+/);
  const byComma = strong.length >= 2 && strong.every((c) => dayOf(c, today).date !== undefined && !dayOf(c, today).many);
  const marked = byComma ? strong : split(/[,，;；。、\n]+/);
  const chunks = marked.length < 2 ? split(/[,，;；。、\n\s]+/) : marked;
  if (chunks.length < 2) return undefined;
  const read = chunks.map((c) => ({ chunk: c, ...dayOf(c, today) }));
  if (read.some((r) => r.many)) return undefined;
  // 李明是11.18 孙丽 王强是11.25 (round 60, fba, t62b F1: 孙丽 put on 11-18): when the first part says its people before
  // its day (X是D), people with no day belong to the day after them, as when the answer opens with people.
  const peopleFirst = read[0]!.date === undefined || DAY_LAST.test(read[0]!.chunk);
  const parts: { date: string; words: string[] }[] = [];
  let held: string[] = [];
  for (const r of read) {
    if (r.date === undefined) {
      if (peopleFirst) held.push(r.chunk);
      else if (parts.length > 0) parts[parts.length - 1]!.words.push(r.chunk);
      else return undefined;
      continue;
    }
    parts.push({ date: r.date, words: peopleFirst ? [...held, r.rest] : [r.rest] });
    held = [];
  }
  // People left after the last day of an answer that opens with people: no day of theirs.
  if (held.length > 0 || parts.length < 2) return undefined;
  const out: DayPeople[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const ids: string[] = [];
    for (const words of part.words) {
      const found = peopleOf(words, ctx);
      if (found === undefined) return undefined;
      ids.push(...found);
    }
    if (ids.length === 0 || ids.some((id) => seen.has(id))) return undefined;
    ids.forEach((id) => seen.add(id));
    out.push({ date: part.date, ids });
  }
  return out;
}

/** 11月10日、17日分别和王强、李娟 · 10号和17号，分别是王强和李娟: as many days as people, paired in order by 分别. */
function respectively(text: string, ctx: ParseContext, today: string): DayPeople[] | undefined {
  const at = text.indexOf('分别');
  if (at <= 0) return undefined;
  const days = parseDayList(withShortDayListsSpelled(text.slice(0, at)), today);
  if (days.length < 2) return undefined;
  const people = peopleOf(text.slice(at + 2).replace(/[,，;；。\s]+$/, ''), ctx);
  if (people === undefined || people.length !== days.length) return undefined;
  return days.map((date, i) => ({ date, ids: [people[i]!] }));
}

/** Day words of an answer: two of them (李明那次20号吧 孙丽记不清了 27号左右, the second paired with no one) are no one part. */
const DAY_WORD = /\d{1,2}\s*[号日]|\d{1,2}[.．]\d{1,2}(?!\d)|周[一二三四五六日天]|星期[一二三四五六日天]|[昨前今明]天/g;

/**
 * 王建国和刘芳是11月24日谈的 · 和王建国、刘芳是24号 · 王建国 刘芳 上周二 (round 59, fcf: to the day of three talks, read as
 * 王建国's new report and all three dropped): one day and the people said with it, the whole answer one part. Undefined
 * when the answer names no day, more than one day, nobody, or a word that is no one; the caller decides whether the
 * people are some of those waiting (then only they take the day, the rest are asked again).
 */
export function dayPeopleOnePart(answer: string, ctx: ParseContext): DayPeople | undefined {
  const today = shanghaiDate(ctx.now);
  const text = arabicizeNumerals(normalizeText(answer)).replace(/^[\s\u0000]*(?:嗯+|对|对的|是的|好的|哦|噢)[,，。\s\u0000]+/, '').replace(/[。.!！\s]+$/, '');
  if (/[,，;；。\n]/.test(text)) return undefined;
  const read = dayOf(text, today);
  if (read.date === undefined || read.many || (text.match(DAY_WORD) ?? []).length > 1) return undefined;
  // The day's words out, the people's joins (、 · 和 · spaces) are parseCounterparts' to read.
  const ids = peopleOf(read.rest.replace(/\s+/g, '、').replace(/^、+|、+$/g, ''), ctx);
  return ids === undefined || ids.length === 0 ? undefined : { date: read.date, ids };
}
