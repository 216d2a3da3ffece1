// 按照通知要求报送廉政信息2篇 · 根据上级通知精神组织观看了警示教育片 (round 52, fwf: no report at all, the papers dropped without
// a word; with a comma after 要求 it was read right): the notice followed, said with no comma before the deed done as it
// asked, is the purpose clause purposeClause.ts already reads (按照…通知要求，…), written with its comma.

/**
 * 按照 · 根据 · 依据 · 依照 · 遵照 · 按 then up to 20 characters then 通知 (its 要求 · 精神 · 安排 · 部署 after it), running on
 * into the next word with no mark between: group 1 is the instruction followed. Not before 的/中/里/后, 上 (but 上报) or 下发
 * (按照通知要求的时间 is one phrase, 通知中 a place in it).
 */
// 按照通知要求的时间报送廉政信息2篇 (round 52, fwcc: cut as 按照通知，要求的时间报送…, then read as urging others): the
// time, form or number the notice asked for is part of the instruction, and 通知 is never cut from its 要求.
// 按通知要求上交廉政信息材料2份 · 按要求上交… (round 53, fkf: no report): 上交 is a paper handed in as 上报 is, and 按 alone
// before 要求 is 按照 — at a clause's start only: 均已按要求报送 closes a tally (round 53, fkff), no lead.
const FOLLOWED = /((?:按照|根据|依据|依照|遵照|按)[^,，;；。!?！？\n]{0,20}?通知(?:的)?(?:(?:要求|规定|安排)的?(?:时间|时限|节点|格式|内容|篇数|数量)|要求|精神|安排|部署)?)(?![,，;；。!?！？\n的中里后要]|上(?!报|交)|下发)(?=\s*\S)/g;

/**
 * 按照要求上报廉政信息3篇 · 根据市纪委安排报送… · 遵照上级部署提交了… (round 52, fwcc: read as urging others to hand in,
 * 要求…上报): an instruction with no 通知 (要求 · 安排 · 部署 · 规定), running straight on into a verb of sending a paper,
 * is followed by the sender, who sent it. Group 1 is the instruction.
 */
const FOLLOWED_SENT = /((?:按照|根据|依据|依照|遵照|(?<=^|[\s,，;；。:：\u0000日号天])按(?=要求|规定|安排|部署))[^,，;；。!?！？\n]{0,16}?(?:要求|安排|部署|规定)(?:的?(?:时间|时限|节点|格式))?)(?=\s*(?:按时|及时|如期|准时)?(?:向[^,，;；。!?！？\n]{1,10}?)?(?:报送|上报|提交|报了|报出|上交|递交|呈报))/g;

/** `text` with a comma after each instruction followed that runs on into its deed (按照通知要求报送… → 按照通知要求，报送…). */
export function withNoticeFollowedApart(text: string): string {
  const apart = (whole: string, lead: string, at: number, all: string) => (URGED_BEFORE.test(clauseBefore(all, at)) ? whole : `${lead}，`);
  return text.replace(FOLLOWED, apart).replace(FOLLOWED_SENT, apart).replace(/，\s+/g, '，');
}

/**
 * 督促各部室按照通知要求上报廉政信息 (round 52, fwcc: cut, it became the sender's 信息报送): the instruction others were urged
 * to follow is theirs, so the clause stays whole and urgesOthers reads it.
 */
const URGED_BEFORE = /督促|要求|通知|提醒|催促|催报|指导|推动|请|让|叫/;

/** The words of `text`'s clause before offset `at` (from the last mark before it). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const mark = Math.max(...[',', '，', ';', '；', '。', '!', '！', '?', '？', '\n'].map((m) => before.lastIndexOf(m)));
  return before.slice(mark + 1);
}
