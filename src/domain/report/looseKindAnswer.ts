// 「谈话吧」 to 「是哪类活动？」 (round 69, gid; t71c: answered as the sender's 完成情况, the talk left waiting unsaid): a kind
// answer that names a family of kinds but no kind of it — 谈话 is 谈心谈话 or 廉政谈话, 开会 a 专题会议 or a 分管科室会议 — is no
// answer and no query: the choices of that family are said and the question asked again. What softenedAnswer leaves is read.
import { softenedAnswer } from './softenedAnswer.js';
import { toSimplified } from './toSimplified.js';

/** A family word answered for a kind, and the kinds it may be (with the words members use for them). */
export interface LooseKind {
  /** The words as the member wrote them, softeners gone (谈话). */
  said: string;
  /** The kinds of the family, as the question's choices name them. */
  choices: string[];
}

/** Family words, whole answers only: 谈话 · 谈了个话 · 聊了聊 · 开会 · 会议 · 学习 · 教育 · 检查. */
const FAMILIES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^(?:就是|是|算)?(?:个|一次|一般的?|普通的?)?(?:谈话|谈了?个?话|谈谈话?|谈了谈|聊了?聊|聊天|谈的话)$/, ['谈心谈话', '廉政谈话（提醒谈话、约谈、任前谈话都算廉政谈话）']],
  [/^(?:就是|是|算)?(?:个|一次|一般的?|普通的?)?(?:会|会议|开会|开了个会|开的会)$/, ['专题会议', '分管科室党风廉政建设工作会议']],
  [/^(?:就是|是|算)?(?:个|一次|一般的?|普通的?)?(?:学习|教育|学习教育|集中学习)$/, ['廉政教育', '警示教育', '廉政党课']],
  [/^(?:就是|是|算)?(?:个|一次|一般的?|普通的?)?(?:检查|查了查|督导)$/, ['作风纪律检查', '专项资金检查', '责任书检查']],
];

/**
 * The family a softened answer to 「是哪类活动？」 names without naming a kind of it (「谈话吧」 → 谈话, the two talk kinds), or
 * undefined: an exact kind (谈心谈话吧), any other words, or an answer with no softener (the dialog's own reader has it).
 * Traditional script is read as simplified. Pure.
 */
export function looseKindAnswer(text: string): LooseKind | undefined {
  const core = softenedAnswer(text);
  if (core === undefined) return undefined;
  const said = toSimplified(core).replace(/\s+/g, '');
  const family = FAMILIES.find(([words]) => words.test(said));
  return family ? { said, choices: [...family[1]] } : undefined;
}
