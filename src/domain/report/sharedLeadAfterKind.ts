// 林晓「本月共检查4次，11月3日办公室、…、11月24日康复中心，都是作风纪律检查，黄书记带队。」 (round 57, feb; t59b F3: items
// 1–3 asked their kind and left the clerk's, only the last 黄志刚's): a bare 「X带队」 closing a list right after the kind said
// for all of it (都是/均为 T) leads every item, as 「均由X带队」 does (ALL_LED_CLAUSE in ledInTrailer reads that).

/**
 * 都是/均为/均系… T (a kind of check, talk or other deed ending in 检查/督查/谈话…), a comma, then one led: (由) a
 * name or a title, perhaps both (黄书记 · 黄志刚书记 · 黄志刚同志), 带队/率队/牵头, then the end of the sentence or a
 * last clause of who went along by name or as 我/本人 (，我参加 · ，林晓陪同); one called by surname and post there (，孙科长和我
 * 参加) is left as written, since the 均由 reading of such a clause gives the last check to that one (left alone, round 57).
 * Group 1: up to the comma; group 2: the one who led.
 */
const BARE_LEAD_AFTER_KIND = /([，,]\s*(?:以上|上述)?(?:均|都|全部|全都|皆)(?:为|是|系|属于?)\s*[\u4e00-\u9fa5]{0,10}?(?:检查|督查|抽查|巡查|暗访|谈话|谈心|约谈|教育|党课|会议)(?:活动)?\s*[，,]\s*)(?:由\s*)?(?![均都全由])((?:[\u4e00-\u9fa5]{1,3}?)(?:同志)?(?:副?(?:书记|理事长|主任|部长|科长|组长))?(?:同志)?)\s*(?:亲自)?(?:带队|率队|牵头)(?=\s*(?:[。！!；;]|$|[，,]\s*(?:本人|我|[\u4e00-\u9fa5]{2,3}(?<![长记任])(?:同志)?)(?:[、和及与](?:本人|我|[\u4e00-\u9fa5]{2,3}(?<![长记任])(?:同志)?)){0,3}(?:等(?:同志)?)?(?:也|均|都)?(?:全程)?(?:参加|陪同|参与|随同|随行|配合)[^。！!；;，,]{0,6}(?:[。！!；;]|$)))/g;

/**
 * `text` with a bare 「X带队」 after a kind said for the whole list written 「均由X带队」 (我 written 本人, the shape whose
 * companions after it ledInTrailer reads: 均由本人带队，林晓参加); other text as it is.
 */
export function withSharedLeadAfterKind(text: string): string {
  return text.replace(BARE_LEAD_AFTER_KIND, (_whole, before: string, leader: string) => `${before}均由${leader === '我' ? '本人' : leader}带队`);
}
