// 林晓: 「11月20日下午，机关纪委书记黄志刚与各部室主要负责人开展了节前集体廉政谈话，通报了近期查处的违反中央八项规定精神典型
// 案例，各部室主要负责人共8人参加…」 (round 42, t42b F7: a 警示教育 「活动人：您本人」 with the talk's 8 beside the 16 right
// records): what a talk briefed, in a clause of no subject or day of its own right after it, is the talk's content — no
// teaching apart (splitActivities leaves it out), and named on the card as read so (never dropped without a word).
import { caseBriefingSource } from './caseBriefingWords.js';

/** 通报了近期查处的…典型案例 · 并通报了… · 谈话中通报… opening its clause: a briefing with no subject of its own. */
export const TALK_BRIEFED = /^[\s\u0000,]*(?:并|同时|还|其间|谈话中|谈话时)?[\s\u0000,]*(?:向[^,;。!?]{1,12}?)?(?:通报|剖析|点评)/;

/** A clause telling a talk (谈话 · 谈心) held. */
const TALK_CLAUSE = /谈话|谈心|约谈|谈了话/;
const BRIEFING = new RegExp(caseBriefingSource('[^,;。!?，；！？\\n]'));

/**
 * The clauses of `text` that brief cases (通报了…典型案例) right after a clause of a talk, with no day of their own:
 * each as written, for the card's remark and to keep them out of the words no record took. Empty when there is none.
 */
export function talkBriefings(text: string): string[] {
  const clauses = text.split(/[,;。!?，；！？\n]/);
  return clauses.filter((c, i) => i > 0 && TALK_CLAUSE.test(clauses[i - 1]!) && TALK_BRIEFED.test(c) && BRIEFING.test(c) && !/\d{1,2}[月日号]|[昨今前]天|周[一二三四五六日天]/.test(c)).map((c) => c.trim());
}
