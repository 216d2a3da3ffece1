// 王强「我昨天为财务科全体党员讲了廉政党课」 (h28 leftover: asked whose, the head and the leaders first): the sender who writes 我 and
// a verb of giving the lecture gave it, whatever their rank; only 上了/听了/参加了 a 党课 may mean they sat in one.

/** 我 then, in the same clause, 讲/讲授/主讲/授课/宣讲, or 为/给 an audience then 讲/上; never 我们, never after 听/参加/聆听. */
const OWN_LECTURE = /(?:^|[^\u4e00-\u9fa5]|[日号天周])我(?!们)(?:[^,;。!?，；！？听参聆]{0,16}?(?:讲授|主讲|授课|宣讲|讲了|讲过)|[^,;。!?，；！？听参聆]{0,8}?(?:为|给|向)[^,;。!?，；！？]{1,16}?(?:讲|上了?一?[堂次节]))|由我(?:来)?(?:主讲|讲授|授课|讲)/;

/**
 * Whether a clause (day and type masked, as whoDidIt reads it) says the sender gave the lecture: 我为财务科党员讲了… ·
 * 我昨天给大家上了一堂… · 由我主讲. False for 我参加了/听了…党课 and for 我们.
 */
export function saysOwnLecture(rest: string): boolean {
  return OWN_LECTURE.test(rest);
}
