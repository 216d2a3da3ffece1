import { DEADLINE_TASK_REPLY, readsAsDeadlineTask } from './deadlineInstruction.js';

// 【通知】各部室：请于12月10日前报送…，联系人：林晓，电话8123456。机关纪委 2026年12月1日 — a notice, no report.

/** 【通知】 · 【重要通知】 · 通知： at the start. */
const NOTICE_HEAD = /^\s*(?:【[^】]{0,8}通知[^】]{0,8}】|[^,;。!?:：\n]{0,12}通知\s*[:：])/;
/** 联系人：林晓 · 联系电话 · 电话8123456: how to reach whoever collects the papers. */
const CONTACT = /联系人\s*[:：]|联系电话|电话\s*[:：]?\s*\d{5,}/;
/** 请于12月10日前报送 · 请各部室在…之前提交: what others are asked to hand in by a deadline. */
// 请于12月10日前将本部门2026年…自查总结报送… (round 25 F5): what is asked for may be long.
const ASKED_BY = /请[^,;。!?]{0,12}?(?:前|之前|以前)[^;。!?]{0,30}?(?:报送|上报|提交|报|交|完成|开展)/;

/**
 * Whether `text` is a notice asking others to hand in papers by a deadline (a 【通知】 head or a contact line, and a
 * 请…前报送): nothing to record, and no one to ask whose deed it is. Round 18 (K): the signature's day (机关纪委
 * 2026年12月1日) made it a 述责述廉 of someone's, asked 「这条述责述廉是谁的？」.
 */
export function readsAsNotice(text: string): boolean {
  // t51b F3: 各分管领导于12月20日前完成…廉政谈话，请…抓紧落实 — a task handed out with a deadline is a notice too.
  if (readsAsDeadlineTask(text)) return true;
  const signed = NOTICE_HEAD.test(text) || CONTACT.test(text) || SIGNATURE.test(text);
  return (signed && (ASKED_BY.test(text) || ATTEND_ASKED.test(text))) || (ANNOUNCED.test(text) && ATTEND_ASKED.test(text));
}

/** 请准时参加 · 请按时出席 · 请参会人员提前10分钟到场: those invited are asked to come. */
const ATTEND_ASKED = /请(?:各位|大家|相关人员|参会人员|各部室)?[^,;。!?]{0,6}?(?:准时|按时|提前[^,;。!?]{0,8}?)(?:参加|出席|参会|到场|到会)/;
/** 定于12月5日下午3点在三楼会议室召开…: a meeting set for a day. */
const ANNOUNCED = /定于[^。!?]{0,30}?(?:召开|举行|举办|开展|组织)/;
/**
 * 办公室 2026年12月1日 · 机关纪委 2026年12月1日 at the end: a notice's signature (round 25 F5: its day was taken as the day
 * of the meeting it announced, 「定于12月5日…召开…专题会议，请准时参加。」 asked its type for 12-01).
 */
const SIGNATURE = /(?:^|[\s。!.])[\u4e00-\u9fa5]{2,12}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;

/** The reply to a notice: nothing recorded, and who reports what. */
export const NOTICE_REPLY = '这是一则通知（请他人按期报送材料），不是已完成活动的上报，清风没有记录。材料报送后，由报送人发给我即可，例如「今天报送了述责述廉报告」。';

/**
 * `text` without a signature line at its end (办公室 2026年12月1日): the day a text was signed is no day of a deed in it
 * (round 25 F5 probe: 「11月28日召开了…专题会议。办公室 2026年12月1日」 asked its type for 12-01).
 */
export function withoutSignature(text: string): string {
  const m = SIGNATURE.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index + (/^[\s。!.]/.test(m[0]) ? 1 : 0)).trimEnd() : text;
}

/** The reply to a meeting's notice: nothing recorded until it is held. */
const MEETING_NOTICE_REPLY = '这是一则会议或活动通知，活动还没有开展，清风没有记录。开完以后，由主持或承办的同志发给我即可，例如「今天召开了党风廉政建设专题会议」。';

/** The reply for a notice `text`: a meeting announced (定于…召开, 请准时参加) or papers asked for. */
export function noticeReply(text: string): string {
  if (readsAsDeadlineTask(text)) return DEADLINE_TASK_REPLY;
  return ATTEND_ASKED.test(text) && !ASKED_BY.test(text) ? MEETING_NOTICE_REPLY : NOTICE_REPLY;
}
