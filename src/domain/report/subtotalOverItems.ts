// 一、全年开展廉政教育6次，其中11月份2次：11月10日组织学习《…》，11月24日开展医德医风专题教育。 (round 41, t41a F7/F16: the
// second study put on the first's day with no title, the 24th named as left over): a year's total with 其中 a part's
// count, then that part's dated items, is the part's counted lead (11月份开展廉政教育2次：…), which the counted-deed reader
// gives each item its day and kind; the year's total is context, as a 累计 figure is.

import { isTalkType } from '../activityTypes.js';
import { findKinds } from './parseKind.js';
import { chineseNumber } from './chineseNumber.js';
import { headsAccount } from './accountHeading.js';

/**
 * The lead (what was done, 开展/组织 + the kind), the total and its 次, 其中, the part (11月份 · 第四季度 · 本月) and its count,
 * then a colon: groups 1 the verb, 2 the kind, 3 the part, 4 the part's count.
 */
const SUBTOTAL = /(?<=^|[\n。;]|[一二三四五六七八九十]、|[(（][一二三四五六七八九十][)）]|\d[.、])[^,，:：。\n]{0,10}?(开展|组织|进行)了?([^,，:：。\n\d]{2,10}?)\d{1,3}次\s*[,，]\s*其中\s*([^,，:：。\n]{1,8}?)\s*(\d{1,3})次\s*[:：]/g;

/**
 * `text` with each 「…开展K N次，其中P M次：」 written 「P开展K M次：」 (nothing for one: its item stands alone), so the items
 * after the colon are read as the part's counted deeds; `text` itself when there is none. The items must follow on the
 * same line (a colon, then a dated item).
 */
export function withSubtotalOverItems(text: string): string {
  if (!text.includes('其中')) return text;
  return withSubKindBreakdown(text).replace(SUBTOTAL, (whole, verb: string, kind: string, part: string, count: string, offset: number) => {
    const after = text.slice(offset + whole.length);
    if (!/^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/.test(after)) return whole;
    // One item is the part's one deed: its own words type it, the lead only heads it (1次 as a lead asked a second one).
    return count === '1' ? '' : `${part}${verb}${kind}${count}次:`;
  });
}

// 孙丽「11月开展廉政教育3次，其中集中学习2次（11月11日、11月16日），观看警示片1次（11月30日《蛀虫》）」 (round 42, t41a F16: the
// lead an undated 廉政教育 asking its day, the two 集中学习 untyped): a counted lead whose 其中 breakdown counts sub-kinds, each
// with its days (and title) in brackets, is the same counted list with each day its own item: 11月开展廉政教育3次:11月11日
// 集中学习,11月16日集中学习,11月30日观看警示片《蛀虫》 — the counted-deed reader then gives an item of no kind the lead's and
// keeps an item's own kind (警示片: 警示教育, said on the card). The lead is no record of its own.

/**
 * The lead: words before it, 开展/组织/进行, the kind, maybe 共, the count, a comma (or a voice space), 其中 (perhaps a colon).
 * Groups: before, verb, kind, count. It may follow an account's title and its colon or space (11月份纪检工作小结：本月共开展…,
 * round 68, ghb; t70b: the lead before the title's colon was not read, and the total became a fourth check asked its day).
 */
const SUBKIND_LEAD =
  /(?<=^|[\n。;；]|(?<![日号])[:：]|(?<=次|结|况|作) |[一二三四五六七八九十]、|[(（][一二三四五六七八九十][)）]|\d[.、])([^,，:：;；。\n]{0,12}?)(开展|组织|进行)了?((?:共|累计)?[^,，:：;；。\n\d\s]{2,10}?)(?:共计|共|计)?\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*次(?:\s*[,，]\s*|\s+)其中\s*[:：]?\s*/g;

/** One sub-kind item: its words, its count, its days (and title) in brackets. Groups: words, count, bracket. */
const SUBKIND_ITEM = /^([^,，:：;；。()（）\d《》]{2,14}?)\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*次\s*[(（]([^()（）]+)[)）]/;

/**
 * A day inside an item's brackets: 11月11日 · 16日 · 11.16 · 上周四 · 前天 (round 68, ghb: 「上班纪律检查2次（11月5日、上周四），公车
 * 使用情况检查1次（前天）」 kept 11月5日 alone, the other two checks only counted on the card).
 */
const BRACKET_DAY = /^\s*((?:\d{1,2}月)?\d{1,2}[日号]|\d{1,2}[.．/]\d{1,2}(?![\d.．/])|(?:上上|上|本|这)?(?:周|星期)[一二三四五六日天]|[今昨前]天)/;

const countOf = (written: string): number => (/^\d+$/.test(written) ? Number(written) : chineseNumber(written) ?? 0);

/** One lead read with its sub-kind items: where it stands in the text, and what the items spell. */
interface SubKindBreakdown {
  index: number;
  length: number;
  before: string;
  verb: string;
  kind: string;
  /** The lead's own count. */
  said: number;
  /** One per day written: the day then the item's words (and what followed the day in the brackets, a title). */
  items: string[];
  /** Items whose count is not the number of days in their brackets: 「集中学习3次」 with its days' number. */
  uneven: { item: string; days: number }[];
  /** The breakdown opens with its days (其中11月11日、11月16日集中学习，…): kept as written, after the lead's colon. */
  dayFirst?: true;
  /** The days of a breakdown by day parted by ；, each item opening with its day (round 63, gch; t66a F3). */
  listed?: string[];
}

/** A breakdown opening with its day: 11月11日 · 11.11 · 11日. */
const DAY_FIRST = /^\s*(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}[.．/]\d{1,2}(?![\d.．/])|\d{1,2}[日号])/;
/** Each day of a breakdown by day. */
const DAY_TOKEN = /\d{1,2}月\d{1,2}[日号]|\d{1,2}[.．/]\d{1,2}(?![\d.．/])|(?<![月\d.．/])\d{1,2}[日号]/g;

/** The counted leads of `text` over sub-kind items with bracketed days (at least one item; talk leads are another reader's). */
function subKindBreakdowns(text: string): SubKindBreakdown[] {
  if (!text.includes('其中')) return [];
  const found: SubKindBreakdown[] = [];
  SUBKIND_LEAD.lastIndex = 0;
  for (let lead = SUBKIND_LEAD.exec(text); lead; lead = SUBKIND_LEAD.exec(text)) {
    const [, before, verb, kind, count] = lead;
    const codes = findKinds(kind!).map((k) => k.code);
    if (codes.length === 0 || codes.some((c) => isTalkType(c))) continue;
    let at = lead.index + lead[0].length;
    const items: string[] = [];
    const uneven: { item: string; days: number }[] = [];
    let month: string | undefined;
    for (let item = SUBKIND_ITEM.exec(text.slice(at)); item; item = SUBKIND_ITEM.exec(text.slice(at))) {
      const words = item[1]!.trim();
      const parts = item[3]!.split(/[、,，]/);
      const days: string[] = [];
      for (const part of parts) {
        const day = BRACKET_DAY.exec(part);
        if (!day) {
          // 11月30日，《蛀虫》: what follows a day with no day of its own goes with it.
          if (days.length === 0) break;
          days[days.length - 1] += part.trim();
          continue;
        }
        const own = /^(\d{1,2})月|^(\d{1,2})[.．/]/.exec(day[1]!);
        if (own) month = own[1] ?? own[2];
        const written = /^\d{1,2}[日号]$/.test(day[1]!) && month ? `${month}月${day[1]!.replace('号', '日')}` : day[1]!;
        days.push(`${written}\u0002${part.slice(day[0].length).trim()}`);
      }
      if (days.length === 0) break;
      if (countOf(item[2]!) !== days.length) uneven.push({ item: `${words}${item[2]}次`, days: days.length });
      items.push(...days.map((d) => { const [day, after] = d.split('\u0002'); return `${day}${words}${after}`; }));
      at += item[0].length;
      // 、 · ， · ； between the items, or only a space (voice input: …（11月5日、11月19日） 公车使用情况检查1次…).
      const sep = /^\s*[,，、;；]\s*|^\s+/.exec(text.slice(at));
      if (!sep || !SUBKIND_ITEM.test(text.slice(at + sep[0].length))) break;
      at += sep[0].length;
    }
    if (items.length === 0) {
      // 11月开展廉政教育3次，其中11月11日、11月16日集中学习，11月28日观看警示片《蛀虫》: the breakdown by day, each day one deed
      // (a day list shares its deed), the sentence's days counted.
      const sentence = /^[^。;；\n]*/.exec(text.slice(at))![0];
      if (!DAY_FIRST.test(sentence)) continue;
      const days = sentence.replace(/《[^》]*》/g, '').match(DAY_TOKEN)?.length ?? 0;
      if (days === 0) continue;
      // 其中：12月1日…；12月3日…；12月4日… (round 63, gch; t66a F3: 「写明日期的有1次」 said of three days written): the days
      // of every ；-parted item that opens with its day are the ones the card names; the lead's rewrite is left as it was.
      const listed: string[] = [];
      for (const part of text.slice(at).split(/[;；]/)) {
        const head = /^[^。\n]*/.exec(part)![0];
        if (!DAY_FIRST.test(head)) break;
        listed.push(...(head.replace(/《[^》]*》/g, '').match(DAY_TOKEN) ?? []));
        if (head.length < part.length) break;
      }
      found.push({ index: lead.index, length: at - lead.index, before: before!, verb: verb!, kind: kind!, said: countOf(count!), items: Array.from({ length: days }, () => ''), uneven: [], dayFirst: true, ...(listed.length > 1 ? { listed } : {}) });
      continue;
    }
    found.push({ index: lead.index, length: at - lead.index, before: before!, verb: verb!, kind: kind!, said: countOf(count!), items, uneven });
  }
  return found;
}

/**
 * `text` with each counted lead over sub-kind items with bracketed days (…开展廉政教育3次，其中集中学习2次（D1、D2），观看警示片1次（D3
 * 《T》）) written as a counted list of the days spelled (…开展廉政教育3次:D1集中学习,D2集中学习,D3观看警示片《T》); the count written
 * is the days', so none is asked for beyond them (a lead that does not add up is said on the card: subKindCountsApart).
 * `text` itself when there is none.
 */
export function withSubKindBreakdown(text: string): string {
  const leads = subKindBreakdowns(text);
  let out = text;
  for (const b of [...leads].reverse()) {
    // 全年开展廉政教育6次，其中… (a year's total): the span is context, the breakdown's days are what the count is read over.
    const before = b.before.replace(/今年以来|年初以来|全年|累计|截至目前|截止目前/g, '');
    const written = b.dayFirst ? `${before}${b.verb}${b.kind}${b.items.length}次:` : `${before}${b.verb}${b.kind}${b.items.length}次:${b.items.join(',')}`;
    out = titledBySpace(out.slice(0, b.index)) + written + out.slice(b.index + b.length);
  }
  return out;
}

/**
 * What the card says of a sub-kind breakdown that does not add up (round 42): the lead's count beside the days written
 * (消息说共5次廉政教育，「其中」写明日期的有3次，按写明的3次记录，请核对), and an item whose count is not its days' number
 * (「集中学习3次」只写了2个日期，按2次记录). Empty when all add up.
 */
export function subKindCountsApart(text: string): string[] {
  return subKindBreakdowns(text).flatMap((b) => [
    // Items of their own kinds, each read by its own words (a check stays a check): the note names the days written, true.
    ...(b.listed && b.said !== b.listed.length ? [`消息说共${b.said}次${b.kind.replace(/^(?:共|累计)/, '')}，「其中」列出的是${b.listed.join('、')}的事项，各项按自己写的类型记录，请核对`] : []),
    ...(!b.listed && b.said !== b.items.length ? [`消息说共${b.said}次${b.kind.replace(/^(?:共|累计)/, '')}，「其中」写明日期的有${b.items.length}次，按写明的${b.items.length}次记录，请核对`] : []),
    ...b.uneven.map((u) => `「${u.item}」写了${u.days}个日期，按${u.days}次记录，请核对`),
  ]);
}

/**
 * What stands before a lead, with an account's title parted from it by a voice space given its colon (「11月份纪检工作小结 本月共
 * 开展…」, round 68, ghb): the title then dates the account, as with a colon, and is no note of every item.
 */
function titledBySpace(before: string): string {
  const title = /(^|\n)([^\n]{2,24}?)\s+$/.exec(before);
  return title && headsAccount(title[2]!) ? `${before.slice(0, title.index)}${title[1]}${title[2]}:` : before;
}
