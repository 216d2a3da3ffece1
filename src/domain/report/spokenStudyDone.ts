// 「周一学的八项规定实施细则」 (t47a F1: the study not read at all, while 周一学了八项规定实施细则 was): the spoken 学的 · 学习的 ·
// 看的 of a deed told by its day is 学了 · 学习了 · 看了 (学习的 had also made 《的八项规定实施细则》 the title).

/**
 * 学的 · 学习的 · 看的 · 观看的 right after a day, a unit or a clause's start, and before what was studied (a 《title》 or
 * words) — not 学的是 · 看的时候 · 学的人 (what was studied named after 是, a time, the people).
 */
const SPOKEN_DONE = /(?<=^|[,，;；。:：\s]|[日号天]|周[一二三四五六日天]|星期[一二三四五六日天]|部里|科里|室里|中心|部门|科室|集中|一起)(学习|学|观看|看)的(?=《|[\u4e00-\u9fa5]{2})(?!是|时|人|东西|内容|情况|挺|很|比较|不|也|都|还|书|多|少|怎)/g;

/**
 * 一次是11月3日学党纪处分条例 · 周四学廉洁自律准则 (round 51 fzf, issue 10: the message was 没看懂, while 学了… was read): the
 * terse 学 right after a day, before what was studied — not 学校 · 学生 · 学员 · 学会 · 学期 · 学时 · 学分 · 学习 (read as it is).
 */
const TERSE_STUDY = /(?<=\d[日号]|(?:周|星期)[一二三四五六日天])学(?=《|[\u4e00-\u9fa5]{2})(?![了习过的会校生员期时分历位科院堂])/g;

/** `text` with each spoken 学的/看的 of a study or film written 学了/看了, and a terse 学 after a day 学了; unchanged when none. */
export function withSpokenStudyDone(text: string): string {
  return text.replace(SPOKEN_DONE, '$1了').replace(TERSE_STUDY, '学了');
}
