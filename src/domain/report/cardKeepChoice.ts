// 「第2条不要，其余确认」「只要第1、3条」「除了和王强那条，别的都确认」「1和3确认，2不要」 typed to a 确认 card of several
// records: some kept and confirmed in one answer, the others left out (issue 10 part C: 没看懂 or the card again).
import type { ReportDraft } from './draft.js';
import { recordsNamed } from './recordsNamed.js';
import { normalizeText } from './parseNormalize.js';

/**
 * What a keep-and-drop answer asks: `keep` the records to store now and `drop` the ones left out (0-based indexes in
 * card order, together every record of the card, neither empty), or `unclear` with the precise question to ask
 * (a number beyond the card, a record both kept and dropped, one neither, a name fitting no record or several).
 */
export type CardKeepChoice = { kind: 'keep'; keep: number[]; drop: number[] } | { kind: 'unclear'; text: string };

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const N = '(?:[1-9]\\d?|[一二两三四五六七八九十])';
/** 第1、3条 · 1和3 · 第1条和第3条 · 第一、第三条: one or more record numbers. */
const LIST = `(?:第)?${N}(?:条|项)?(?:(?:、|和|与|及|跟|/)(?:第)?${N}(?:条|项)?)*(?:条|项)?(?:记录)?`;
const OK = '(?:确认|确定|对|是对的|没问题|没错|正确|可以|记|记录|记吧|记上|保留|要|留着|ok)';
const OUT = '(?:不要|不记|不用记|不用记录|别记|去掉|删掉|删除|删去|删了|拿掉|划掉|不算|不用|不需要|作废)';
/** 其余确认 · 其他的都对 · 剩下两条都没问题 · 别的都确认 · 其它记上: every record not named otherwise is kept. */
const REST_OK = new RegExp(`^(?:其余|其他|其它|剩下|剩余|别的|余下|另外)(?:的)?(?:${N}?(?:条|项|个))?(?:的)?(?:都|全|全部|均|就)?(?:可以)?${OK}(?:的|了|吧|啦)*$`, 'i');
/** 第2条不要 · 2删掉 · 第二条删了吧: the numbered records left out. */
const DROP_AFTER = new RegExp(`^(?:把)?(${LIST})(?:请|就|可以|也|都|全)?${OUT}(?:掉|了|吧|啦)*$`);
/** 去掉第2条 · 不要2: the same, the verb first. */
const DROP_BEFORE = new RegExp(`^(?:请|麻烦)?${OUT}(?:掉)?(${LIST})(?:吧|了)*$`);
/** 只要第1、3条 · 只记1和3 · 只确认第一条和第三条就行: those kept, every other left out. */
const ONLY = new RegExp(`^(?:只|仅|就)(?:要|记|记录|保留|确认|留)(${LIST})(?:就行|就可以|即可|就好)?(?:了|吧)*$`);
/** 1和3确认 · 第1、3条没问题 · 确认第1、3条: those kept, the rest said elsewhere. */
const KEEP_AFTER = new RegExp(`^(${LIST})(?:都|均|就)?${OK}(?:的|了|吧|啦)*$`, 'i');
const KEEP_BEFORE = new RegExp(`^(?:确认|保留|记录|记)(${LIST})(?:吧|了)*$`);
/** 除了第2条 · 除了和王强那条 · 除第二条外: the records kept are all but these (the rest said in a REST_OK clause). */
const EXCEPT = /^除(?:了|去)?(.+?)(?:以外|之外|外)?$/;
/** 除了第2条其余都确认 written as one clause. */
const EXCEPT_REST = /^除(?:了|去)?(.+?)(?:以外|之外|外)?((?:其余|其他|其它|剩下|剩余|别的|余下).+)$/;
/** 王强那条不要 · 谈心那条删掉: a record named, then left out. */
const NAMED_OUT = new RegExp(`^(?:把)?(.{1,14}?)(?:的)?(?:那一?条|那一?项|那一?次|那个)(?:记录)?(?:就|可以|也)?${OUT}(?:掉|了|吧|啦)*$`);
const POINTED = /^(.{1,14}?)(?:的)?(?:那一?条|那一?项|那一?次|那个)(?:记录)?$/;
/** 好的， · 嗯 · 那 · ok，: words before the answer that change nothing. */
const LEAD = /^(?:好的|好|嗯嗯|嗯|那就|那么|那(?![条项次个])|ok|OK|行)[,，\s]*/;

const toNumber = (s: string): number => CN[s] ?? Number(s);

const NUMBERS = new RegExp(N, 'g');
const WHOLE_LIST = new RegExp(`^${LIST}$`);

/** The record numbers (1-based as on the card) of a LIST match. */
function numbersOf(list: string): number[] {
  return [...list.matchAll(NUMBERS)].map((m) => toNumber(m[0]));
}

/** What one clause says: numbers or a named record kept or left out, or every other record kept. */
type Clause = { keep?: number[]; drop?: number[]; only?: boolean; rest?: boolean; named?: string; out?: 'drop' | 'keep' };

function readClause(c: string): Clause | undefined {
  if (REST_OK.test(c)) return { rest: true };
  const only = ONLY.exec(c);
  if (only) return { keep: numbersOf(only[1]!), only: true };
  const drop = DROP_AFTER.exec(c) ?? DROP_BEFORE.exec(c);
  if (drop) return { drop: numbersOf(drop[1]!) };
  const keep = KEEP_AFTER.exec(c) ?? KEEP_BEFORE.exec(c);
  if (keep) return { keep: numbersOf(keep[1]!) };
  const exceptRest = EXCEPT_REST.exec(c);
  const exceptFirst = exceptRest && REST_OK.test(exceptRest[2]!) ? exceptClause(exceptRest[1]!) : undefined;
  if (exceptFirst) return { ...exceptFirst, rest: true };
  const except = EXCEPT.exec(c);
  if (except) return exceptClause(except[1]!);
  const named = NAMED_OUT.exec(c);
  if (named && !/^第/.test(named[1]!)) return { named: named[1]!.replace(/^(?:和|与|跟|同|对)/, ''), out: 'drop' };
  return undefined;
}

/** 除了 X: X numbered (第2条) or named (和王强那条), left out. */
function exceptClause(x: string): Clause | undefined {
  const list = WHOLE_LIST.exec(x);
  if (list) return { drop: numbersOf(x) };
  const pointed = POINTED.exec(x);
  const said = (pointed ? pointed[1]! : x).replace(/^(?:和|与|跟|同|对)/, '').replace(/的$/, '');
  return said.length > 0 && said.length <= 12 ? { named: said, out: 'drop' } : undefined;
}

const nums = (xs: number[]): string => xs.map((i) => i + 1).join('、');

/**
 * Reads an answer to a waiting 确认 card of `items` (two or more) that keeps some records and leaves the others out in
 * one go: 第2条不要，其余确认 · 第二条删掉，其他的都对 · 只要第1、3条 · 除了和王强那条，别的都确认 · 1和3确认，2不要 (with
 * 好的 before, 。 or spaces). A record named rather than numbered is found by a person, kind or day in it (`nameOf` gives
 * a person's name; `today` YYYY-MM-DD reads days). Undefined when the text is no such answer — a lone 第2条不要 (the
 * card shown again without it: cardItemChoice) or a lone 确认 among them.
 */
export function cardKeepChoice(text: string, items: readonly { draft: ReportDraft }[], nameOf: (id: string) => string | undefined, today: string): CardKeepChoice | undefined {
  if (items.length < 2) return undefined;
  const t = normalizeText(text).trim().replace(LEAD, '').replace(/[\s。.!！~～]+$/g, '');
  const clauses = t.split(/[,，;；。.!！\s]+/).filter((c) => c !== '');
  if (clauses.length === 0 || clauses.length > 3) return undefined;
  const read = clauses.map(readClause);
  if (read.some((c) => c === undefined)) return undefined;
  const parts = read as Clause[];
  const only = parts.some((p) => p.only);
  const rest = parts.some((p) => p.rest);
  const keepSaid = parts.flatMap((p) => p.keep ?? []);
  const dropSaid = parts.flatMap((p) => p.drop ?? []);
  const namedSaid = parts.filter((p) => p.named !== undefined);
  // A clause alone that only drops (第2条不要) is another answer (the card again without it); one that only keeps
  // (1和3确认) is asked about the others below.
  const isAnswer = only || keepSaid.length > 0 || (rest && (dropSaid.length > 0 || namedSaid.length > 0));
  if (!isAnswer) return undefined;
  const beyond = [...keepSaid, ...dropSaid].filter((n) => n > items.length);
  if (beyond.length > 0) {
    return { kind: 'unclear', text: `卡片上只有 ${items.length} 条记录，没有第${[...new Set(beyond)].join('、')}条，没有记录任何一条。请按卡片上的序号回复，如「第2条不要，其余确认」。` };
  }
  const drop = new Set(dropSaid.map((n) => n - 1));
  for (const p of namedSaid) {
    const fits = recordsNamed(p.named!, items, nameOf, today);
    if (fits.length !== 1) {
      const which = fits.length === 0 ? `卡片上没有「${p.named}」的记录` : `卡片上第${nums(fits)}条都是「${p.named}」`;
      return { kind: 'unclear', text: `${which}，没有记录任何一条：请按序号回复，如「第2条不要，其余确认」。` };
    }
    drop.add(fits[0]!);
  }
  const keepNamed = new Set(keepSaid.map((n) => n - 1));
  const both = [...keepNamed].filter((i) => drop.has(i));
  if (both.length > 0) return { kind: 'unclear', text: `第${nums(both)}条既说要又说不要，没有记录任何一条：请再说一次哪几条要记、哪几条不要。` };
  const all = items.map((_, i) => i);
  const keep = only || rest ? all.filter((i) => !drop.has(i) && (rest || keepNamed.has(i))) : [...keepNamed].sort((a, b) => a - b);
  const left = all.filter((i) => !keep.includes(i));
  // Neither kept nor dropped (1确认，2不要 on a card of 3): asked, never guessed either way.
  const unsaid = left.filter((i) => !drop.has(i) && !only);
  if (unsaid.length > 0) {
    return { kind: 'unclear', text: `第${nums(unsaid)}条要不要记？没有记录任何一条：请回复如「${nums(keep)}确认，${nums(left)}不要」或「全部确认」。` };
  }
  if (keep.length === 0) return { kind: 'unclear', text: '这样卡片上就没有要记的了，没有记录任何一条：都不要请回复「取消」。' };
  if (left.length === 0) return { kind: 'unclear', text: `卡片上的 ${items.length} 条都要记，请回复「确认」。` };
  return { kind: 'keep', keep, drop: left };
}
