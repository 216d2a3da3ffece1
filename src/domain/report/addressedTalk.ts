// 徐辉副主任对中心主任进行了廉政谈话 (round 43, fixers of round 42: stored 何平>徐辉, turned round because 何平 is above 徐辉):
// 对X/向X + 进行/开展 + …谈话 says who was talked to, whoever stands above whom.

/** 对X进行了廉政谈话 · 向X进行了廉政提醒谈话 · 对分管部门负责人开展了集体谈话: the subject talked, X was talked to. */
const ADDRESSED = /(?:对|向)[^,，;；。!?\n]{1,14}?(?:进行|开展|作|做)了?[^,，;；。!?\n]{0,10}?谈/;

/** Whether `text` says outright, with 对/向 before the one talked to, which way a talk went (so it is never turned round). */
export function saysWhoWasTalkedTo(text: string): boolean {
  return ADDRESSED.test(text);
}
