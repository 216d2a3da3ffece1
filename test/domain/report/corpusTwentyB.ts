// Round 20's clause and vocabulary faults (b20, issue 10): day + place checks with the type said once, for them all.
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
];
