import { takeClausesOut } from './answerClausesOut.js';

// 冯雪 「上周和赵磊 陈静分别谈了话 是廉政谈话」 → 是哪一天？ → 「赵磊是周三 陈静记不清了」 (round 60, t63b B1, stored wrong: both
// talks stored on 12-02): the person whose day the member cannot recall is named only to say so; their talk must not take
// the day said for the other.

/**
 * A clause saying someone's day is not remembered (陈静记不清了 · 和陈静那次忘了 · 陈静的日子想不起来 · 陈静不确定): the
 * name in group 1 (2–4 characters, checked by the caller), the whole clause in group 0. Only at the start or after a stop
 * or space, so a name inside another clause is never taken.
 */
const UNSURE = /(?<=^|[,，;；。\s])(?:和|跟|与|同)?([\u4e00-\u9fa5]{2,4}?)(?:的|那次|那个|那条|那天)?(?:的)?(?:日子|日期|时间|具体(?:日子|日期|时间)|哪天|哪一天|几号)?(?:我)?(?:记不清|记不得|记不太清|想不起来|不记得|忘了|忘记了|不确定|不清楚|说不准)(?:了|楚了)?(?:是?(?:哪天|哪一天|几号))?[了的呢吧啊]*(?=$|[,，;；。\s])/g;

/** A day word opening what follows (27号左右 · 大概周四 · 11.27). */
const DAY_AFTER = /^[\s,，;；]*(?:大概|大约|应该是|可能是|好像是|估计是?)?(?:\d{1,2}\s*[号日]|\d{1,2}[.．]\d{1,2}|\d{1,2}月|[上这本]?周[一二三四五六日天]|星期[一二三四五六日天]|[昨前]天)/;

/** An answer with its not-remembered clauses taken out: `rest` what is left (trimmed of stops), `unsure` the names, `said` the clauses. */
export interface AnswerUnsureDays {
  rest: string;
  unsure: string[];
  said: string[];
}

/**
 * `answer` (to 「是哪一天？」) without the clauses saying a waiting person's day is not remembered; `isWaiting(name)` tells
 * the name of someone whose record waits for its day. Undefined when there is no such clause.
 * 「赵磊是周三 陈静记不清了」 → { rest: '赵磊是周三', unsure: ['陈静'], said: ['陈静记不清了'] }.
 */
export function answerUnsureDays(answer: string, isWaiting: (name: string) => boolean): AnswerUnsureDays | undefined {
  if (!/记不|想不起|不记得|忘|不确定|不清楚|说不准/.test(answer)) return undefined;
  // 「孙丽记不清了 27号左右」 (round 51, t53b F6): a day right after is the day they recall after all, the ordinary reading's.
  const out = takeClausesOut(answer, UNSURE, (name, whole, at) => isWaiting(name) && !DAY_AFTER.test(answer.slice(at + whole.length)));
  return out && { rest: out.rest, unsure: out.words, said: out.said };
}
