// 11月24日对公务用车使用情况进行了抽查 · 11月10日分别与李明、孙丽进行了廉政谈话 after 黄志刚带队… / 王建国副理事长…主持…
// (issue 10, F1 of round 27: the later deed given to the sender, or the talk turned round onto the sender's head): a clause
// of a pasted news item that opens with its deed, no subject before it, goes on with the subject named before it.

/**
 * Words a clause opens with when it tells the next deed of the subject before it (day, type and titles already masked),
 * after a connector of a news item (随后/此外/同日/当天/次日/期间/其间…):
 * a manner (分别/逐一/先后/重点/分两次), a preposition of the deed (对/到/赴/深入/为/给/向/就), a verb of a check or visit
 * (检查/抽查/暗访/走访/调研/约谈/听取/讲授), or a lead (牵头/率). Neither 参加 nor 出席 (a leader attending is not holding).
 */
const DEED_OPENING = /^[\s\u0000,;。]*(?:(?:随后|此外|另外|同日|当日|当天|次日|第二天|期间|其间|之后|其后|然后)[\s\u0000,]*)?(?:分别|逐一|一一|先后|重点|专门|集中|分[两三四五\d]次|分批|对|到|赴|深入|前往|走访|为|给|向|就|检查|抽查|督查|暗访|明查暗访|巡查|调研|约谈|听取|讲授|宣讲|牵头|率|带领)/;

/**
 * Whether a clause (`rest`: day, type and titles masked, as whoDidIt reads it) opens with its deed and no subject, so the
 * subject of the clause before it in the same paragraph is its doer. A clause naming anyone first (黄志刚…, 办公室…, 我…)
 * does not.
 */
export function opensWithDeed(rest: string): boolean {
  return DEED_OPENING.test(rest);
}
