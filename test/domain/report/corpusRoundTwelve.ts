// Kinds read wrong on the tester's round-12 unseen messages (issue 10), in messages of our own.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_TWELVE_ROWS: CorpusRow[] = [
  // 已于/已经于/业已/早在 before the day is the doer's adverb: the one named first did it (round 12: the doer made a
  // counterpart, the sender the doer, recorded at once); a plan after a space (下周拟和我谈) is no record.
  ["李娟", "孙科长已于上周三和王强谈心谈话 下周拟和我谈", "!谈心 11-25 孙丽>王强"],
  ["王芳", "王副理事长已于11月23日与李明主任、孙丽科长签订党风廉政建设责任书", "!签责 11-23 王建国>李明 | 签责 11-23 王建国>孙丽"],
  ["胡军", "孙丽科长已经于11月25日和王强进行了谈心谈话", "!谈心 11-25 孙丽>王强"],
  ["赵磊", "冯部长业已于11月18日与赵磊进行廉政谈话", "!廉谈 11-18 冯雪>赵磊"],
  ["张颖", "周部长已于上周五同我谈了心 算谈心谈话", "!谈心 11-27 周涛>张颖"],
  ["杨帆", "王磊部长已经在11月20日和赵敏书记签了责任书", "!签责 11-20 王磊>赵敏"],
  ["李娟", "孙科长早在上周三就和王强谈心谈话了", "!谈心 11-25 孙丽>王强"],
  ["王芳", "王副理事长早于11月23日便与李明主任签订了责任书", "!签责 11-23 王建国>李明"],
  // 您 in a message that opens by addressing someone is that person; 我帮您登记一下 only says the sender reports it
  // (round 12: the clerk recorded as the doer, the one addressed as talked to).
  ["胡军", "张书记，您昨天和李明主任的谈心谈话我帮您记上了", "!谈心 11-29 张伟>李明"],
  ["王芳", "刘副理事长，您上周四同周涛部长的廉政谈话我替您登记一下", "!廉谈 11-26 刘芳>周涛"],
  // What a meeting studied, arranged or 部署 (对X进行部署, 就X作出安排) is its agenda: one meeting, no 廉政教育 of the
  // sender's beside it, and its type words no 「没有对应」 warning (round 12).
  ["胡军", "为做好元旦春节期间党风廉政建设工作，11月30日，张伟书记主持召开党组会议，专题研究节日期间作风建设，对节前廉政提醒工作进行部署。会议强调，要严格落实中央八项规定精神，坚决纠治四风。", "!专题 11-30 张伟>"],
  ["王芳", "11月27日，党组召开专题会议，研究岁末年初作风建设，就开展警示教育作出安排，张伟书记主持", "!专题 11-27 张伟>"],
  ["杨帆", "11月25日赵敏书记主持召开党风廉政建设专题会议 听取各支部工作汇报 对下阶段廉政教育进行了部署", "!专题 11-25 赵敏>"],
  ["王建国", "昨天主持召开分管科室党风廉政建设工作会议，专题部署节前廉政教育工作", "分管会 11-29 >"],
  // A heading that gives an account of talks (…廉政谈话情况：) types the bare 谈了 under it; each clause's subject is its
  // doer, one record per person talked to; 还没谈/尚未开展 is no record (round 12: nine records of no type, the leaders
  // made counterparts of the sender).
  ["黄志刚", "报告本月各位领导廉政谈话情况：王建国11月10日与李明、孙丽谈了，刘芳11月12日与周涛、吴静谈了，陈志强11月20日与郑华、冯雪谈了，赵敏还没谈。", "!廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽 | 廉谈 11-12 刘芳>周涛 | 廉谈 11-12 刘芳>吴静 | 廉谈 11-20 陈志强>郑华 | 廉谈 11-20 陈志强>冯雪"],
  ["林晓", "本月谈心谈话开展情况汇报：\n1. 周涛部长11月5日和张颖谈了\n2. 吴静部长11月9日和刘洋谈了\n3. 何平主任还没谈", "!谈心 11-05 周涛>张颖 | 谈心 11-09 吴静>刘洋"],
  ["王芳", "各位领导本月廉政谈话情况：王建国副理事长11月3日与李明谈了 刘芳副理事长11月6日与周涛、吴静谈了 赵敏书记尚未开展", "!廉谈 11-03 王建国>李明 | 廉谈 11-06 刘芳>周涛 | 廉谈 11-06 刘芳>吴静"],
  ["黄志刚", "报告11月份廉政谈话情况：张伟书记11月2日与王建国、刘芳谈了，王建国11月9日同孙丽谈了", "!廉谈 11-02 张伟>王建国 | 廉谈 11-02 张伟>刘芳 | 廉谈 11-09 王建国>孙丽"],
];
