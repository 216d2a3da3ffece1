/**
 * 郑华、冯雪两位部长作了表态发言 · 3名同志谈了学习体会 · 两位支部书记先后作交流发言: a count of the people who SPOKE at an
 * activity, never its head count (round 29 t29 A10: 「2人参加」 was shown from the two named speakers). A count with a
 * joining word before the speech (30名党员参加并作交流发言) stays a head count: the span to the speech may not hold one.
 * Matched on text whose numerals are already Arabic (两位 → 2位); only the count is masked, what they said stays, and
 * no head count is taken from it.
 */
export const SPEAKERS =
  /(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:位|名|个人|人)(?=(?:(?!参加|参会|参训|出席|到会|参与)[^，。；,;\n]){0,8}?(?:发言|讲话|体会|心得|感受|感想|观后感|点评|表态))/g;

/**
 * 谈了学习体会 · 交流了心得 · 作了表态发言: what someone SAID at an activity (issue 10: 「张颖同志谈了体会」 after a study was
 * read as an untyped talk with 张颖). Such words tell of no talk held with anyone; they are taken out before a talk is sought.
 */
export const SPOKE = /(?:谈了?|交流了?|分享了?|畅谈了?)[^,;。!?\n与和跟找]{0,4}?(?:体会|心得|感受|感想|认识)|(?:作了?|做了?)?[^,;。!?\n与和跟找]{0,4}?发言/g;
