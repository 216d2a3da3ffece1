// The verbs that tell a study (传达/学习/研读/观看 something) whose type may still be asked: shared by the readers that keep
// such a study apart from a deed told after it (afterwardsOwnSubject, signingAfterStudy).

/** A study told by its verb (传达/学习/研读/观看/收看/领学 something), whose type may still be asked. */
// 带领大家重温入党誓词，并领学了《中国共产党纪律处分条例》第八章 (round 42, t41a F20: the study swallowed by the signing after
// it): one who leads the reading (领学 · 带学 · 导学 · 研学) studies too.
export const STUDY_DEED = /传达|学习|研读|观看|收看|领学|带学|导学|研学|领读/;
