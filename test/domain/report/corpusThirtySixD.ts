// Round 36 (helper ffd, issue 10), left over from round 35. Read on Mon 2026-11-30 10:00 +08:00.
// 1. A signing with the leaders' group from one who is not of the leaders: 「班子成员与我签订了责任书」 from a head was asked
//    whose it was and then whom it was with (two questions); 「（我）与班子成员签订」 made every leader one signed with and the
//    sender's 分管领导 the doer of another. A head signs with one leader (duties.md, pledge-sign): the sender is the one
//    signed with, and only which leader is asked (the 分管领导 offered first). 「与分管领导签订」 is the department's own.
// 2. 对照检查 (检视剖析, 个人检查) at a 民主生活会 or 组织生活会 is what a member does of themselves, no check of a place: such a
//    message was asked 是哪类活动 among the checks; it is no report (the bot says the 生活会 is no activity it records).
// 3. 「来汇报了自查情况」: someone reported to the sender; no record of the sender's (the reply now says so plainly).
// 4. A talk and a signing of one day, no one named: both read asking whom (the chat asks once, test/e2e/dialogThirtySixD);
//    a signing going on 同步/一并/现场 after the talk is asked too, never on the card with no one.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_SIX_D_ROWS: CorpusRow[] = [
  // 1. The leaders' group signing with the sender, or the sender with it: which leader asked, the sender signed with.
  ["李明", "班子成员与我签订了责任书", "签责 ? >李明 ?missing_actor,missing_date"],
  ["李明", "11月10日班子成员与我签订了责任书", "签责 11-10 >李明 ?missing_actor"],
  ["李明", "11月10日与班子成员签订了党风廉政建设责任书", "签责 11-10 >李明 ?missing_actor"],
  ["李明", "我11月10日和班子成员签了责任书", "签责 11-10 >李明 ?missing_actor"],
  ["孙丽", "11月12日，我与班子成员签订了2027年度党风廉政建设责任书", "签责 11-12 >孙丽 ?missing_actor"],
  ["孙丽", "昨天和班子成员签了廉政承诺书", "签责 11-29 >孙丽 ?missing_actor"],
  ["周涛", "上周三与党组班子成员签订了责任书", "签责 11-25 >周涛 ?missing_actor"],
  ["吴静", "11月5日领导班子成员与我签订了党风廉政建设责任书", "签责 11-05 >吴静 ?missing_actor"],
  ["郑华", "本周一班子成员和我签了责任书", "签责 11-30 >郑华 ?missing_actor"],
  ["王芳", "11月10日与班子成员签订了责任书", "签责 11-10 >王芳 ?missing_actor"],
  ["冯雪", "11月20日同班子成员签订了党风廉政建设目标责任书", "签责 11-20 >冯雪 ?missing_actor"],
  ["王磊", "前天跟班子成员签了责任书", "签责 11-28 >王磊 ?missing_actor"],
  // 1. 与分管领导签订 from a member: the department's 分管领导, shown for 确认.
  ["李明", "11月10日与分管领导签订了责任书", "!签责 11-10 王建国>李明"],
  ["孙丽", "昨天我和分管领导签了责任书", "!签责 11-29 王建国>孙丽"],
  ["李明", "与分管领导签订了责任书", "签责 ? 王建国>李明 ?missing_date"],
  // 1. Near-misses that keep their reading: a leader named, the secretary's own group, a leader's own heads, a clerk's
  //    account of the secretary or of every head with their 分管领导.
  ["李明", "11月10日与王建国签订了责任书", "!签责 11-10 王建国>李明"],
  ["李明", "11月10日王建国与我签订了责任书", "!签责 11-10 王建国>李明"],
  ["张伟", "11月10日与班子成员签订了责任书", "!签责 11-10 >王建国 | 签责 11-10 >刘芳 | 签责 11-10 >陈志强 | 签责 11-10 >赵敏"],
  ["张伟", "11月6日班子成员与我签了2027年度责任书", "!签责 11-06 >王建国 | 签责 11-06 >刘芳 | 签责 11-06 >陈志强 | 签责 11-06 >赵敏"],
  ["刘芳", "11月13日分管部门负责人都和我签订了廉政承诺书", "!签责 11-13 >周涛 | 签责 11-13 >吴静"],
  ["王芳", "11月9日张伟书记与班子成员签订了责任书", "!签责 11-09 张伟>王建国 | 签责 11-09 张伟>刘芳 | 签责 11-09 张伟>陈志强 | 签责 11-09 张伟>赵敏"],
  ["王芳", "11月9日各科室负责人与分管领导签订了责任书", "!签责 11-09 王建国>李明 | 签责 11-09 王建国>孙丽 | 签责 11-09 刘芳>周涛 | 签责 11-09 刘芳>吴静 | 签责 11-09 陈志强>郑华 | 签责 11-09 陈志强>冯雪 | 签责 11-09 赵敏>王磊 | 签责 11-09 赵敏>何平"],
  // 2. 对照检查 at a 民主生活会 or 组织生活会: no check, no report.
  ["王建国", "11月26日参加了党组民主生活会，作了对照检查发言", "-"],
  ["王建国", "11月26日党组召开民主生活会，班子成员逐一作对照检查", "-"],
  ["张伟", "11月26日召开专题民主生活会，查摆问题、对照检查", "-"],
  ["刘芳", "11月26日参加了民主生活会，作了个人对照检查", "-"],
  ["陈志强", "11月26日参加党组民主生活会并作对照检查发言", "-"],
  ["赵敏", "昨天参加了专题民主生活会，围绕主题作了对照检查", "-"],
  ["李明", "11月24日参加了支部组织生活会，作了对照检查，开展了批评与自我批评", "-"],
  ["孙丽", "11月24日参加党支部组织生活会，对照检查了自身存在的问题", "-"],
  ["王强", "上周五参加了组织生活会，作了个人检视剖析", "-"],
  ["张伟", "11月26日主持召开党组民主生活会，带头作对照检查", "-"],
  // 2. Near-misses: a 生活会 alone stays no report; a real check stays asked or typed; a typed deed beside a 生活会 is kept.
  ["王建国", "11月26日参加了民主生活会", "-"],
  ["王建国", "召开了专题民主生活会", "-"],
  ["王建国", "11月25日，市残联党组召开2026年度民主生活会，会议由党组书记张伟主持。", "-"],
  ["黄志刚", "11月26日到财务科检查了报销情况", "? 11-26 > ?missing_type"],
  ["黄志刚", "11月26日对办公室开展了检查", "? 11-26 > ?missing_type"],
  ["黄志刚", "11月26日对照检查清单对财务科开展了专项资金检查", "资金 11-26 >"],
  ["王建国", "11月26日参加了民主生活会，会前与刘芳进行了谈心谈话", "谈心 11-26 >刘芳"],
  // 3. Someone reported to the sender: no record.
  ["黄志刚", "11月26日下午来汇报了自查情况", "-"],
  ["黄志刚", "11月27日财务科来汇报了自查情况", "-"],
  ["黄志刚", "孙丽11月27日来汇报了财务科自查情况", "-"],
  ["黄志刚", "昨天办公室来汇报了廉政风险点自查情况", "-"],
  ["黄志刚", "11月27日李明来汇报了信息报送情况", "-"],
  ["林晓", "上周五各科室负责人分别来汇报了自查情况", "-"],
  ["王建国", "11月27日孙丽来向我汇报了财务科的自查情况", "-"],
  ["张伟", "11月26日，王建国副理事长来汇报了分管科室的自查情况", "-"],
  ["林晓", "今天上午组联部周涛来汇报了专项自查情况", "-"],
  ["刘芳", "11月24日吴静部长来向我汇报了康复部廉政风险自查情况", "-"],
  ["黄志刚", "11月27日宣文部来报告了自查情况", "-"],
  // 3. Near-misses: the sender reported upward; a head named reporting to the 机关纪委 (the sender a clerk there).
  ["黄志刚", "11月27日向机关纪委汇报了自查情况", "自查 11-27 >"],
  ["孙丽", "11月26日我到机关纪委汇报了本科室自查情况", "自查 11-26 >"],
  ["孙丽", "11月27日向党组汇报了自查情况", "自查 11-27 >"],
  ["李明", "11月27日带办公室同志来机关纪委汇报了自查情况", "自查 11-27 >"],
  ["黄志刚", "11月25日康复中心何平主任来机关纪委汇报了自查自纠情况", "!自查 11-25 何平>"],
  // 4. A talk and a signing of one day, no one named: both ask whom (asked once in the chat); someone named is kept.
  ["王建国", "11月10日进行了集体廉政谈话，并签订了责任书", "廉谈 11-10 > ?missing_counterpart | 签责 11-10 > ?missing_counterpart"],
  ["刘芳", "11月12日开展集体廉政谈话，同时签订了廉政承诺书", "廉谈 11-12 > ?missing_counterpart | 签责 11-12 > ?missing_counterpart"],
  ["张伟", "11月11日开展了廉政谈话，签订了责任书", "廉谈 11-11 > ?missing_counterpart | 签责 11-11 > ?missing_counterpart"],
  ["赵敏", "11月14日进行了廉政谈话，也签了承诺书", "廉谈 11-14 > ?missing_counterpart | 签责 11-14 > ?missing_counterpart"],
  ["王建国", "11月10日谈心谈话并签订责任书", "谈心 11-10 > ?missing_counterpart | 签责 11-10 > ?missing_counterpart"],
  ["王建国", "11月10日召开会议进行集体廉政谈话并签订党风廉政建设责任书", "廉谈 11-10 > ?missing_counterpart | 签责 11-10 > ?missing_counterpart"],
  ["陈志强", "11月18日，开展集体廉政谈话并签订廉政承诺书", "廉谈 11-18 > ?missing_counterpart | 签责 11-18 > ?missing_counterpart"],
  ["刘芳", "上周四进行了集体廉政谈话，会后签订了党风廉政建设责任书", "廉谈 11-26 > ?missing_counterpart | 签责 11-26 > ?missing_counterpart"],
  ["张伟", "11月9日，党组书记张伟主持召开集体廉政谈话会，并签订了责任书", "廉谈 11-09 > ?missing_counterpart | 签责 11-09 > ?missing_counterpart"],
  ["王建国", "进行了集体廉政谈话，并签订了责任书", "廉谈 ? > ?missing_date,missing_counterpart | 签责 ? > ?missing_date,missing_counterpart"],
  // 4. 同步/一并/现场签订 goes on from the talk as 并签订 does (was: the signing with no one, no question).
  ["赵敏", "11月16日组织开展集体廉政谈话，同步签订责任书", "廉谈 11-16 > ?missing_counterpart | 签责 11-16 > ?missing_counterpart"],
  ["陈志强", "11月18日开展集体廉政谈话，现场签订廉政承诺书", "廉谈 11-18 > ?missing_counterpart | 签责 11-18 > ?missing_counterpart"],
  ["王建国", "11月10日与刘芳进行了廉政谈话，一并签订了责任书", "!廉谈 11-10 >刘芳 | 签责 11-10 >刘芳"],
  // 4. Near-misses: someone named on either side, a group of the doer's heads, a signing on another day kept as read.
  ["王建国", "11月10日进行了集体廉政谈话，并与刘芳签订了责任书", "廉谈 11-10 > ?missing_counterpart | 签责 11-10 >刘芳"],
  ["王建国", "11月10日与刘芳、陈志强进行了集体廉政谈话，并签订了责任书", "!廉谈 11-10 >刘芳 | 廉谈 11-10 >陈志强 | 签责 11-10 >刘芳 | 签责 11-10 >陈志强"],
  ["刘芳", "11月12日组织分管科室负责人进行集体廉政谈话，并签订了责任书", "!廉谈 11-12 >周涛 | 廉谈 11-12 >吴静 | 签责 11-12 >周涛 | 签责 11-12 >吴静"],
  ["王建国", "11月10日与刘芳进行了廉政谈话，并签订了责任书", "!廉谈 11-10 >刘芳 | 签责 11-10 >刘芳"],
  ["陈志强", "11月13日与分管部门负责人进行了廉政谈话，并签订了责任书", "!廉谈 11-13 >郑华 | 廉谈 11-13 >冯雪 | 签责 11-13 >郑华 | 签责 11-13 >冯雪"],
];
