// 11月12日约谈了康复中心副主任徐辉，就群众反映问题进行了函询谈话 (round 37, t36c F8: a 廉政谈话 on the card, no remark): 约谈
// says only that a talk was held; the 函询谈话 said of it is what kind it was, and that kind is none of the duty's.
import type { KindMatch } from './parseKind.js';

/**
 * 诫勉谈话 · 函询谈话 · 工作谈话 · 批评教育: talks that are disciplinary measures or work (README: asked, never the duty's
 * 廉政谈话). 提醒谈话 and 廉政约谈 are 廉政谈话 and stay so.
 */
export const DISCIPLINARY = /诫勉|函询|工作谈话|批评教育/;

/** The bare verb the catalogue files under 廉政谈话 (约谈), which names no kind of its own. */
const GENERIC = /^约谈$/;

/**
 * Whether kind match `m` of `text` is the generic 约谈 in a sentence (up to 。 ； ! ? or a line break) that names a
 * disciplinary talk (约谈了徐辉，就…进行了函询谈话 · 约谈了X，对其进行诫勉谈话): the named kind decides over the verb, so the
 * talk is asked its type as 「和徐辉进行了函询谈话」 is.
 */
export function genericTalkOverruled(text: string, m: KindMatch): boolean {
  if (m.code !== 'talk_integrity' || !GENERIC.test(m.text)) return false;
  const start = Math.max(...['。', ';', '；', '!', '?', '\n'].map((c) => text.lastIndexOf(c, m.start - 1))) + 1;
  const ends = ['。', ';', '；', '!', '?', '\n'].map((c) => text.indexOf(c, m.end)).filter((i) => i >= 0);
  const sentence = text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
  if (!DISCIPLINARY.test(sentence)) return false;
  // 约谈了孙杰，对王强开展了函询 (round 61, gad; fbf's left-alone: one talk with both, its type asked): the disciplinary
  // clause names a person of its own (对王强 · 与徐辉, not 对其), so the 约谈 is the other person's — a 廉政谈话, as the
  // catalogue files it — and only the 函询 is asked.
  return !sentence.slice(m.end - start).split(CLAUSE_END).some((clause) => DISCIPLINARY.test(clause) && OWN_PERSON.test(clause));
}

/** A clause's end inside a sentence (comma marks, a voice-input space). */
const CLAUSE_END = /[,，、\s]/;
/** A clause's own person before its deed: 对王强 · 与徐辉 · 和李娟 (对其 · 与他 point back at the 约谈's person). */
const OWN_PERSON = /(?:^|[^\u4e00-\u9fa5]|[了并还又也])(?:对|与|和|跟|同|向)(?![其他她]|此人|该同志)[\u4e00-\u9fa5]{2,}/;
