// 「5到12条删掉不要了，只记1到4条和警示教育」 while a question waits on a many-item summary (round 69, gil; t72b F1: keptItemOnly
// read 「1到4条和警示教育」 as one record named, the 警示教育, and took off items 1–4 with 5–12: 张伟's four talks lost). A keep-list
// of card numbers (a range, 前N条, 第N条) and named records keeps exactly those; the numbers the member drops beside it must
// not be among them. Everything else said leaves nothing to guess.
import { cardItemChoice } from './cardItemChoice.js';
import { normalizeText } from './parseNormalize.js';
import { recordsNamed } from './recordsNamed.js';
import type { ReportDraft } from './draft.js';

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const N = '(?:[1-9]\\d?|[一二两三四五六七八九十])';
/** 只记 · 只保留 · 只要 · 就记 · 只留: the keep-list's verb. */
const KEEP = new RegExp(`^(?:那|那就|就)?(?:只|就|光|仅)(?:记|要|留|保留|记录|登记|报|确认)(?:下|上)?(.+?)(?:就行|就好|就可以|就够了?|即可|吧|了|啦)*$`);
/** 第1到4条 · 1-4条 · 1至4 · 前4条 · 前面四条 · 第1条: one part of the list, by number. */
const RANGE = new RegExp(`^第?(${N})(?:条|项)?(?:-|－|—|~|～|到|至)第?(${N})(?:条|项)?$`);
const FIRST = new RegExp(`^前(?:面的?)?(${N})(?:条|项|个)$`);
const ONE = new RegExp(`^第(${N})(?:条|项)$`);
const toNumber = (s: string): number => CN[s] ?? Number(s);

/** The card numbers (1-based) one part of the list names, or undefined when it names none by number. */
function numbersOf(part: string): number[] | undefined {
  const range = RANGE.exec(part);
  if (range) {
    const [from, to] = [toNumber(range[1]!), toNumber(range[2]!)];
    return to >= from && to - from < 30 ? Array.from({ length: to - from + 1 }, (_, k) => from + k) : undefined;
  }
  const first = FIRST.exec(part);
  if (first) return Array.from({ length: toNumber(first[1]!) }, (_, k) => k + 1);
  const one = ONE.exec(part);
  return one ? [toNumber(one[1]!)] : undefined;
}

/**
 * The item indexes (0-based, in `items` order) a reply keeps when it says a keep-list with at least one card number in it
 * (只记1到4条和警示教育 · 只保留前4条 · 5到12条删掉，只记第1到4条), or undefined when it is no such reply. `itemsOf(n)` gives the
 * indexes card number n (1-based) points at (messageEntryItems). Each number must point at an item and each named part at
 * exactly one (recordsNamed); every other clause must drop numbered items (cardItemChoice) none of which is kept. An empty
 * or all-item keep is undefined (nothing would leave, or everything: the caller asks on). `listed`: how many items the
 * question listed (后面8条 of those), the whole card by default.
 */
export function numberedKeepList(
  text: string,
  items: readonly { draft: ReportDraft }[],
  itemsOf: (n: number) => number[],
  nameOf: (id: string) => string | undefined,
  today: string,
  listed: number = items.length,
): number[] | undefined {
  if (items.length < 2) return undefined;
  const clauses = normalizeText(text).trim().replace(/\s+(?=[只就仅光])/g, '，').split(/[，,。;；!！~～]+/).map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
  const keeps = clauses.map((c) => KEEP.exec(c)).filter((m): m is RegExpExecArray => m !== null);
  if (keeps.length !== 1) return undefined;
  const kept = new Set<number>();
  let byNumber = false;
  for (const part of keeps[0]![1]!.split(/和|、|及|与|以及|还有|跟/).filter((p) => p !== '')) {
    const numbers = numbersOf(part);
    if (numbers) {
      byNumber = true;
      for (const n of numbers) {
        const at = itemsOf(n);
        if (at.length === 0) return undefined;
        at.forEach((k) => kept.add(k));
      }
      continue;
    }
    const named = recordsNamed(part.replace(/(?:那一?条|那一?项|那一?次|那个)$/, '').replace(/的$/, ''), items, nameOf, today);
    if (named.length !== 1) return undefined;
    kept.add(named[0]!);
  }
  if (!byNumber || kept.size === 0 || kept.size === items.length) return undefined;
  // The drops said beside (5到12条删掉不要了): each a numbered drop, none of it kept.
  for (const clause of clauses.filter((c) => !KEEP.test(c))) {
    // 删掉不要了 · 去掉不用记 say the drop twice; 5-12 不要 leaves out 条.
    const said = clause.replace(/(删掉|去掉|删除|拿掉|划掉)(?:不要|不用记?|不记)了?/, '$1').replace(/^(第?\d{1,2}(?:-|到|至)\d{1,2})(?![\d条项])/, '$1条');
    // 后面8条 counts back from the end of the list the question showed (its `listed` items), or else of the whole card.
    const fits = [...new Set([listed, items.length])].some((size) => {
      const drop = cardItemChoice(said, size);
      if (drop?.kind !== 'drop') return false;
      const dropped = [drop.index, ...(drop.also ?? [])].flatMap((i) => itemsOf(i + 1));
      return dropped.length > 0 && !dropped.some((k) => kept.has(k));
    });
    if (!fits) return undefined;
  }
  return [...kept].sort((a, b) => a - b);
}
