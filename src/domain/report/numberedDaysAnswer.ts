// 「1、2是11月12日，3是11月20日，警示教育11月26日」 · 「第一个12号 其他的20号」 to the one question listing every dateless item
// of a summary (round 69, gic; t71c: 王芳's 11月份小结 was asked its days one by one, five questions): each part of the answer
// names the items it dates — by their number on the list, by their kind, or as 其他/其余 (the ones not named yet) — and one day.
import { arabicizeNumerals } from './parseNumerals.js';
import { normalizeText } from './parseNormalize.js';
import { parseDay } from './parseDay.js';

/** One item of the listed question: its number on the list (第N条) and the names of its kind, the full one first (警示教育, 警示). */
export interface ListedItem {
  number: number;
  kinds: readonly string[];
}

/** A day as the answers write it: 11月26日 · 26号 · 11.26 · 上周三 · 前天 · 昨天. */
const DAY = /(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号號]|\d{1,2}[.．]\d{1,2}(?!\d)|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|大?前天|昨天|今天/;
/** What parts an answer: ，；。 and line breaks, and a voice space before a reference (第一个12号 其他的20号). */
const PARTS = /[,;。\n]+|\s+(?=第|其[他余餘]|剩|别的|別的|[一二三四五六七八九]\s*[、和及是為为]|\d{1,2}\s*[、和及,-]|\d{1,2}\s*(?:是|为|在))/;
/** 其他的 · 其余 · 剩下的 · 别的: the listed items no other part named. */
const REST = /其[他余餘]|剩下|剩余|別的|别的/;
/** Ordinals as numbers: 第1个 → 1, 第3条 → 3 (the Chinese numerals are digits by then: CHINESE_DIGITS). */
const ORDINAL = /第\s*(\d{1,2})\s*(?:个|個|条|條|项|項|次)?/g;
/** 一 … 十 as the references write them (第一个 · 一、二是…): arabicizeNumerals leaves a lone numeral before 个 or 、 as it is. */
const CHINESE_DIGITS: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };
/** Words between the references and the day: 是 · 为 · 在 · 都是 · 那次 · 的. */
const FILLER = /都是|均为|都在|那次|这次|那个|这个|都|均|是|為|为|在|的|条|條|项|項|个|個/g;

/**
 * The days `answer` gives the `listed` items, as a map from an item's number to its date (YYYY-MM-DD), or undefined when the
 * answer holds no part naming items (a bare day or a list of days is the older readers'). `today` is YYYY-MM-DD; `month`
 * ('YYYY-MM', the month the message said) spells a bare 12号 as that month's. A part that names nothing listed, or an item
 * dated twice, gives undefined too: the question is asked again, nothing guessed. Items no part names are left out of the map.
 */
export function numberedDaysAnswer(answer: string, listed: readonly ListedItem[], today: string, month?: string): Map<number, string> | undefined {
  const text = arabicizeNumerals(normalizeText(answer)).replace(/(\d{1,2})\s*月\s*(\d{1,2})\s*([日号])/g, '$1月$2$3').trim();
  const parts = text.split(PARTS).map((p) => p.trim()).filter((p) => p !== '');
  const dated = new Map<number, string>();
  let rest: string | undefined;
  let named = 0;
  for (const part of parts) {
    const day = DAY.exec(part);
    if (day === null) return undefined;
    const words = (part.slice(0, day.index) + ' ' + part.slice(day.index + day[0].length)).trim();
    const date = dateOf(day[0], today, month);
    if (date === undefined) return undefined;
    if (REST.test(words)) {
      if (rest !== undefined) return undefined;
      rest = date;
      named++;
      continue;
    }
    const numbers = referredNumbers(words, listed);
    // A day with no reference beside parts that have one (12号 其他的20号) is no one's: asked again.
    if (numbers === undefined || numbers.length === 0) return undefined;
    named++;
    for (const n of numbers) {
      if (dated.has(n)) return undefined;
      dated.set(n, date);
    }
  }
  if (named === 0) return undefined;
  if (rest !== undefined) for (const item of listed) if (!dated.has(item.number)) dated.set(item.number, rest);
  return dated;
}

/** The date `day` names, a bare 12号 in `month` when one was said; undefined when none. */
function dateOf(day: string, today: string, month: string | undefined): string | undefined {
  const spelled = month !== undefined && /^\d{1,2}\s*[日号號]$/.test(day) ? `${Number(month.slice(5, 7))}月${day}` : day.replace(/^(\d{1,2})[.．](\d{1,2})$/, '$1月$2日');
  return parseDay(spelled, today).date;
}

/**
 * The numbers of the listed items `words` (a part of the answer, its day taken out) refers to: numbers (1、2 · 1和2 · 1-3 ·
 * 第一个), or a kind's name naming every listed item of that kind. [] when `words` is empty (a day alone among parts: no
 * reference); undefined when it refers to something not listed or to nothing read.
 */
function referredNumbers(words: string, listed: readonly ListedItem[]): number[] | undefined {
  const plain = words.replace(/[一二两三四五六七八九十]/g, (d) => CHINESE_DIGITS[d]!).replace(ORDINAL, '$1').replace(/\s+/g, '');
  if (plain === '') return [];
  // A kind's full name first (廉政谈话 is not 廉政教育's 廉政); a short name only when it names one kind of those listed.
  const full = listed.filter((i) => i.kinds[0] !== undefined && plain.includes(i.kinds[0]));
  const short = listed.filter((i) => i.kinds.slice(1).some((k) => plain.includes(k)));
  const byKind = full.length > 0 ? full : new Set(short.map((i) => i.kinds[0])).size === 1 ? short : [];
  if (byKind.length > 0) return byKind.map((i) => i.number);
  const numbers = plain.replace(FILLER, '');
  const range = /^(\d{1,2})[-~至到](\d{1,2})$/.exec(numbers);
  const said = range ? span(Number(range[1]), Number(range[2])) : /^\d{1,2}(?:[、和及,]\d{1,2})*$/.test(numbers) ? numbers.split(/[、和及,]/).map(Number) : undefined;
  if (said === undefined || said.some((n) => !listed.some((i) => i.number === n))) return undefined;
  return said;
}

/** The numbers from `from` to `to`, both in. */
function span(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}
