// 「昨天中心警示教育我组织的，看了《围猎》，15个人参加」 from 徐辉, the 中心's deputy head (round 47, fsd; frg #45: on the card
// as 何平's, the head, 代为上报): the sender says after the deed that they organised it (我组织的 · 是我组织的 · 由我牵头 · 我负责
// 组织的), so it is theirs, whoever heads the unit named. 我也参加了 · 我去了 (only taking part) are not this.

/**
 * 是我组织的 · 由我牵头 · 由本人负责组织 · 由我带队 (是/系/由 + 我), or 我组织的 · 我负责组织的 · 我牵头的 · 本人主持的 (我 + the
 * doing + 的); never 我们 (我们组织的 is the unit's).
 */
const SENDER_ORGANISED = /(?:是|系|由)(?:我|本人)(?!们)(?:亲自|负责|来)?(?:组织|牵头|主持|带队|负责)|(?:我|本人)(?!们)(?:亲自|负责|牵头)?(?:组织|牵头|主持|带队)的/;

/**
 * Whether `rest` (a segment, day, type and titles masked) says the sender organised or led the deed themself:
 * 中心警示教育我组织的 · 廉政教育是我组织的 · 由我牵头 · 我负责组织的. False for 我也参加了, 我去了, 我们组织的.
 */
export function saysSenderOrganised(rest: string): boolean {
  return SENDER_ORGANISED.test(rest);
}
