// Round 61, the merge (issue 10): days joined by a space alone, as voice input writes them (t64a F1, stored wrong at
// once: 王磊「12月2号 3号分别和杨帆 王芳谈心谈话 这个王芳是办公室的」 stored both talks on 12-02). parseDayList now reads
// 「24号 25号」 as two days, so 分别 pairs each day with its person; a number that names a room, a building or a document
// (5号会议室 · 3号楼) joins nothing.
// And (t64a F2, dropped at once) 王建国「今天上午和办公室 财务科两个部门全体人员集体廉政谈话」 was stored as talks with the two
// heads: the count between the departments and 全体 is taken out (unitCountBeforeAll), and 「赵书记也在」 after such a talk is a
// leader there, not a ninth person talked to, when she belongs to none of the departments (companionsApart).
// Left as today: 李明「11月20号 21号先后和王芳 胡军进行了谈心谈话」 (先后 is not 分别: each person on both days, as with 、).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_ONE_M_ROWS: CorpusRow[] = [
  ["王磊", "11月24号 25号分别和杨帆 王芳谈心谈话 这个王芳是办公室的", "谈心 11-24 >杨帆 | 谈心 11-25 >王芳"],
  ["王建国", "11月24日 25日 分别和李明 孙丽进行了廉政谈话", "廉谈 11-24 >李明 | 廉谈 11-25 >孙丽"],
  ["冯雪", "25号 27号分别和赵磊谈了心", "谈心 11-25 >赵磊 | 谈心 11-27 >赵磊"],
  ["周涛", "24号 26号 分别和张颖 谈了心", "谈心 11-24 >张颖 | 谈心 11-26 >张颖"],
  // Near-misses: a number naming a room or a building is no second day.
  ["王磊", "11月24日 5号会议室和杨帆谈心谈话", "谈心 11-24 >杨帆"],
  ["王磊", "11月24号 3号楼会议室和杨帆 王芳分别谈了心", "谈心 11-24 >杨帆 | 谈心 11-24 >王芳"],
  // t64a F2 (dropped at once): a count of the units between the departments and 全体 (两个部门 · 这两个部门的) hid the 全体;
  // a leader by title of none of those departments who was there (赵书记也在 · 赵敏书记在场) is no one talked to.
  ["王建国", "今天上午和办公室 财务科两个部门全体人员集体廉政谈话", "!廉谈 11-30 >李明 | 廉谈 11-30 >黄志刚 | 廉谈 11-30 >林晓 | 廉谈 11-30 >王芳 | 廉谈 11-30 >胡军 | 廉谈 11-30 >孙丽 | 廉谈 11-30 >王强 | 廉谈 11-30 >李娟"],
  ["王建国", "今天和办公室、财务科这两个部门的全体人员进行了集体廉政谈话 赵书记也在", "!廉谈 11-30 >李明 | 廉谈 11-30 >黄志刚 | 廉谈 11-30 >林晓 | 廉谈 11-30 >王芳 | 廉谈 11-30 >胡军 | 廉谈 11-30 >孙丽 | 廉谈 11-30 >王强 | 廉谈 11-30 >李娟"],
  ["刘芳", "11月26日与组联部、康复部两个部门全体同志进行了集体廉政谈话", "!廉谈 11-26 >周涛 | 廉谈 11-26 >张颖 | 廉谈 11-26 >吴静 | 廉谈 11-26 >刘洋"],
  ["陈志强", "昨天和教育就业部 维权部两个部门所有人员开展了集体廉政谈话，赵敏书记在场", "!廉谈 11-29 >郑华 | 廉谈 11-29 >陈静 | 廉谈 11-29 >冯雪 | 廉谈 11-29 >赵磊"],
  // Near-misses: the heads of two departments stay the heads; a head of the department talked to who was there is one of them.
  ["王建国", "今天和办公室、财务科两个部门负责人进行了廉政谈话", "廉谈 11-30 >李明 | 廉谈 11-30 >孙丽"],
  ["刘芳", "11月26日与组联部全体同志进行了集体廉政谈话，周涛部长也在", "!廉谈 11-26 >周涛 | 廉谈 11-26 >张颖"],
];
