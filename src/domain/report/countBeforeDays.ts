// 11月份共开展作风纪律检查3次，11月3日对各部室，11月12日对各部室，11月25日对康复中心 (l25, kin of round t24 D's counted
// checks): after a comma the day + place clauses were read as one check and a day asked for the rest, two days given lost.
// Said with a colon (…检查3次：11月3日…) they are read as one deed per day and place: the comma is read as that colon.

import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** A kind said with its count (作风纪律检查3次 · 督查两次), a comma, then a day. Group 1: up to the count. */
const COUNT_THEN_DAY = /([^,，;；:：。!?！？\n]*?(?:\d+|[一二两三四五六七八九十]+)\s*次)\s*[,，]\s*(?=(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])/g;

/** 截至…累计…11次，其中11月6日… names a running total, not the deeds listed after it (withoutRunningTotals reads it). */
const RUNNING_TOTAL = /累计|截至|截止|全年|今年|共计完成|其中/;

/** A day, then a deed said again (12月2号又跟他谈了一次 · 11月20日再次…): group of none. */
const AGAIN_AFTER_DAY = /^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]?\s*[,，]?\s*(?:又|再|也|还|另)/;

/** Where the sentence holding `at` begins: after the last full stop, semicolon or line break before it. */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  return Math.max(...[...'。；;！？!?\n'].map((c) => before.lastIndexOf(c))) + 1;
}

/**
 * `text` with the comma after a kind's count that a list of days follows put as a colon (「作风纪律检查3次：11月3日…」), so
 * each day's clause is its own deed of that kind; unchanged when the words before the count name no kind, or a running
 * total (累计/截至…, also in an earlier clause of its sentence: 今年以来，陈志强副理事长共开展谈心谈话7次，11月20日…),
 * or when no such comma is found.
 */
export function withCountBeforeDays(text: string): string {
  return text.replace(COUNT_THEN_DAY, (whole, head: string, at: number) => {
    const said = extractTitles(head).rest;
    const lead = text.slice(sentenceStart(text, at), at);
    // 10月份和赵磊谈心一次，12月2号又跟他谈了一次廉政谈话 (round 42, t42a F7: both talks put on 12-02 as one 谈心): a day
    // opening a deed done again (又 · 再 · 也 · 还) is a deed of its own after the counted one, none of its days.
    // …谈心一次，11月2号和赵磊进行了廉政谈话: a clause after the count naming a kind of its own, none of the count's, is
    // another deed too.
    const next = extractTitles(/^[^,，;；。!?！？\n]*/.exec(text.slice(at + whole.length))![0]).rest;
    const kinds = new Set(findKinds(said).map((k) => k.code));
    const nextKinds = findKinds(next);
    if (AGAIN_AFTER_DAY.test(text.slice(at + whole.length)) || (nextKinds.length > 0 && !nextKinds.some((k) => kinds.has(k.code)))) return whole;
    if (RUNNING_TOTAL.test(said) || RUNNING_TOTAL.test(lead) || kinds.size === 0) return whole;
    return `${head}：`;
  });
}
