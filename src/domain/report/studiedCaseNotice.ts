// 传达学习市纪委通报的3起违反中央八项规定精神典型问题 (round 35a, F1: stored at once as a 廉政教育 titled 《市纪委通报的3起违反
// 中央八项规定精神》): a notice of cases that is studied is 典型案例通报学习 (duties.md: 警示教育) however long the words that
// qualify its cases (who sent it, how many, which rule they broke); only 通报 right beside 典型问题/典型案例 was read, and the
// bare-title reader then cut the clause at its last document word (…精神) into a title.

/** The cases a notice tells of: 典型案例 · 典型问题 · 违纪违法案件 · 腐败案例 · N起…问题/案例 (a count, then what they broke). */
const CASE_NOUN = '典型(?:案例|问题)|(?:违纪|违法|违规|腐败|职务犯罪)[^,;。!?，；\\n\\u0000]{0,8}?案(?:例|件)|[0-9一二两三四五六七八九十几多]+起[^,;。!?，；\\n\\u0000]{0,20}?(?:案例|案件|问题)';

/**
 * Pattern source (no flags, no anchors) of studied cases in one clause: a study verb (学习 · 学了 · 传达 · 研读) up to 16
 * characters before them, then either `通报的` + up to 24 characters of qualifier + the cases, or the cases themselves
 * (学习了3起违反中央八项规定精神典型问题: studied without a notice named). `gap` is the caller's one-character class that
 * never crosses a clause. Cases only drawn on (结合/根据/对照…) are no study and are not matched; cases followed by 通报
 * (学习市纪委违纪违法案件通报) are the notice's name, left whole to the title and to the adjacent 案件通报 words.
 */
export function studiedCaseNoticeSource(gap: string): string {
  return `(?<=(?:学习|学了|学过|传达|研读)${gap}{0,16}?)(?<!(?:结合|联系|根据|按照|针对|对照)${gap}{0,12})(?:通报的${gap}{0,24}?)?(?:${CASE_NOUN})(?!的?通报)`;
}

/**
 * The words right after a bare title (学习市纪委通报的…精神|典型问题): they continue into cases (典型问题 · 3起… · 违纪违法案件), so
 * the "title" is only the qualifier of a case notice, cut at its last document word — no title at all. Cases after 和/及/与/并
 * (学习了《条例》和典型案例通报) are a second thing studied, not a qualifier.
 */
const CASES_FOLLOW = new RegExp(`^的?(?:(?!和|及|与|并)[^,;。!?，；、\\s\\n\\u0000]){0,24}?(?:${CASE_NOUN})`);

/** Whether `after` (the text right after a bare title's match) runs on into the cases of a notice, so the title is a cut qualifier. */
export function casesFollow(after: string): boolean {
  return CASES_FOLLOW.test(after);
}

/**
 * Whether a bare title (学习…X, no 《》) names cases rather than a document: it ends in 案例/案件 (学习市纪委通报的违反中央八项
 * 规定精神典型案例, round 35a F1: kept as a title beside the 警示教育, two records of one deed) or is a notice of counted cases
 * (两起典型案例通报). Cases studied type the deed
 * (警示教育); they are no paper anyone could look up.
 */
// 会上学习了两起典型案例通报 (t41b A20: 《两起典型案例通报》 beside 「典型案例通报」 left unmatched): a notice named by how many
// cases it tells (两起 · 3起 · 几个) is the cases' notice, no paper's name either.
export function namesCases(title: string): boolean {
  return /案(?:例|件)$/.test(title.trim()) || /^(?:[\d一二两三四五六七八九十几多]+|近期|近年来?)(?:起|个|件|宗)[^《》]{0,12}?(?:案例|案件|问题)[^《》]{0,4}?通报$/.test(title.trim());
}
