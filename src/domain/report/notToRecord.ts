// 「就是工作上的交流，不用记」「不用登记」「这个不记」「不算」 to a waiting question (是哪类活动？…): the member says the thing is
// not to be recorded at all (round 31g Part C: the question kept waiting, 「您上一条上报还没有记录，上面的问题仍在等您回答」).
import { parseDay } from './parseDay.js';
import { parseKind } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** 不用记 · 不用登记 · 不需要记录 · 这个不记 · 不算 · 那就不用报了吧: the last clause, saying not to record. */
const NOT_RECORDED =
  /^(?:那|那就|所以)?(?:这个|这条|这次|那个|那次|这)?(?:就|也|都|可以)?(?:(?:不用|不需要|不必|无需|不要|别)(?:记|登记|记录|上报|报|登)|不记|不算(?:数)?|不算履职|不用算)(?:了|吧|啦|的)*$/;
/** 不是廉政谈话 · 不算谈心谈话 · 不属于警示教育: a kind named only to say the thing is not it. */
const NOT_KIND = /^(?:这|这个|那个|也|并)?(?:不是|不算|不属于|算不上|谈不上)/;
/** 第3条 · 第2项: a record named by number (dropping one item is another answer: cardItemChoice, messageEntryItems). */
const NUMBERED = /第(?:[1-9]\d?|[一二两三四五六七八九十])(?:条|项)/;
/**
 * 剩下这两条 · 那两行 · 后面几条 · 这3条 (round 63, gci; t66a B-F2: 剩下这两条也是合计 不用记 cancelled the whole message): some
 * of the items pointed at, never the whole message.
 */
const SOME_ITEMS = /(?:两|几|[2-9]|三|四|五|六|七|八|九|十)(?:条|行|项)|剩下|剩余|余下|其余/;

/**
 * Whether `text`, to a waiting question about a report, says the whole report is not to be recorded: its last clause
 * (split at ， ； 。 and spaces) says so (不用记 · 不用登记 · 这个不记 · 不算), and the up to two clauses before it only
 * explain (就是工作上的交流 · 不是廉政谈话): no day, no record by number, no kind but one denied. `today` (YYYY-MM-DD)
 * resolves day words.
 */
export function notToRecord(text: string, today: string): boolean {
  const clauses = arabicizeNumerals(normalizeText(text))
    .trim()
    .split(/[,;。.!！\s]+/)
    .filter((c) => c !== '');
  const last = clauses.pop();
  if (last === undefined || !NOT_RECORDED.test(last) || clauses.length > 2) return false;
  if (SOME_ITEMS.test(text)) return false;
  return clauses.every((c) => {
    if (c.length > 24 || NUMBERED.test(c) || parseDay(c, today).date !== undefined) return false;
    return parseKind(c).kind === undefined || NOT_KIND.test(c);
  });
}
