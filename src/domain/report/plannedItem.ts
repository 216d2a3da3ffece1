// 「第三条是计划，还没做」「那个是计划」「明天那个还没去」 while a report waits for an answer: one of its items is a plan,
// to be left out (round 14: the answer went to the query engine and the same question came back).
import type { PendingItem } from './followUp.js';
import { messageEntryItems } from './messageEntryItems.js';
import { parseDay } from './parseDay.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { findKinds } from './parseKind.js';

/** Words saying it is not done yet: 是计划 · 还没做 · 还没去 · 不用记 · 先不记 (不记得了 is forgetting, round 27d: read as a plan, the report dropped). */
const NOT_DONE = /计划|打算|还没(?:有)?(?:做|去|开|谈|搞|办|进行|开展|组织|查|签)?|尚未|暂未|没做呢|没去呢|不用记|不要记|别记|先不记|不记(?![得清住])了?|还没到/;
const NOT_DONE_ALL = new RegExp(NOT_DONE.source, 'g');
/** 12月的 · 下个月 · 年底: when the plan is for, no report of its own. */
const PLANNED_FOR = /\d{1,2}月(?:份|中旬|上旬|下旬|底|初)?|下(?:个)?月|本月|年底|年内|下周/g;
/** Words of a question. */
const QUESTION = /哪|什么|啥|谁|几|多少|吗|么|[?？]/;
/** The item pointed at: 第三条 · 第3项 · 最后一条. */
const ORDINAL = /第\s*([一二三四五六七八九十]{1,2}|\d{1,2})\s*(?:条|项|个|行|件|点)/;
const DIGITS = '一二三四五六七八九';

/** 3 · 三 · 十二 as a number. */
function ordinalNumber(said: string): number {
  if (/^\d+$/.test(said)) return Number(said);
  const [tens, ones] = said.includes('十') ? said.split('十') : ['', said];
  return (said.includes('十') ? (tens ? DIGITS.indexOf(tens) + 1 : 1) * 10 : 0) + (ones ? DIGITS.indexOf(ones) + 1 : 0);
}
const LAST = /最后(?:一|那)?(?:条|项|个|行|件)/;
/** What a plan answer may say beyond pointing and saying so (that 那个, 这条, commas): nothing of a report. */
const FILLER = /那个|这个|那条|这条|那项|这项|那一?件|这一?件|的|是|都|就|呢|啊|哦|吧|了|，|,|。|\s/g;

/** A short answer saying something is not done yet (是计划, 还没做, 不用记), and no question (「哪些还没做」). */
export function saysPlan(answer: string): boolean {
  const text = arabicizeNumerals(normalizeText(answer)).trim();
  return text.length <= 30 && NOT_DONE.test(text) && !QUESTION.test(text);
}

/**
 * Index (in `items`) of the item `answer` says is a plan, or null when the answer says no such thing. 「第N条」 counts
 * the message's items in order; a day (明天那个, 12月2日那条) points at the item of that day; otherwise the item the
 * question is about. A message that says more than that (a report of its own) is no such answer. `byEntry` (a question
 * waits, not a 确认 card): 第N条 is read by messageEntryItems, the first item of the message's entry N.
 */
export function plannedItemSaid(answer: string, items: readonly PendingItem[], today: string, byEntry = false): number | null {
  if (!saysPlan(answer)) return null;
  const text = arabicizeNumerals(normalizeText(answer)).trim();
  const ordinal = ORDINAL.exec(text);
  if (ordinal) {
    const n = ordinalNumber(ordinal[1]!);
    // While a question waits, 第N条 is the message's own item N (round 31f X4); on a 确认 card, the card's numbering.
    if (byEntry) return messageEntryItems(items, n)[0] ?? null;
    return n >= 1 && n <= items.length ? n - 1 : null;
  }
  if (LAST.test(text)) return items.length - 1;
  const day = parseDay(text, today);
  if (day.date !== undefined) {
    const at = items.findIndex((i) => i.draft.date === day.date);
    if (at >= 0) return at;
  }
  // No pointer: the words left, once the pointer and the plan words are gone, must be nothing of a report.
  const asked = items.findIndex((i) => i.problems.length > 0);
  const said = (day.text ? text.replace(day.text, '') : text).replace(NOT_DONE_ALL, '');
  // 调研报告是12月的计划，还没做 (t30f §1.6: read as a completion query): the asked item's own kind, and the month it is
  // planned for, point at it too.
  // Only when every kind named is the asked item's: 调研报告是计划，廉政教育…已经开展了 tells another deed.
  const kinds = asked >= 0 ? findKinds(said) : [];
  const own = kinds.length > 0 && kinds.every((k) => k.code === items[asked]!.draft.type);
  const named = own ? kinds.reduceRight((t, k) => t.slice(0, k.start) + t.slice(k.end), said) : said;
  const left = named.replace(PLANNED_FOR, '').replace(FILLER, '');
  if (left.length > 4) return null;
  return asked >= 0 ? asked : null;
}

/** The answer points at an item by its number (第三条 · 第2项), not by a day or as the item asked about. */
export function pointsByNumber(answer: string): boolean {
  return ORDINAL.test(arabicizeNumerals(normalizeText(answer)));
}
