// …；与张颖同志开展谈心谈话一次；完成残疾人证年审数据统计。 (round 32a, F4: the talk dropped as 「第2条是一个问题」): a clause
// telling a deed done so many times claims it done, whatever a 统计 or 进度 beside it says.

/** A clause of the line, split where its clauses end. */
const CLAUSES = /[;；。,，:：]/;

/**
 * 开展谈心谈话一次 · 进行廉政谈话两次 · 与王强谈心一次 · 组织学习3次: a deed verb (or someone turned to and talked or signed
 * with), then within the clause a count of times; not 几次/多少次, not 次数 (what a query counts).
 */
const COUNTED_DEED = /(?:(?:开展|进行|组织|召开|举办)了?[^\d一两二三四五六七八九十几多]{1,16}?|(?:与|和|同|跟|找)[^,;。]{1,10}?(?:谈|签)[^\d一两二三四五六七八九十几多]{0,10}?)(?:\d{1,2}|[一两二三四五六七八九十])次(?!数)/;

/** Words that make a line ask or count rather than claim (还差两次 · 完成情况 · 进度). */
const ASKING = /[?？]|还差|还缺|还剩|完成情况|进度|多少|是否|吗/;

/**
 * Whether one clause of `line` says a deed was done a number of times (与张颖同志开展谈心谈话一次) and the line asks nothing
 * (本月完成情况：与王强谈话一次，还差李娟一次 stays a query): such a line reports, and is never taken for a query because of
 * a 统计 word in another clause (完成残疾人证年审数据统计).
 */
export function saysCountedDeed(line: string): boolean {
  return !ASKING.test(line) && line.split(CLAUSES).some((c) => COUNTED_DEED.test(c));
}
