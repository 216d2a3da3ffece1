// 到维权部调研，与部门干部座谈交流 (b28, K4: a 廉政谈话 with the department's head, or its type asked): a 座谈 is a meeting
// held on a visit, no talk with anyone; the words 交流/谈 inside it must not make an untyped talk of it.

/** 座谈交流 · 交流座谈 · 座谈会 · 进行座谈 · 座谈了解: the meeting words, 交流 beside them included. */
const SYMPOSIUM = /(?:交流)?座谈(?:交流|会)?/g;

/** A visit the 座谈 was held on: 到…调研 · 走访 · 视察 · 检查指导 · 指导工作. */
// 带队到教育就业部开展专项督导…随后召开座谈会，听取了…汇报 (round 42, t41b F8: an untyped talk with the 陪同 head): a
// 督导/督查/检查 visit holds its 座谈会 as a 调研 does.
const VISIT = /调研|走访|视察|考察|慰问|检查|督导|督查|巡查|指导工作/;

/**
 * `rest` with each 座谈 word (and the 交流 joined to it) blanked by spaces of the same length, so a talk is read only from
 * words of a talk (谈话, 谈了, 聊, 交流 standing alone), when the 座谈 was held on a visit the clause names; otherwise unchanged
 * (今天与胡军、王芳座谈，提醒大家廉洁过节 is still asked its type). Positions are kept: callers may slice `rest` afterwards.
 */
export function withoutSymposium(rest: string): string {
  return VISIT.test(rest) ? rest.replace(SYMPOSIUM, (m) => ' '.repeat(m.length)) : rest;
}

/**
 * Whether `text` tells a visit (调研 · 督导 · 检查 · 走访…) that a 座谈会 in it was held on: then the 座谈会 is part of the
 * visit, never a meeting left unrecorded (round 42, t41b F8's kin: 「会议」 named on the card as matching no record).
 */
export function symposiumOnVisit(text: string): boolean {
  return /座谈/.test(text) && VISIT.test(text);
}
