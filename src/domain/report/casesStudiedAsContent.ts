// 开展了廉政教育；学习了身边的典型案例 (round 50, fxf; left alone by round 49: a phantom 警示教育 of no day asked about) · 给分管
// 部门讲廉政党课，学习了典型案例 (a 党课 and a 警示教育 stored after one tap): cases studied in the clause right after an education
// or a lecture, with nothing of their own (no day, no doer, no film), are that deed's content, as 「开展廉政教育，学习了身边的
// 典型案例」 (round 49 fvd) and 「讲廉政党课，结合典型案例」 already were.

/** The cases studied, ending their clause: (组织)学习了(身边的)典型案例(通报). */
const CASES = String.raw`(?:组织)?(?:集中)?(?:学习|学了)了?(?:[^,，;；。\n《》\d]{0,10}?)典型(?:案例|问题)(?:通报)?(?=\s*(?:[,，。;；\n]|$))`;
/** An education written in the catalogue's words, its clause ended by ；: the ； is only a comma there. */
const EDUCATION_THEN = new RegExp(String.raw`((?:廉政|廉洁|警示)教育|廉政学习|党纪学习)\s*[;；]\s*(?=${CASES})`, 'g');
/** A lecture (廉政党课, maybe its title), the cases studied in the next clause: the lecture drew on them. */
const LECTURE_THEN = new RegExp(String.raw`(党课(?:《[^》]{1,30}》)?)\s*[,，;；]\s*(?:组织)?(?:集中)?(?:学习|学了)了?(?=(?:[^,，;；。\n《》\d]{0,10}?)典型(?:案例|问题)(?:通报)?(?=\s*(?:[,，。;；\n]|$)))`, 'g');

/**
 * `text` with cases studied right after an education (；) or a lecture written as that deed's content: 「开展了廉政教育，学习
 * 了身边的典型案例」 · 「讲廉政党课，结合典型案例」. Unchanged when no such clause follows.
 */
export function withCasesStudiedAsContent(text: string): string {
  return text.replace(EDUCATION_THEN, '$1，').replace(LECTURE_THEN, '$1，结合');
}
