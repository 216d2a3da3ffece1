// 「统计了一下11月份领导讲党课情况：张书记11月10日在机关讲了一次；赵敏书记11月24日…讲了一次；其他几位领导本月没有讲。」
// (round 22u #17: answered 「这个问题我还回答不了」): a collating heading names the kind once, each dated clause is one deed of it.
import { activityTypeName, type ActivityTypeCode } from '../activityTypes.js';
import { findKinds } from './parseKind.js';

/** The collating opener (统计了一下 · 汇总一下 · 据统计 · 报一下), then a heading up to 情况/汇总/统计 and its colon. */
const HEADING = /^\s*(?:(?:统计|汇总|梳理|整理)(?:了)?一下|据统计|报一下)?[,，\s]*([^：:\n。；;]{0,24}?(?:情况|汇总|统计))(?:如下)?[：:]\s*/;
/** A day of its own in the clause (11月10日, 10号, 周三, 昨天). */
const DAY = /\d{1,2}月\d{1,2}[日号]|(?<!\d)\d{1,2}[日号]|[上本这]?周[一二三四五六日天]|今天|昨天|前天/;
/** The clause's verb said done, with its count: 讲了一次 · 上了一堂 · 开了一次 · 谈了 · 签了. */
const DONE_VERB = /(讲|上|开|谈|签|搞|组织|进行|开展|召开)了(?:一次|一堂|一场|一回|一轮|两次|2次)?/;
/** A clause saying the others, unnamed, did none (其他几位领导本月没有讲): no deed, and its 几 would read as a question. */
const NONE_DONE = /(?:其他|其余|其它|别的|另外)[^,;。!?]{0,10}?(?:没有?(?:讲|上|开|谈|签|搞|组织|进行|开展)|未(?:讲|上|开|谈|签|组织|开展)|尚未|还没)/;

/**
 * `text` with the kind a collating heading names written into each dated clause under it that names no kind of its own
 * (讲了一次 → 讲了一次廉政党课), the collating opener dropped, and the clauses that say someone did none left out (no
 * deed, and 其他几位 reads as a question); `text` itself when no heading names exactly one kind over such clauses.
 */
export function withCollatedKind(text: string): string {
  const m = HEADING.exec(text);
  if (!m) return text;
  const codes = [...new Set(findKinds(m[1]!).map((k) => k.code))];
  if (codes.length !== 1) return text;
  const name = activityTypeName(codes[0] as ActivityTypeCode);
  const clauses = text.slice(m[0].length).split(/(?<=[；;。\n，,])/);
  let filled = 0;
  const kept = clauses.flatMap((c) => {
    if (!DAY.test(c) && NONE_DONE.test(c)) return [];
    // 王建国11月3日与李明谈了 刘芳11月6日与周涛谈了: several deeds in one clause are another reading's (round 12).
    if (!DAY.test(c) || findKinds(c).length > 0 || (c.match(new RegExp(DAY.source, 'g')) ?? []).length > 1) return [c];
    const verb = DONE_VERB.exec(c);
    if (!verb) return [c];
    filled++;
    const at = verb.index + verb[0].length;
    return [`${c.slice(0, at)}${name}${c.slice(at)}`];
  });
  return filled === 0 ? text : `${m[1]}：${kept.join('')}`;
}
