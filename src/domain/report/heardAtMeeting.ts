// …研判会，黄志刚通报了近期作风纪律检查发现的问题: what someone reported to a meeting is what the meeting heard.
import { caseBriefingSource } from './caseBriefingWords.js';

/**
 * A clause whose subject (a name, a post, 各分管领导) 通报/汇报/介绍/宣读… something, right after a meeting: the meeting's
 * content, never a deed of the sender or of the speaker on the meeting's day (round 18: 「作风纪律检查」 and 「自查总结」
 * of the sender's were added to the 分析研判 they were heard at). Cases and warnings read out (通报典型案例) stay a
 * 警示教育 of their own, as before.
 */
const HEARD = /^[\s\u0000,]*(?:会上|会议上|会中)?[\s\u0000,]*(?![^,;。!?]{0,20}?我)[^,;。!?]{0,20}?(?:通报|汇报|介绍|宣读|解读|说明)了?(?![^,;。!?]*(?:案例|案件|警示|教育|党课|学习|谈话))/;

/**
 * 会上，张伟同志通报了近期市纪委查处的3起违反中央八项规定精神典型问题 (round 42, t41b F1: neither recorded nor named): cases
 * briefed however they are worded (caseBriefingWords: 典型问题 · 违纪违法问题 · 身边案…) are the 警示教育, not what was heard.
 */
const CASES = new RegExp(caseBriefingSource('[^,;。!?，；\\n]'));

/** Whether a clause after a meeting tells what was reported to it. */
export function heardAtMeeting(clause: string): boolean {
  return HEARD.test(clause) && !CASES.test(clause);
}
