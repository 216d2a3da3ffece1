// 王强「我昨天为财务科全体党员讲了廉政党课」 (h28 leftover: asked whose, the head and the leaders first): the sender who writes 我 and
// a verb of giving the lecture gave it, whatever their rank; only 上了/听了/参加了 a 党课 may mean they sat in one.

/** 讲 · 讲了 · 上了一堂 · 上了 right before the masked type (给全体人员上了廉政党课): giving it, not sitting in. */
const GIVE = '(?:讲|上了?一?[堂次节]|上了?(?=\\u0000))';

/** 我 then, in the same clause, 讲/讲授/主讲/授课/宣讲, or 为/给 an audience then 讲/上; never 我们, never after 听/参加/聆听. */
const OWN_LECTURE = new RegExp(
  `(?:^|[^\\u4e00-\\u9fa5]|[日号天周])我(?!们)(?:[^,;。!?，；！？听参聆]{0,16}?(?:讲授|主讲|授课|宣讲|讲了|讲过)|[^,;。!?，；！？听参聆]{0,8}?(?:为|给|向)[^,;。!?，；！？]{1,16}?${GIVE})|由我(?:来)?(?:主讲|讲授|授课|讲)`,
);

/**
 * A clause with no subject of its own that gives the lecture to an audience, a companion perhaps before it:
 * 11.30跟林晓一起给康复中心全体人员上了廉政党课 (round 42, t41b F7: the 纪委书记 asked whose, while 我给… was his at once).
 */
const UNSAID_LECTURE = new RegExp(
  `(?:^|[,;。!?，；！？:：])[\\s\\u0000]*(?:(?:跟|和|与|同)([\\u4e00-\\u9fa5]{1,8}?)(?:一起|一同|一道|一块儿?))?(?:为|给)[^,;。!?，；！？我]{1,16}?${GIVE}`,
);

/**
 * Whether a clause (day and type masked, as whoDidIt reads it) says the sender gave the lecture: 我为财务科党员讲了… ·
 * 我昨天给大家上了一堂… · 我给全体人员上了廉政党课 · 由我主讲. False for 我参加了/听了…党课 and for 我们.
 */
export function saysOwnLecture(rest: string): boolean {
  return OWN_LECTURE.test(rest);
}

/**
 * The subjectless 给/为 an audience 上了/讲了 a 党课 (跟林晓一起给康复中心全体人员上了…): undefined when the clause is not one;
 * else the words naming the companion it was given with ('' when none), for the caller to weigh (one senior to the sender
 * may have given it).
 */
export function unsaidOwnLecture(rest: string): string | undefined {
  const m = UNSAID_LECTURE.exec(rest);
  return m ? (m[1] ?? '') : undefined;
}
