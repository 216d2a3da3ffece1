// 【通知】各部室：请于12月10日前报送…，联系人：林晓，电话8123456。机关纪委 2026年12月1日 — a notice, no report.

/** 【通知】 · 【重要通知】 · 通知： at the start. */
const NOTICE_HEAD = /^\s*(?:【[^】]{0,8}通知[^】]{0,8}】|[^,;。!?:：\n]{0,12}通知\s*[:：])/;
/** 联系人：林晓 · 联系电话 · 电话8123456: how to reach whoever collects the papers. */
const CONTACT = /联系人\s*[:：]|联系电话|电话\s*[:：]?\s*\d{5,}/;
/** 请于12月10日前报送 · 请各部室在…之前提交: what others are asked to hand in by a deadline. */
const ASKED_BY = /请[^,;。!?]{0,12}?(?:前|之前|以前)[^,;。!?]{0,8}?(?:报送|上报|提交|报|交|完成|开展)/;

/**
 * Whether `text` is a notice asking others to hand in papers by a deadline (a 【通知】 head or a contact line, and a
 * 请…前报送): nothing to record, and no one to ask whose deed it is. Round 18 (K): the signature's day (机关纪委
 * 2026年12月1日) made it a 述责述廉 of someone's, asked 「这条述责述廉是谁的？」.
 */
export function readsAsNotice(text: string): boolean {
  return (NOTICE_HEAD.test(text) || CONTACT.test(text)) && ASKED_BY.test(text);
}

/** The reply to a notice: nothing recorded, and who reports what. */
export const NOTICE_REPLY = '这是一则通知（请他人按期报送材料），不是已完成活动的上报，清风没有记录。材料报送后，由报送人发给我即可，例如「今天报送了述责述廉报告」。';
