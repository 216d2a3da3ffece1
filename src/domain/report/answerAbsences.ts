import { takeClausesOut } from './answerClausesOut.js';

// 孙丽 「上周三找科里同志谈了谈心」 → 和谁谈的？ [王强][李娟] → 「不是王强 就李娟一个 王强那天休假」 (round 59, t62b G2, stored
// wrong: both talks stored): the person said to have been away is named only to leave them out, as 不是X is (answerDenials).

/**
 * A clause telling someone was away (王强那天休假 · 王强请假了 · 李娟当天出差 · 王强没来): the name in group 1 (2–4 characters,
 * checked against the directory by the caller), the whole clause in group 0. Only at the start or after a stop or space,
 * so 「孙丽和王强都没来」 (several, 都) is not read as one name.
 */
const ABSENT = /(?<=^|[,，;；。\s])([\u4e00-\u9fa5]{2,4}?)(?:那天|当天|当时|那次|那会儿)?(?:在)?(?:休假|请假|出差|外出|不在|没来|没在|没参加|没有参加|没谈|没有谈|没去|生病|病假|休息)[了的呢吧啊]*(?=$|[,，;；。\s])/g;

/** An answer with its away-clauses taken out: `rest` what is left (trimmed of stops), `absent` the names, `said` the clauses. */
export interface AnswerAbsences {
  rest: string;
  absent: string[];
  said: string[];
}

/**
 * `answer` (to 「和谁谈的？」) without the clauses saying a directory person was away; `isPerson(name)` tells a name of the
 * directory. Undefined when there is no such clause. 「就李娟一个 王强那天休假」 → { rest: '就李娟一个', absent: ['王强'] }.
 */
export function answerAbsences(answer: string, isPerson: (name: string) => boolean): AnswerAbsences | undefined {
  const out = takeClausesOut(answer, ABSENT, (name) => isPerson(name));
  return out && { rest: out.rest, absent: out.words, said: out.said };
}
