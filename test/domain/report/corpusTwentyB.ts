// Round 20's clause and vocabulary faults (b20, issue 10): day + place checks with the type said once, for them all;
// a 提醒 given to one named person without the word 谈.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_B_ROWS: CorpusRow[] = [
  // 4. Several day + place check clauses, the type said once after them (都是/均为/以上都是…) or in the first clause only:
  // each clause a check of that type, on the card (was: the first kept, the other days named as unmatched).
  ["黄志刚", "11月2日督查了财务科，11月12日督查了维权部，均为节前作风纪律督查", "!作风 11-02 > | 作风 11-12 >"],
  ["林晓", "上周一抽查了办公室，上周三抽查了康复部，上周五抽查了教就部，这三次都是查在岗在位情况", "!作风 11-23 > | 作风 11-25 > | 作风 11-27 >"],
  ["黄志刚", "本周一到了财务科，上周四到了康复中心，都是明察暗访", "!作风 11-30 > | 作风 11-26 >"],
  ["林晓", "11月6日抽查了康复部考勤，11月13日抽查了维权部，11月27日抽查了财务科", "!作风 11-06 > | 作风 11-13 > | 作风 11-27 >"],
  // …and with no type word at all, each check's type is asked (was: 「没有读出…活动，未记录」).
  ["林晓", "上周二检查了维权部，上周四检查了办公室", "? 11-24 > ?missing_type | ? 11-26 > ?missing_type"],
  ["黄志刚", "11月20日查了组联部", "? 11-20 > ?missing_type"],
  // 6. A 提醒 given to one named person without 谈 (提了个醒 · 提醒了X注意 · 敲了敲警钟) is a 廉政谈话 (提醒谈话) with them, a
  // guess on the card (was: 没看懂 / 「…未记录」); a room they were called into is no unmatched department.
  ["赵敏", "下午把何平请到我办公室，就节前收送礼品的事给他提了个醒", "!廉谈 11-30 >何平"],
  ["刘芳", "周五给吴静提了一下醒，年底各项经费要管好", "!廉谈 11-27 >吴静"],
  ["陈志强", "今天上午提醒了郑华注意元旦期间廉洁过节", "!廉谈 11-30 >郑华"],
  ["王建国", "昨天找孙丽聊了几句，给她敲了敲警钟", "!廉谈 11-29 >孙丽"],
  ["李明", "11月27日把胡军叫到办公室，提醒他不要公车私用", "!廉谈 11-27 >胡军"],
];
