// 第3、4条 · 第2、3项 · 后两条 · 最后一条 · 警示教育那条: the records of a waiting card a correction names, at its start or
// after the words owning something wrong (round 31g F1/F4/F7: 「活动人错了，第3、4条是我参加的」 and 「第2条人数不对，是29人」
// were 「这条消息没有记录」, the card unchanged).
import type { PendingItem } from './followUp.js';
import { entryNumbers, messageEntryItems } from './messageEntryItems.js';
import { SAID_WRONG } from './fieldCorrectionWords.js';
import { parseKind } from './parseKind.js';
import { nounFits, RECORD_NOUN } from './typeFamily.js';

/** The records named (0-based, on the card), and the text without the selector; or a number beyond the card. */
export type NamedItems = { at: number[]; rest: string } | { beyond: number; count: number; rest: string };

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUMBER = '(?:[1-9]\\d?|[一二两三四五六七八九十])';
/** 第3、4条 · 第2条和第3条 · 第2、3项 · 第二条: one number or a list, 条/项 closing it. */
const LIST = new RegExp(`^第${NUMBER}(?:(?:条|项)?(?:、|和|与|及|,)第?${NUMBER})*(?:条|项)(?:的|记录)?`);
/** 前两条 · 后两条 · 最后两条 · 最后一条 · 最后那条 · 后面两条: records counted from an end of the card. */
const END = new RegExp(`^(前|后|最后|后面)(?:的)?(${NUMBER}|那)(?:条|项)(?:的|记录)?`);
/** 警示教育那条 · 党课那项 · 谈话那一条: a record named by its kind or its noun. */
const BY_NOUN = /^([^,;:。\s的]{2,8}?)(?:的)?那(?:一)?(?:条|项)(?:记录)?(?:的)?/;
/** 和陈志强、赵敏那两条 · 陈志强和赵敏的两条 · 陈志强、赵敏那几条: two or more people's records, each name 2–4 characters. */
const BY_PEOPLE = /^(?:把|将)?(?:和|与|跟|同)?((?:[\u4e00-\u9fa5]{2,4}?(?:同志)?[、,，和与及])+[\u4e00-\u9fa5]{2,4}?(?:同志)?)(?:的|那|这)?(?:两|二|三|四|几|[2-9])?(?:条|项|次)(?:记录)?(?:的)?/;
/** 活动人错了， · 人数不对， · 不对，: the words before a selector that own something wrong and say no value. */
const OWNED_WRONG = new RegExp(`^(?:${SAID_WRONG}|更正|修改|(?:活动人|组织者|主讲人|带队的|谈话人|人数|参加人数|日期|时间|类型|对象)(?:写|填|报|记|搞|弄)?(?:错了|不对|有误))[,;:\\s]+`);

/** A record's noun alone (片子 · 党课 · 会议), as nounFits knows them. */
const NOUN_ALONE = new RegExp(`^(?:${RECORD_NOUN})$`);

const toNumber = (s: string): number => CN[s] ?? Number(s);

/** Whether a record of `item`'s kind is what `word` (警示教育 · 片子 · 党课) names. */
function kindFits(word: string, item: PendingItem): boolean {
  const kind = parseKind(word);
  if (kind.kind && kind.rest.replace(/[\s\u0000]/g, '').length === 0) return kind.kind.code === item.draft.type;
  return NOUN_ALONE.test(word) && nounFits(word, item.draft.type);
}

/**
 * The selector at the very start of `t` and its length: the numbers it says (`numbers`, as the member points: `labels`)
 * or, for a kind named, the records themselves (`at`, 0-based); undefined when none.
 */
function selectorAt(t: string, items: readonly PendingItem[], labels: number[]): { numbers?: number[]; at?: number[]; length: number } | undefined {
  const list = LIST.exec(t);
  if (list) return { numbers: [...list[0].matchAll(new RegExp(NUMBER, 'g'))].map((m) => toNumber(m[0])), length: list[0].length };
  const end = END.exec(t);
  if (end) {
    const n = end[2] === '那' ? 1 : toNumber(end[2]!);
    if (n > labels.length) return { numbers: [n], length: end[0].length };
    return { numbers: end[1] === '前' ? labels.slice(0, n) : labels.slice(-n), length: end[0].length };
  }
  const noun = BY_NOUN.exec(t);
  if (noun) {
    const at = items.flatMap((item, i) => (kindFits(noun[1]!, item) ? [i] : []));
    return at.length > 0 ? { at, length: noun[0].length } : undefined;
  }
  return undefined;
}

/**
 * The records of `items` the correction `text` (normalised, trimmed) names: 第3、4条 · 第2、3项 · 第2条和第3条 · 前两条 ·
 * 后两条 · 最后一条 · 警示教育那条 (a kind or noun: every record of it), at the start or after words owning a field wrong
 * (活动人错了，第3、4条… · 不对，第2条…), which are kept at the front of `rest`. A kind named right after the numbers
 * (第2条警示教育是…) is dropped when it is that record's; a number beyond the card is `beyond`. `byEntry` (a question
 * waits on a numbered message): the numbers are the member's own entry numbers (messageEntryItems), 后两条 the last two
 * of them. Undefined when nothing is named so, or the kind said after the number is not that record's (the words are
 * something else).
 */
export function namedItems(text: string, items: readonly PendingItem[], byEntry = false): NamedItems | undefined {
  const lead = OWNED_WRONG.exec(text)?.[0] ?? '';
  const after = text.slice(lead.length);
  const labels = byEntry ? entryNumbers(items) : items.map((_, i) => i + 1);
  const found = selectorAt(after, items, labels);
  if (!found) return undefined;
  let rest = after.slice(found.length).replace(/^[,:;\s]+/, '');
  const beyond = found.numbers?.find((n) => !labels.includes(n));
  if (beyond !== undefined) return { beyond, count: items.length, rest: lead + rest };
  const pointed = found.at ?? found.numbers!.flatMap((n) => (byEntry ? messageEntryItems(items, n) : [n - 1]));
  const at = [...new Set(pointed)];
  // 第2条警示教育是我们部组织的: the record's own kind said again, a check that the member means it.
  // 第4条调研报告不是28号 · 第1条谈话日期改成… (round 55, fha; t57a F4: stored as a new report beside the card): so is the
  // kind before 不是 or a field.
  const kindSaid = /^([^,;:。\s]{2,6}?)(?=\s*(?:不是|是|应该|应为|的|[,;]|日期|时间|人数|对象|题目|改|其实|实际))/.exec(rest);
  if (kindSaid && at.every((i) => kindFits(kindSaid[1]!, items[i]!))) rest = rest.slice(kindSaid[1]!.length).replace(/^的?[,:;\s]*/, '');
  return { at, rest: `${lead}${rest}` };
}

/**
 * 陈志强、赵敏那两条是周三 · 和陈志强、赵敏的两条日期都是11月25日 (round 55, fha; t57a F3: refused, the member had to correct one
 * item at a time): `text` with two or more people who name the card's records said as their numbers (第1、2条是周三 ·
 * 第1、2条日期是11月25日), which the range readers take; 都 after the field goes with the list. Undefined when the text does
 * not open so, or a name is no one's on the card (`personId`: words to a directory id).
 */
export function peopleAsNumbers(text: string, items: readonly PendingItem[], personId: (words: string) => string | undefined): string | undefined {
  const t = text.trim();
  const m = BY_PEOPLE.exec(t);
  if (!m) return undefined;
  const ids = m[1]!.split(/[、,，和与及]/).map((w) => personId(w.replace(/同志$/, '')));
  const at = ids.map((id) => (id === undefined ? [] : items.flatMap((item, i) => (item.draft.counterpartIds.includes(id) || item.draft.actorId === id ? [i] : []))));
  if (ids.length < 2 || at.some((x) => x.length === 0)) return undefined;
  const numbers = [...new Set(at.flat())].sort((a, b) => a - b).map((i) => i + 1);
  const rest = t.slice(m[0].length).replace(/^[,，:：\s]+/, '').replace(/^(日期|时间|类型|对象|人数)?(?:也都|都|全都|全|均)/, '$1');
  return `第${numbers.join('、')}条${rest}`;
}
