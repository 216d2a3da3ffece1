// 上周五张书记主将了廉政党课 · 王部长主将的 (round 51, fza; t53a F10: asked who lectured, 主将 read as no verb): voice input
// writes 主讲 as 主将 (one sound), 主降 · 住讲 · 主奖 · 主蒋 (near ones), or traditional 主將 · 主講 (this runs before the text is
// simplified). Where a lecture or a study is said, such a slip is 主讲, never a person nor a word of its own; 主将 (a general,
// a team's key player) said of nothing taught stays as written.

/** The slips of 主讲, ended by what follows a verb (了 · 的 · 过 · a title or the lecture itself) or by the clause's end. */
const LECTURE_SLIP = /(?:主[将將降奖獎蒋蔣]|住[讲講])(?=了|的|过|過|完|[\s,，。;；!！?？、：:]|$|《|“|廉政|廉洁|党课|黨課|专题|專題|一堂|一次|一节|一節|人)/g;

/** What says something was taught: a 党课, a lecture, a study or a training. */
const TAUGHT = /课|課|讲座|講座|宣讲|宣講|授课|培训|培訓|辅导|輔導|廉政教育|廉洁教育|教育|学习|學習|报告会|報告會/;

/**
 * `text` with each slip of 主讲 (主将 · 主降 · 住讲 · 主奖 · 主蒋, LECTURE_SLIP) written 主讲 when the text says something was
 * taught (TAUGHT); `text` itself otherwise. Same length: the slip and the word are two characters each.
 */
export function withLectureSlip(text: string): string {
  if (!TAUGHT.test(text)) return text;
  return text.replace(LECTURE_SLIP, '主讲');
}
