// 「1-3条活动人改成李明」 on a 确认 card of four (t46b F5, round 44: 「这条消息没有记录…」, the member sent three edits): a
// range or list of the card's items (第1-3条 · 1-3条 · 第1至3条 · 第1、2、3条 · 第一、二、三条 · 第1条和第3条 · 前三条 · 后两条),
// or every item (都 · 全部 · 所有 · 三条都 · 每条), before a change meant for each of them.
import { chineseNumber } from './chineseNumber.js';

/** A selector of several items and the change said after it. */
export interface ItemRange {
  /** The items named, 1-based as the card (or, while a question waits, the message's entries) numbers them. */
  numbers: number[];
  /** The change, said for each of them (活动人改成李明). */
  change: string;
}

const N = '(?:[1-9]\\d?|[一二两三四五六七八九十])';
/** 修改 · 把 · 将 before the selector, as 「把1-3条的活动人改成李明」. */
const LEAD = /^(?:(?:修改|更正|改一下)[,:;\s]*)?(?:把|将)?/;
/** 第1-3条 · 1～3条 · 第1至3条 · 第一到三条: a span. */
const SPAN = new RegExp(`^第?(${N})条?\\s*(?:-|－|—|–|~|～|至|到)\\s*第?(${N})条(?:记录)?`);
/** 第1、2、3条 · 1,2,3条 · 第1、第3条 · 第1条和第3条 · 1和3条: a list. */
const LIST = new RegExp(`^第?(${N})条?(?:\\s*(?:、|,|，|和|与|及|跟)\\s*第?${N}条?)+条?(?:记录)?`);
/** 前三条 · 前2条 · 后两条: the first or last so many. */
const EDGE = new RegExp(`^(前|后)(${N})(?:条|项)(?:记录)?`);
/** 都 · 全部 · 所有的 · 三条都 · 这几条都 · 每条 · 全都: every item (a number said must be the card's). */
const EVERY = new RegExp(`^(?:(?:这|那)?(${N}|几)(?:条|项)(?:记录)?(?:全|全部)?都|全部(?:记录)?(?:的)?都?|全都|每(?:一)?条(?:的)?都?|所有(?:的)?(?:记录)?(?:的)?都?|都)`);
/** The field then 都 (活动人都改成李明 · 日期都是11月20日): every item, the field kept. */
const FIELD_EVERY = /^((?:谈话)?(?:活动人|对象|谈话人|日期|时间|类型|人数|参加人数))(?:全|全部)?都(?=改|是|应|换|为)/;

const num = (s: string): number => chineseNumber(s) ?? Number(s);

/**
 * The items a leading range, list or 都 names in `text` (normalised) and the change after it, of a card of `count`
 * items; undefined when the text names one item or none that way (第2条… is the one-item readers'), or names an item
 * beyond the card. A field said before 都 stays in the change (活动人都改成李明 → 活动人改成李明).
 */
export function itemRange(text: string, count: number): ItemRange | undefined {
  const t = text.replace(LEAD, '');
  const tail = (at: number) => t.slice(at).replace(/^[,:;\s]*(?:的)?(?:都|全都|全部|均)?[,:;\s]*/, '');
  let numbers: number[] | undefined;
  let at = 0;
  const span = SPAN.exec(t);
  const list = span ? null : LIST.exec(t);
  const edge = span || list ? null : EDGE.exec(t);
  if (span) {
    const [from, to] = [num(span[1]!), num(span[2]!)];
    if (from >= to) return undefined;
    numbers = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    at = span[0].length;
  } else if (list) {
    numbers = [...list[0].matchAll(new RegExp(N, 'g'))].map((m) => num(m[0]));
    at = list[0].length;
  } else if (edge) {
    const n = num(edge[2]!);
    if (n < 2 || n > count) return undefined;
    numbers = edge[1] === '前' ? Array.from({ length: n }, (_, i) => i + 1) : Array.from({ length: n }, (_, i) => count - n + i + 1);
    at = edge[0].length;
  } else {
    const every = EVERY.exec(t);
    const field = every ? null : FIELD_EVERY.exec(t);
    if (!every && !field) return undefined;
    if (every?.[1] !== undefined && every[1] !== '几' && num(every[1]) !== count) return undefined;
    numbers = Array.from({ length: count }, (_, i) => i + 1);
    if (field) return count < 2 ? undefined : { numbers, change: field[1]! + t.slice(field[0].length) };
    at = every![0].length;
  }
  if (numbers.length < 2 || new Set(numbers).size !== numbers.length || numbers.some((n) => n < 1 || n > count)) return undefined;
  const change = tail(at);
  return change === '' ? undefined : { numbers, change };
}
