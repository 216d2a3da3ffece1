// The verbs that tell a study (传达/学习/研读/观看 something) whose type may still be asked: shared by the readers that keep
// such a study apart from a deed told after it (afterwardsOwnSubject, signingAfterStudy).

/** A study told by its verb (传达/学习/研读/观看/收看 something), whose type may still be asked. */
export const STUDY_DEED = /传达|学习|研读|观看|收看/;
