import { takeClausesOut } from './answerClausesOut.js';

// 王磊 「12月2日和杨帆谈了话」 → 是哪类活动？ → 「不是廉政谈话，是谈心谈话」 (round 57, the merge; t60a F3, stored wrong at once: a
// 廉政谈话, the type denied) · 「这是函询，不是廉政谈话」 (a 函询 counted as the duty's 廉政谈话) · 和谁谈的？ → 「不是王磊，是陈静」
// (talks with both stored): a report's denial is read by deniedApart; an answer's was not read at all.

/**
 * 不是廉政谈话 · 并非王磊 · 而不是和王磊 · 不算廉政谈话: a denial inside an answer, the denied words in group 1 (up to 12
 * characters, ending at a stop, a space, the next 是 or the end).
 */
const DENIAL = /(?:并|而|也)?(?:不是|并非|而非|不算|不属于)(?:和|跟|与|同)?([^,，;；。.!！?？\s]{1,12}?)(?=[,，;；。.!！?？\s]|是|$)/g;

/** An answer with its denials taken out: `rest` what is left (trimmed of stops), `denied` the words denied, in order. */
export interface AnswerDenials {
  rest: string;
  denied: string[];
}

/**
 * `answer` (the text of an answer to 「是哪类活动？」 or 「和谁谈的？」) without what it names only to deny it; undefined when it
 * denies nothing. 「不是廉政谈话，是谈心谈话」 → { rest: '是谈心谈话', denied: ['廉政谈话'] }; 「不是廉政谈话」 → rest ''.
 * A bare 「不是，是谈心谈话」 denies no words and is left as it is.
 */
export function answerDenials(answer: string): AnswerDenials | undefined {
  const out = takeClausesOut(answer, DENIAL);
  return out && { rest: out.rest, denied: out.words };
}

/** Whether what is left of an answer after its denials says nothing (only stops, spaces, 这是/就是). */
export const saysNothing = (rest: string): boolean => rest.replace(/这是|就是|而是|是|那|的/g, '').replace(/[\s,，;；。.!！?？]/g, '') === '';
