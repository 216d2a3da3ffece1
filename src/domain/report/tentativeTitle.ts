// 昨天给中心讲了一次廉政党课 有20多人 题目还没定 就叫廉洁从医吧 (r47 fse kind 5): the whole report was dropped — 题目还没定
// read as the deed denied (还没), 就叫…吧 as a question (吧). What a title is still to be, or is called for now, says
// nothing of the deed: the clause is the title, written 《》, or goes when it names none.

/** 题目还没定 · 题目暂时没想好 · 题目待定, then maybe 就叫/先叫/暂定/暂且叫 X (吧). */
const TITLE_UNSET = /[,，\s]*(?:题目|标题|讲题)(?:暂时|目前)?(?:还)?(?:没有?|未)(?:定|想好|确定)(?:下来)?(?:[,，\s]*(?:就|先|暂且?|暂时)?(?:叫做?|定为|用)(?:《)?([^,，。;；\s《》]{2,20}?)(?:》)?吧?)?(?=[,，。;；\s]|$)|[,，\s]*(?:题目|标题|讲题)待定(?=[,，。;；\s]|$)/;
/** 就叫廉洁从医吧 · 题目暂定廉洁从医 · 题目先叫廉洁从医吧 said alone after a 党课 or study. */
const TITLE_FOR_NOW = /[,，\s]*(?:题目|标题|讲题)?(?:就|先|暂且?|暂时)(?:叫做?|定为|定)(?:《)?([^,，。;；\s《》]{2,20}?)(?:》)?吧?(?=[,，。;；\s]|$)/;

/**
 * `text` with a title said as not yet set or called so for now written as 《X》 after a comma (or left out when none is
 * given); `text` itself when there is none. Only after a deed that takes a title (党课 · 学习 · 观看 · 教育).
 */
export function withTentativeTitle(text: string): string {
  if (!/党课|学习|观看|教育|讲了|宣讲/.test(text)) return text;
  const unset = TITLE_UNSET.exec(text);
  const m = unset ?? TITLE_FOR_NOW.exec(text);
  if (!m) return text;
  const title = m[1];
  return `${text.slice(0, m.index)}${title ? `，题目《${title}》` : ''}${text.slice(m.index + m[0].length)}`;
}
