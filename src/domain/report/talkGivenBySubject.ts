// Whether a person named in a talk's words is the subject who gave it (赵敏书记给全科作了廉政警示谈话), not someone talked to.

/** Words that introduce someone talked to: a name after them is a counterpart. */
const INTRODUCES = /与|和|跟|同(?!志)|对|找|约|给|为|、|及/;
/** After the name: a title, 同志, then (no one introduced on the way) the verb 作 of a talk given to many (not 汇报工作). */
const GIVES = /^(?:[\u4e00-\u9fa5]{0,6}?(?:书记|理事长|主任|部长|科长|局长|主席))?(?:同志)?[^,;。!?:\n与和跟对找约、及]{0,16}?(?<![工合动写操制创])作了?(?![风用为])/;

/**
 * True when `name` opens its clause (nothing before it introduces it) and is
 * followed by 作 (在会上作…谈话, 给大家作了…): the README's rule that a
 * counterpart is introduced by 与/和/跟/对/找 and is never the clause's subject
 * (found by the tester, round 10: 赵敏 made the counterpart of the sender).
 */
export function talkGivenBySubject(text: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  const at = text.indexOf(name);
  if (at < 0) return false;
  const clauseStart = Math.max(...[',', ';', '。', '!', '?', ':', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  return !INTRODUCES.test(text.slice(clauseStart, at)) && GIVES.test(text.slice(at + name.length));
}
