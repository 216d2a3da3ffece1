// Round 34a (helper x1, issue 10; kinds left open at the last stop, found by t33c and helpers r2/r3). Read on Mon
// 2026-11-30 10:00 +08:00. Kinds: a named record with 不用再记一条了 · 不用记录 · 不要记 · 别再记了 (one clause or two) was
// asked as a new talk; it is about a record made before, no report (the chat withdraws it). A request to look something
// up (帮我看看 · 查一下 · 麻烦查查) beside deeds that the query reader cannot read was dropped without a word; it is named as
// a question not recorded. The answer naming several offered people (王芳和胡军两个人都谈了) is a dialog kind (e2e
// dialogThirtyFourA); here the messages around it keep their reading.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_A_ROWS: CorpusRow[] = [
  // 1. 不用再记 and its like after a named record: no report (the chat withdraws the record named).
  ["刘芳", "和张颖的谈心谈话不用再记一条了", "-"],
  ["孙丽", "和王强的廉政谈话不用记录", "-"],
  ["周涛", "张颖的谈心谈话不要记", "-"],
  ["王磊", "刚才那条警示教育别再记了", "-"],
  ["王建国", "孙丽的廉政谈话不用记，李明的廉政谈话也不用再记了", "-"],
  // Beside a new deed: the deed on a card that says the clause was not recorded.
  ["刘芳", "今天和周涛进行了谈心谈话，和张颖的谈心谈话不用再记一条了", "!谈心 11-30 >周涛"],
  ["孙丽", "11月26日与王强进行了廉政谈话，王强的谈心谈话不用再记了", "!廉谈 11-26 >王强"],
  // Near-miss: what is not to be written down is the talk's content; the talk stays, at once.
  ["刘芳", "今天和张颖进行了谈心谈话，谈话内容不用记录", "谈心 11-30 >张颖"],
  // 2. A look-up request beside deeds, unread by the query reader: the deeds at once, the request named (a remark).
  ["刘芳", "11月27日和张颖进行了谈心谈话，帮我看看那个表怎么填", "谈心 11-27 >张颖"],
  ["刘芳", "11月27日和张颖进行了谈心谈话，查一下台账", "谈心 11-27 >张颖"],
  ["刘芳", "麻烦查一下那个事。11月27日和张颖进行了谈心谈话", "谈心 11-27 >张颖"],
  // Near-misses: what a check looks at, and a film watched, are the deed's own words.
  ["林晓", "11月20日到财务科开展作风纪律检查，查一下考勤", "作风 11-20 >"],
  ["王磊", "今天组织部里学习，看看警示教育片", "警示 11-30 >"],
  // 3. Around the answer naming offered people: the question itself, the answer sent with nothing waiting (asked), and
  // a full report with 都谈了 (each talk, at once).
  ["李明", "上周五和办公室科员谈心谈话", "谈心 11-27 > ?ambiguous_counterpart"],
  ["李明", "王芳和胡军两个人都谈了", "!? ? 王芳>胡军 ?missing_type,missing_date"],
  ["李明", "11月27日和王芳、胡军都谈了谈心谈话", "谈心 11-27 >王芳 | 谈心 11-27 >胡军"],
];
