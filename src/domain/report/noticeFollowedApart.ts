// 按照通知要求报送廉政信息2篇 · 根据上级通知精神组织观看了警示教育片 (round 52, fwf: no report at all, the papers dropped without
// a word; with a comma after 要求 it was read right): the notice followed, said with no comma before the deed done as it
// asked, is the purpose clause purposeClause.ts already reads (按照…通知要求，…), written with its comma.

/**
 * 按照 · 根据 · 依据 · 依照 · 遵照 · 按 then up to 20 characters then 通知 (its 要求 · 精神 · 安排 · 部署 after it), running on
 * into the next word with no mark between: group 1 is the instruction followed. Not before 的/中/里/后, 上 (but 上报) or 下发
 * (按照通知要求的时间 is one phrase, 通知中 a place in it).
 */
const FOLLOWED = /((?:按照|根据|依据|依照|遵照|按)[^,，;；。!?！？\n]{0,20}?通知(?:的)?(?:要求|精神|安排|部署)?)(?![,，;；。!?！？\n的中里后]|上(?!报)|下发)(?=\s*\S)/g;

/** `text` with a comma after each instruction followed that runs on into its deed (按照通知要求报送… → 按照通知要求，报送…). */
export function withNoticeFollowedApart(text: string): string {
  return text.replace(FOLLOWED, '$1，').replace(/，\s+/g, '，');
}
