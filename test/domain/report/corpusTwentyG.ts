// A department named right before a person is that person's qualifier (g20, issue 10): a person not of that department
// is asked, never recorded as someone else of the surname with the department's head as a second counterpart; a
// department they do belong to picks them; a place gone to (到组联部与…) before people stays a place.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_G_ROWS: CorpusRow[] = [
  // Mismatch as the doer: 宣文部 has nobody surnamed 周, 组联部 no 王部长 (was: 周涛 / 王磊 with 杨帆 and the head, at once).
  ["杨帆", "宣文部周部长本周一和我进行了廉政谈话", "廉谈 11-30 >杨帆 ?ambiguous_actor"],
  ["杨帆", "组联部王部长本周一和我进行了廉政谈话", "廉谈 11-30 >杨帆 ?ambiguous_actor"],
  // Mismatch as the one talked to, by surname and title or by full name (was: 王磊 / 王强 recorded).
  ["张伟", "11月25日与组联部王部长进行了廉政谈话", "廉谈 11-25 > ?ambiguous_counterpart"],
  ["张伟", "11月25日与办公室王强同志进行了廉政谈话", "廉谈 11-25 > ?ambiguous_counterpart"],
  // A paper handed in by someone named after a department not theirs: whose it is, asked (was: 周涛's at once).
  ["赵敏", "宣文部周涛部长11月25日报送了廉政信息一篇", "信息 11-25 > ?missing_actor"],
  // Match: the department says which one, as before.
  ["杨帆", "宣文部王部长本周一和我进行了廉政谈话", "!廉谈 11-30 王磊>杨帆"],
  ["杨帆", "维权部冯部长本周一和我进行了廉政谈话", "!廉谈 11-30 冯雪>杨帆"],
  ["张伟", "11月25日与财务科王强同志进行了廉政谈话", "廉谈 11-25 >王强"],
  // A place gone to before the people is no qualifier.
  ["王建国", "11月25日到组联部与周涛、张颖分别谈心谈话", "谈心 11-25 >周涛 | 谈心 11-25 >张颖"],
];
