// 「周一：上午参加党组中心组学习；下午和徐辉副主任谈心谈话」 (t40b F22: the study passed without a word beside the talk): a
// body's study the sender only attended (党组中心组学习 · 机关党委集中学习), no topic of the duties named, is no record — the
// 党组's, not the sender's, and of no known kind — but it is named on the card as not recorded, never dropped silently.
import { findKinds } from './parseKind.js';

/** 参加(了)党组(理论学习)中心组(集体/专题)学习 · 参加机关党委组织的集中学习: a body's study attended. */
const BODY_STUDY = /参加(?:了)?(?:由)?(?:党组|机关党委|机关|党支部|支部)(?:组织的)?(?:理论学习)?(?:中心组)?(?:集体|集中|专题)?学习(?:会)?/g;

/** 会上 · 学习了 · 学习《 · 观看 · 传达: what the study held, told after it. */
const TOLD_AFTER = /会上|学习了|学习《|集中学习|观看|传达|专题/;

/** The clauses' breaks: a body's study is told in a clause of its own. */
const CLAUSE = /[^,;。!?，；。！？\n]+/g;

/**
 * The words of each clause of `text` telling that the sender attended a body's study (BODY_STUDY) with no activity type
 * named in that clause (学习 of 廉政 would be read as one), in order; empty when there is none.
 */
export function bodyStudiesAttended(text: string): string[] {
  const found: string[] = [];
  for (const clause of text.matchAll(CLAUSE)) {
    const m = clause[0].match(BODY_STUDY);
    if (!m || findKinds(clause[0]).length > 0) continue;
    // 参加了党组中心组学习，会上学习了《…》: what it studied follows in its sentence, and is read there.
    if (TOLD_AFTER.test(text.slice(clause.index + clause[0].length).split(/[。;；!?！？\n]/)[0]!)) continue;
    found.push(...m);
  }
  return [...new Set(found)];
}
