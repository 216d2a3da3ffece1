// 冯雪「组织部门同志谈了一次心」 → 和谁谈的？ → 「部门就赵磊一个人 跟他谈的 陈副理事长也在」 (round 63, gch; t66a B-F4: a second
// talk added, 陈志强→冯雪): in an answer to 和谁, a clause of its own saying a leader or anyone was only there (X也在 · X在场 ·
// X也来了 · X陪同) names no one talked to, as the same clause in a report does (companionsApart); it is set aside and said on
// the card.

/** 陈副理事长也在 · 赵书记在场 · 李明主任也来了 · 王强陪同: who (group 1), then being there, the whole clause. */
const THERE = /^([\u4e00-\u9fa5]{2,8}?)(?:同志)?(?:也|都|还|全程)?(?:在场|在旁边|在边上|在一旁|在|来了|过来了|参加了|陪同|陪着|旁听)(?:了|的)?$/;

/** An answer with the bystanders' clauses taken out, and those clauses as written. */
export interface AnswerBystanders {
  answer: string;
  said: string[];
}

/** `answer` without its bystanders' clauses (after the first clause only); undefined when it has none. */
export function answerBystanders(answer: string): AnswerBystanders | undefined {
  const clauses = answer.trim().split(/[\s,，;；。]+/).filter((c) => c !== '');
  if (clauses.length < 2) return undefined;
  const said = clauses.slice(1).filter((c) => THERE.test(c) && !/谈|签/.test(c));
  if (said.length === 0) return undefined;
  return { answer: clauses.filter((c) => !said.includes(c)).join(' '), said };
}
