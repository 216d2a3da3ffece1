// 「责任书刚才已经记过了，不用再记」 while the report of the signings and the talks after them waits (round 59, fca; t61a F2:
// every item dropped and a new signing of today opened): the member says the deeds of one kind were recorded before, so
// only the waiting items of that kind leave; the others (the talks) go on as they were.
import type { ReportDraft } from './draft.js';
import { normalizeText } from './parseNormalize.js';
import { recordsNamed } from './recordsNamed.js';

/** What was kept before, then that it was: 责任书刚才已经记过了 · 签责任书的之前已经报过了 · 承诺书那两条已经记了. */
const ALREADY_KEPT = /^(?:签订?了?的?)?([^,;:。]{2,14}?)(?:的)?(?:那两条|那几条|这两条|那些|那几个|两条|部分)?(?:刚才|刚刚|之前|前面|上午|早上|昨天|前几天|上周|早就|早已)?(?:就|都|也)?(?:已经|早就|早已|已)(?:都|单独)?(?:记|录|报|登记|上报|记录)(?:过|好|上|了)+(?:的)?$/;
/** 不用再记 · 这次不用重复记了 · 别再报了 · 不用记录: said after it (alone it is enough too). */
const NOT_AGAIN = /^(?:这次|这里|这边|就)?(?:不用|不要|不需要|无需|不必|别)(?:再|重复)*(?:记录?|登记|报|录入?|上报)?(?:了|啦|吧|一遍|一次)*$/;

/**
 * The indexes (0-based) of the waiting `items` that 「X已经记过了，不用再记」 in `text` names (X read by recordsNamed: a
 * kind such as 责任书, a person, a day, or two joined by 的); undefined when the text is no such words, when X names
 * nothing waiting, or when it names every item (that is 取消, left to its own words). `nameOf` gives a person's name;
 * `today` (YYYY-MM-DD) reads a day in X. Pure.
 */
export function alreadyKeptItems(text: string, items: readonly { draft: ReportDraft }[], nameOf: (id: string) => string | undefined, today: string): number[] | undefined {
  if (!/记|录|报/.test(text) || !/已|早就/.test(text)) return undefined;
  const clauses = normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '').split(/[,;，；。\s]+/).filter((c) => c !== '');
  if (clauses.length === 0 || clauses.length > 2) return undefined;
  const m = ALREADY_KEPT.exec(clauses[0]!);
  if (!m || (clauses.length === 2 && !NOT_AGAIN.test(clauses[1]!))) return undefined;
  const fits = recordsNamed(m[1]!, items, nameOf, today);
  return fits.length > 0 && fits.length < items.length ? fits : undefined;
}
