// The words the "still to come" reading (stillToCome.ts) shares between its readers, so a deed is named the same way
// whether it is set for later (setForLater) or at a time of today (dayStillToCome).

/**
 * A deed named besides a kind or a title: a talk, a signing, a sitting (会 · 学习 · 观看 · 党课 · 讲 · 教育 · 培训), a check.
 * 3点开会学习廉政准则 (round 36b) and 的谈话安排在12月上旬 (round 35a) are deeds by these words.
 */
export const DEED_WORDS = /谈|签|会|学习|观看|党课|讲|检查|督查|暗访|教育|培训/;

/**
 * A sitting: a meeting, a study, a film, a lecture. A notice calls people to one (callsToSittingAhead), and only a sitting of
 * a part of today under way is asked whether held (partOfTodayUnderway, round 36b: a talk or signing of this morning sent at
 * 10:00 is most often told after it and stays a report, as round 25b labelled it).
 */
export const SITTING_WORDS = /会|学习|观看|警示|党课|讲|教育|培训|片/;
