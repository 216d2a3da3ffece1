// 11月24日对公务用车使用情况进行了抽查 · 11月10日分别与李明、孙丽进行了廉政谈话 after 黄志刚带队… / 王建国副理事长…主持…
// (issue 10, F1 of round 27: the later deed given to the sender, or the talk turned round onto the sender's head): a clause
// of a pasted news item that opens with its deed, no subject before it, goes on with the subject named before it.
// One list of such openings, with the two subsets its readers need: whoDidIt's (every deed opening) and dayPerSentence's
// (the check verbs only, where it writes a heading's doer in).

/** Verbs of a check or a visit a clause can open with: 检查了办公室 · 抽查 · 明查暗访 (明察暗访, as often typed) · 走访 · 约谈. */
const CHECK_VERBS = '检查|抽查|督查|巡查|暗访|明[查察]暗访|走访|调研|约谈';

/**
 * 查看了财务报销台账 · 查阅了… (round 42, t41a F15: the check after a 提醒 visit stored with no doer): looking through a
 * place's papers (papersLooked) goes on with the visitor as a check's verb does; whoDidIt's only (no heading's doer).
 */
const PAPER_VERBS = '查看|查阅|翻阅|调阅';

/**
 * 形成 · 撰写 · 起草 a paper (…并到部门开展调研，形成调研报告1篇: t52b F1, the 调研报告 given to the sender who relayed 陈志强's
 * visit): the paper written out of the deed before is its doer's, as a check's verb after it is.
 */
const WRITTEN = '形成|撰写|起草';

/**
 * whoDidIt's subset, every opening of a next deed (day, type and titles already masked), after a connector of a news item
 * (随后/此外/同日/当天/次日/期间/其间…): a manner (分别/逐一/先后/重点/分两次), a preposition of the deed
 * (对/到/赴/深入/为/给/向/就), a check's verb, 听取/讲授/宣讲, or a lead (牵头/率). Neither 参加 nor 出席 (a leader attending
 * is not holding).
 */
const DEED_OPENING = new RegExp(
  `^[\\s\\u0000,;。]*(?:(?:随后|此外|另外|同日|当日|当天|次日|第二天|期间|其间|之后|其后|然后)[\\s\\u0000,]*)?(?:分别|逐一|一一|先后|重点|专门|集中|实地|现场|分[两三四五\\d]次|分批|对|到|赴|深入|前往|为|给|向|就|${CHECK_VERBS}|${PAPER_VERBS}|${WRITTEN}|听取|讲授|宣讲|牵头|率|带领)`,
);

/**
 * dayPerSentence's subset, a dated clause after a heading that opens with a check's verb (重点/又/还 before it allowed).
 * Narrower on purpose: a clause opening 对/到/分别… goes on with the subject before it already in whoDidIt
 * (continuesSubject), and writing the heading's doer in before it broke a reading that whoDidIt carries; a bare check verb
 * is the one opening whose doer was lost (the second dated check the sender's).
 */
const CHECK_OPENING = new RegExp(`^(?:重点|又|还)?(?:${CHECK_VERBS})`);

/**
 * Whether a clause (`rest`: day, type and titles masked, as whoDidIt reads it) opens with its deed and no subject, so the
 * subject of the clause before it in the same paragraph is its doer. A clause naming anyone first (黄志刚…, 办公室…, 我…)
 * does not.
 */
export function opensWithDeed(rest: string): boolean {
  return DEED_OPENING.test(rest);
}

/**
 * Whether the words after a clause's opening day (`afterDay`, the day and its comma cut) open with a check's verb and no
 * subject (检查了办公室 · 又抽查了… · 明察暗访…), so a heading's doer must be written in for the clause to keep it.
 */
export function opensWithCheck(afterDay: string): boolean {
  return CHECK_OPENING.test(afterDay);
}
