// Shapes still read wrong after round 13 (issue 10, round 14 of fixes), in messages of our own.
import type { CorpusRow } from './corpusRow.js';

export const LEFT_OVER_TWO_ROWS: CorpusRow[] = [
  // 约谈 / 约见 / 把…叫来 hide who turned to whom: the one named first in the clause talked, whatever adverbs (业已在, 早已,
  // 已经于, 于…已) stand between (was: the sender's talks with both, the doer made a counterpart).
  ["李娟", "孙科长业已在上周三约谈了王强", "!廉谈 11-25 孙丽>王强"],
  ["胡军", "张书记早已于11月20日约谈了李明同志", "!廉谈 11-20 张伟>李明"],
  ["王芳", "工作动态：王副理事长已经于11月23日约见孙丽，进行了廉政谈话", "!廉谈 11-23 王建国>孙丽"],
  ["张颖", "周部长于上周五已把刘洋叫来谈心谈话", "!谈心 11-27 周涛>刘洋"],
  ["王强", "孙丽上周三约谈王强", "!廉谈 11-25 孙丽>王强"],
  ["李娟", "孙科长于上周三已把王强叫来谈话", "!? 11-25 孙丽>王强 ?missing_type"],
  // 去年/前年/上一年 (的) + month and day, 11.20 too, is one day, of that year: never 「11月20日没有对应到任何记录」, nor this
  // year's 11月20日 (round 14: 去年的…, 上一年…, 去年11.20 were this year's, the doer made a counterpart).
  ["王芳", "张书记去年的11月20日和李明进行了廉政谈话", "!廉谈 2025-11-20 张伟>李明"],
  ["张伟", "去年11月20日和李明进行了廉政谈话", "廉谈 2025-11-20 >李明"],
  ["赵敏", "前年的11月5号和王磊签了责任书", "签责 2024-11-05 >王磊"],
  ["刘芳", "去年11.26跟吴静谈心谈话", "谈心 2025-11-26 >吴静"],
  ["王建国", "上一年12月3日与孙丽签订了党风廉政建设责任书", "签责 2025-12-03 >孙丽"],
  ["赵敏", "上个月20号和王磊谈心谈话", "谈心 10-20 >王磊"],
  // 还没谈 / 还没搞 / 还未签: a deed not done is no record and no plan; the deed done beside it is recorded (round 14: the
  // card called it 计划安排; 还未签责任书 beside a signing was recorded as signed).
  ["王建国", "昨天和孙丽签了责任书，李明那边还未签责任书", "签责 11-29 >孙丽"],
  ["赵敏", "11月20日和王磊谈心谈话，何平的谈话还没搞", "谈心 11-20 >王磊"],
  ["王建国", "昨天和孙丽签了责任书 李明还没签", "签责 11-29 >孙丽"],
  ["张伟", "赵敏还没谈", "-"],
  ["王建国", "孙丽那边还未签责任书", "-"],
  // A check of no named kind (检查/督查/抽查 a department) asks its type among the check types (round 14: offered 廉政谈话…;
  // the buttons are checked end to end, the rows keep the question).
  ["张伟", "上周三检查了财务科", "? 11-25 > ?missing_type"],
  ["林晓", "11月20日抽查了教育就业部", "? 11-20 > ?missing_type"],
  ["胡军", "工作动态：11月26日，黄志刚书记带队到康复中心进行了检查", "!? 11-26 黄志刚> ?missing_type"],
  // A slip sharing less than half its characters with a type word, every other one the same sound (练正谈画, 连正当课, 则任输):
  // read as a guess, shown for a tap (round 14: 没看懂); half the characters (廉症坦话) already were.
  ["李娟", "昨天和王强练正谈画", "!廉谈 11-29 >王强"],
  ["周涛", "今天跟张颖练正谈话了", "!廉谈 11-30 >张颖"],
  ["赵敏", "昨天给宣文部讲了一堂连正当课", "!党课 11-29 >"],
  ["王建国", "11月20日和孙丽签了则任输", "!签责 11-20 >孙丽"],
  ["李娟", "练正谈画", "!廉谈 ? > ?missing_date,missing_counterpart"],
  // A 分管科室会议 naming departments not all the doer's keeps those that are, and names the others on the card (round 14:
  // none kept); naming only someone else's is no department at all (was: recorded at once with 宣文部 for 王建国).
  ["赵敏", "上周五召开分管科室会议，宣文部、财务科参加", "!分管会 11-27 >"],
  ["胡军", "11月24日，王建国副理事长主持召开分管科室党风廉政建设工作会议，办公室、财务科、组联部负责人参加", "!分管会 11-24 王建国>"],
  ["陈志强", "昨天召开分管部门会议，康复部、教育就业部、维权部参加", "!分管会 11-29 >"],
  ["王建国", "11月26日开了分管科室会议，宣文部参加", "!分管会 11-26 >"],
  // 他/她 after two people (the demo directory has no gender): whom is asked, a 责任书 too (round 14: signed with no one, no
  // question); after one, it is that one.
  ["王建国", "上周三和王强、孙丽谈心谈话，11月27日又和她签了责任书", "!谈心 11-25 >王强 | 谈心 11-25 >孙丽 | 签责 11-27 > ?missing_counterpart"],
  ["刘芳", "11月23日与周涛、吴静进行了廉政谈话，11月26日又和他谈心谈话", "!廉谈 11-23 >周涛 | 廉谈 11-23 >吴静 | 谈心 11-26 > ?ambiguous_counterpart"],
  ["赵敏", "上周一和王磊谈心谈话，周四又跟他签了责任书", "!谈心 11-23 >王磊 | 签责 11-26 >王磊"],
];
