// 学习内容为中央八项规定精神 (round 34a, F1: stored at once with the title 《内容为中央八项规定精神》): the field label of a study,
// a lecture or an education (内容为 · 内容是 · 内容: · 篇目为 · 主题是…) introduces what was studied or taught; it is never a
// word of the title. The label goes, so the title readers see the shape they already read (学习X · 题目为X).

/** A study's own label right after its verb: 学习内容为 · 学习的内容是 · 学习篇目: · 研读材料主要是 (group 1 the verb). */
const STUDY_LABEL = /(学习|研读|自学|传达学习|集中学习)(?:的)?(?:主要)?(?:内容|篇目|篇章|材料|文件|资料)(?:主要)?(?:为|是|有|包括|:)\s*/g;

/**
 * 组织部门学习,内容为… · 开展廉政学习,主要内容是… (group 1 the study clause): a bare 内容 label opening the clause after a
 * study is what was studied; it is written as that study's verb.
 */
const CONTENT_AFTER_STUDY = /(学习[^,;。!?\n\u0000]{0,6}),\s*(?:学习)?(?:的)?(?:主要)?内容(?:主要)?(?:为|是|包括|:)\s*/g;

/**
 * 廉政教育,教育内容为廉洁自律准则 · 培训内容是… (group 1 what follows): an education's content. A deed said there (观看…,
 * 学习…) stands as written; a document or a topic is what was studied.
 */
const TEACHING_LABEL = /(?:教育|培训)(?:的)?(?:主要)?内容(?:主要)?(?:为|是|包括|:)\s*(?=(学习|观看|收看|参观|聆听|传达|重温)?)/g;

/** 授课内容为守住廉洁底线 · 党课主题是… · 讲课内容: (a lecture's): its title, said as 题目为 (read up to the clause's end). */
const LECTURE_LABEL = /(?:授课|讲课|党课|宣讲)(?:的)?(?:主要)?(?:内容|主题)(?:为|是|:)\s*/g;

/** 学习主题是… · 活动主题: … : 主题 said with 是 or a colon, as 主题为 (题为, whose words the title reader takes). */
const THEME_LABEL = /(学习|教育|培训)(?:的)?主题(?:是|:)\s*/g;

/**
 * 学的是新修订的纪律处分条例 · 学习的是… · 主要学的是… (t52a F4: the study's title dropped, 学的是 read as no study verb): what
 * was studied, said with 的是, is written as the study's verb before it.
 */
const STUDIED_WAS = /(?:主要)?学(?:习)?的(?:主要)?(?:是|为)\s*/g;

/**
 * `text` (normalised: ASCII punctuation) with the field labels of what a study, an education or a lecture was about
 * taken out of the way of its title: 学习内容为X → 学习X, 学习,内容为X → 学习,学习X, 教育内容为X → 学习X (教育内容为观看X →
 * 观看X), 授课内容为X → 题目为X, 学习主题是X → 学习主题为X. Only labels joined to such a deed are read; a form's own
 * 内容: line (labelledMinutes) and a meeting's 会议内容 are left as they are.
 */
export function withoutContentLabels(text: string): string {
  if (!/内容|篇目|篇章|材料|文件|资料|主题|学(?:习)?的(?:主要)?(?:是|为)/.test(text)) return text;
  return text
    .replace(STUDIED_WAS, '学习')
    .replace(CONTENT_AFTER_STUDY, '$1,学习')
    .replace(STUDY_LABEL, '$1')
    .replace(TEACHING_LABEL, (_whole: string, deed: string | undefined) => (deed !== undefined ? '' : '学习'))
    .replace(LECTURE_LABEL, '题目为')
    .replace(THEME_LABEL, '$1主题为');
}
