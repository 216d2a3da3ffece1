// Round 38's kinds left for fixer fke (t37c F12 and F15, and round 37's leftover of two deeds of one day; issue 10), read
// on Mon 2026-11-30 10:00 +08:00.
// 1. A 台账 pasted as a table (tabs, runs of spaces, ｜/| borders; 日期 last, 对象 before 谈话人; an empty cell; a 参加人数
//    column): each row keeps its own day and people, a row whose 谈话人 is the sender's superior turned to that superior's
//    talk with the sender. t37c's F12 (row 2 on row 1's day) came from its sending tool, which dropped the backslashes of
//    \t and \n; with real tabs the table was read right on main already, and these rows keep it so.
// 2. A department's 同志/的同志/几位同志 (or 科里同志) with no post said is never its head on a guess: whom is asked, the
//    department's people other than the sender offered (its head only when no one else is left, as one of its people);
//    an untyped talk with them (和组联部同志谈了谈) too — was: 周涛 taken for 组联部同志, or, from the head, no report at all.
//    The post said (周部长 · 负责同志 · 孙科长) and 全体同志 keep their reading.
// 3. Two deeds of one day, the second in a clause of a later part of the day (上午…，下午/晚上…) or after 先…，后/然后/再…,
//    or a titled study organised after a talk (…谈了话，还组织科室学习了《会计法》): each a record of that day, the study
//    asked its type when its title names none (as alone) — was: dropped into the talk, or named as left over beside it.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_EIGHT_E_ROWS: CorpusRow[] = [
  // 1. Tables: each row its own day and doer, the superior's row turned; an empty cell asks its column.
  ["吴静", "康复部廉政谈话台账\n序号\t日期\t谈话人\t谈话对象\t形式\n1\t11月9日\t吴静\t刘洋\t廉政谈话\n2\t11月23日\t刘芳\t吴静\t廉政谈话", "!廉谈 11-09 >刘洋 | 廉谈 11-23 刘芳>吴静"],
  ["吴静", "康复部廉政谈话台账\n序号  日期  谈话人  谈话对象  形式\n1  11月9日  吴静  刘洋  廉政谈话\n2  11月23日  刘芳  吴静  廉政谈话", "!廉谈 11-09 >刘洋 | 廉谈 11-23 刘芳>吴静"],
  ["吴静", "康复部廉政谈话台账\n序号｜日期｜谈话人｜谈话对象｜形式\n1｜11月9日｜吴静｜刘洋｜廉政谈话\n2｜11月23日｜刘芳｜吴静｜廉政谈话", "!廉谈 11-09 >刘洋 | 廉谈 11-23 刘芳>吴静"],
  ["孙丽", "序号 | 谈话人 | 谈话对象 | 时间 | 形式\n1 | 孙丽 | 李娟 | 11月5日 | 谈心谈话\n2 | 陈志强 | 孙丽 | 11月18日 | 廉政谈话\n3 | 孙丽 | 李娟 | 11月26日 | 谈心谈话", "!谈心 11-05 >李娟 | 廉谈 11-18 陈志强>孙丽 | 谈心 11-26 >李娟"],
  ["吴静", "序号\t谈话对象\t谈话人\t形式\t日期\n1\t刘洋\t吴静\t廉政谈话\t11月9日\n2\t吴静\t刘芳\t廉政谈话\t11月23日", "!廉谈 11-09 >刘洋 | 廉谈 11-23 刘芳>吴静"],
  ["孙丽", "财务科谈心谈话记录表\n日期\t谈话对象\t谈话人\t谈话类型\n11.5\t李娟\t孙丽\t谈心谈话\n11.18\t孙丽\t王建国\t廉政谈话\n11.26\t王强\t孙丽\t谈心谈话", "!谈心 11-05 >李娟 | 廉谈 11-18 王建国>孙丽 | 谈心 11-26 >王强"],
  ["吴静", "序号\t日期\t谈话人\t谈话对象\t形式\n1\t11月2日\t吴静\t刘洋\t谈心谈话\n2\t11月9日\t刘芳\t吴静\t廉政谈话\n3\t11月16日\t吴静\t刘洋\t廉政谈话\n4\t11月23日\t张伟\t吴静\t廉政谈话\n5\t11月25日\t吴静\t刘洋\t廉政谈话\n6\t11月27日\t刘芳\t吴静\t谈心谈话", "!谈心 11-02 >刘洋 | 廉谈 11-09 刘芳>吴静 | 廉谈 11-16 >刘洋 | 廉谈 11-23 张伟>吴静 | 廉谈 11-25 >刘洋 | 谈心 11-27 刘芳>吴静"],
  ["吴静", "序号\t日期\t谈话人\t谈话对象\t形式\n1\t11月9日\t吴静\t刘洋\t廉政谈话\n2\t\t刘芳\t吴静\t廉政谈话", "廉谈 11-09 >刘洋 | 廉谈 ? 刘芳>吴静 ?missing_date"],
  ["吴静", "序号\t日期\t谈话人\t谈话对象\t形式\n1\t11月9日\t吴静\t刘洋\t廉政谈话\n2\t11月23日\t刘芳\t吴静\t", "廉谈 11-09 >刘洋 | ? 11-23 刘芳>吴静 ?missing_type"],
  ["吴静", "日期\t谈话人\t谈话对象\t形式\t参加人数\n11月9日\t吴静\t刘洋\t廉政谈话\t2\n11月23日\t刘芳\t吴静\t廉政谈话\t2", "!廉谈 11-09 >刘洋 | 廉谈 11-23 刘芳>吴静"],
  ["刘洋", "日期\t谈话人\t谈话对象\t形式\n11月9日\t吴静\t刘洋\t廉政谈话\n11月23日\t刘芳\t吴静\t廉政谈话", "!廉谈 11-09 吴静>刘洋 | 廉谈 11-23 刘芳>吴静"],
  ["吴静", "日期\t谈话人\t谈话对象\t形式\n11月9日\t刘芳\t吴静\t廉政谈话\n11月23日\t吴静\t刘洋\t廉政谈话", "!廉谈 11-09 刘芳>吴静 | 廉谈 11-23 >刘洋"],
  ["李明", "谈话人\t谈话对象\t谈话形式\t时间\n王建国\t李明\t廉政谈话\t11月20日\n李明\t王芳\t谈心谈话\t11月24日\n李明\t胡军\t谈心谈话\t11月26日", "!廉谈 11-20 王建国>李明 | 谈心 11-24 >王芳 | 谈心 11-26 >胡军"],
  ["郑华", "教育就业部谈话台账\n序号    日期    谈话人    谈话对象    形式\n1    11月3日    郑华    陈静    谈心谈话\n2    11月17日    陈志强    郑华    廉政谈话\n3    11月24日    郑华    陈静    廉政谈话", "!谈心 11-03 >陈静 | 廉谈 11-17 陈志强>郑华 | 廉谈 11-24 >陈静"],
  ["何平", "中心谈话台账\n序号\t日期\t谈话人\t谈话对象\t形式\n1\t11月6日\t赵敏\t何平\t廉政谈话\n2\t11月10日\t何平\t徐辉\t廉政谈话\n3\t11月12日\t何平\t孙杰\t谈心谈话\n4\t11月20日\t徐辉\t孙杰\t谈心谈话", "!廉谈 11-06 赵敏>何平 | 廉谈 11-10 >徐辉 | 谈心 11-12 >孙杰 | 谈心 11-20 徐辉>孙杰"],
  ["冯雪", "维权部谈话记录\n日期\t谈话人\t谈话对象\t形式\n11月5日\t冯雪\t赵磊\t谈心谈话\n11月19日\t陈志强\t冯雪\t廉政谈话", "!谈心 11-05 >赵磊 | 廉谈 11-19 陈志强>冯雪"],
  // 2. A department's people with no post said: whom asked, never the head on a guess; near-misses: the post said, 全体.
  ["张颖", "和组联部同志谈了谈", "? ? > ?missing_type,missing_date,ambiguous_counterpart"],
  ["张颖", "昨天和组联部同志谈了谈", "? 11-29 > ?missing_type,ambiguous_counterpart"],
  ["张颖", "昨天和组联部的同志谈了谈心", "谈心 11-29 > ?ambiguous_counterpart"],
  ["张颖", "11月26日和组联部的同志签订了廉洁承诺书", "签责 11-26 > ?ambiguous_counterpart"],
  ["李娟", "昨天和财务科同志谈了谈", "? 11-29 > ?missing_type,ambiguous_counterpart"],
  ["李娟", "昨天和财务科同志进行了谈心谈话", "谈心 11-29 > ?ambiguous_counterpart"],
  ["李娟", "昨天和财务科几位同志谈了心", "谈心 11-29 > ?ambiguous_counterpart"],
  ["李娟", "昨天和财务科的两位同志签订了承诺书", "签责 11-29 > ?ambiguous_counterpart"],
  ["孙丽", "昨天和科里同志谈了谈", "? 11-29 > ?missing_type,missing_counterpart"],
  ["孙丽", "昨天和财务科同志谈了谈", "? 11-29 > ?missing_type,ambiguous_counterpart"],
  ["李明", "昨天和办公室的同事们聊了聊", "? 11-29 > ?missing_type,missing_counterpart"],
  ["王强", "昨天和科里同志谈了话", "? 11-29 > ?missing_type,missing_counterpart"],
  ["刘洋", "上周五和康复部同志谈了话", "? 11-27 > ?missing_type,ambiguous_counterpart"],
  ["黄志刚", "昨天和组联部同志进行了廉政谈话", "廉谈 11-29 > ?ambiguous_counterpart"],
  ["杨帆", "昨天和科里同志谈心", "谈心 11-29 > ?missing_counterpart"],
  ["孙丽", "昨天和科里同志签订了承诺书", "签责 11-29 > ?missing_counterpart"],
  ["张颖", "昨天和组联部周部长谈了谈", "? 11-29 周涛>张颖 ?missing_type"],
  ["张颖", "昨天和组联部负责同志谈了谈", "? 11-29 周涛>张颖 ?missing_type"],
  ["李娟", "昨天和财务科孙科长谈了谈", "? 11-29 孙丽>李娟 ?missing_type"],
  ["李明", "昨天和办公室全体同志签订了责任书", "!签责 11-29 >黄志刚 | 签责 11-29 >林晓 | 签责 11-29 >王芳 | 签责 11-29 >胡军"],
  ["孙丽", "昨天和财务科全体同志签订了廉洁承诺书", "!签责 11-29 >王强 | 签责 11-29 >李娟"],
  ["王强", "昨天和办公室同志谈心谈话", "谈心 11-29 > ?ambiguous_counterpart"],
  // 3. Two deeds of one day (上午…下午/晚上 · 先…后/然后/再 · 还组织…学习《…》); near-misses: 下午继续学习, 交流体会,
  //    two talks, 上午和下午分别…, two typed deeds, a study urged in a talk (提醒他…学习) no deed.
  ["孙丽", "上午和王强谈了话，下午组织科室学习了《会计法》", "? 11-30 >王强 ?missing_type | ? 11-30 > 《会计法》 ?missing_type"],
  ["孙丽", "11月27日上午和王强谈了话，下午组织科室学习了《会计法》", "? 11-27 >王强 ?missing_type | ? 11-27 > 《会计法》 ?missing_type"],
  ["孙丽", "上周五上午和王强进行了廉政谈话，下午组织科室学习了《会计法》", "廉谈 11-27 >王强 | ? 11-27 > 《会计法》 ?missing_type"],
  ["孙丽", "昨天上午组织科室学习了《会计法》，下午和王强谈了话", "? 11-29 > 《会计法》 ?missing_type | ? 11-29 >王强 ?missing_type"],
  ["孙丽", "昨天上午和李娟谈了话，下午组织科室集中学习了《廉洁自律准则》，参加4人", "? 11-29 >李娟 ?missing_type | 廉教 11-29 > 《廉洁自律准则》 #4"],
  ["李明", "11月27日上午与王芳谈了谈，晚上组织办公室观看了警示教育片《围猎》", "? 11-27 >王芳 ?missing_type | 警示 11-27 > 《围猎》"],
  ["李明", "上周四上午和王芳谈心谈话，下午又组织办公室全体人员学习了《会计法》", "谈心 11-26 >王芳 | ? 11-26 > 《会计法》 ?missing_type"],
  ["黄志刚", "11月26日上午到财务科检查了考勤，下午和孙丽谈了话", "作风 11-26 > | ? 11-26 >孙丽 ?missing_type"],
  ["吴静", "11月25日上午和刘洋签订了廉洁承诺书，下午组织部门学习了《会计法》", "签责 11-25 >刘洋 | ? 11-25 > 《会计法》 ?missing_type"],
  ["孙丽", "11月27日先和王强谈了话，然后组织科室学习了《会计法》", "? 11-27 >王强 ?missing_type | ? 11-27 > 《会计法》 ?missing_type"],
  ["孙丽", "11月27日先组织科室学习了《会计法》，再和王强、李娟分别签订了廉洁承诺书", "? 11-27 > 《会计法》 ?missing_type | 签责 11-27 >王强 | 签责 11-27 >李娟"],
  ["李明", "11月26日先组织办公室学习《会计法》，后与胡军进行了谈话", "? 11-26 > 《会计法》 ?missing_type | ? 11-26 >胡军 ?missing_type"],
  ["周涛", "昨天上午和张颖谈了话，下午到组联部检查了上班纪律", "? 11-29 >张颖 ?missing_type | 作风 11-29 >"],
  ["何平", "11月24日上午与徐辉谈话，下午组织中心职工学习《会计法》，共20人参加", "? 11-24 >徐辉 ?missing_type | ? 11-24 > 《会计法》 #20 ?missing_type"],
  ["李娟", "昨天上午孙科长和我谈了话，下午科室组织学习了《会计法》", "? 11-29 孙丽>李娟 ?missing_type | ? 11-29 孙丽> 《会计法》 ?missing_type"],
  ["孙丽", "昨天和王强谈了话，还组织科室学习了《会计法》", "? 11-29 >王强 ?missing_type | ? 11-29 > 《会计法》 ?missing_type"],
  ["孙丽", "昨天和王强进行了廉政谈话，并组织科室学习了《会计法》", "廉谈 11-29 >王强 | ? 11-29 > 《会计法》 ?missing_type"],
  ["孙丽", "昨天和王强、李娟签订了承诺书，还组织科室学习了《会计法》", "签责 11-29 >王强 | 签责 11-29 >李娟 | ? 11-29 > 《会计法》 ?missing_type"],
  ["孙丽", "昨天上午组织科室学习《会计法》，下午继续学习", "? 11-29 > 《会计法》 ?missing_type"],
  ["孙丽", "昨天上午组织科室学习《廉洁自律准则》，下午大家交流了学习体会", "廉教 11-29 > 《廉洁自律准则》"],
  ["孙丽", "昨天上午和王强谈了话，下午又和李娟谈了话", "? 11-29 >王强 ?missing_type | ? 11-29 >李娟 ?missing_type"],
  ["孙丽", "今天上午和下午分别到办公室、财务科检查了上班纪律", "!作风 11-30 > | 作风 11-30 >"],
  ["李明", "昨天上午召开办公室党风廉政建设工作会议，下午和王芳谈了话", "? 11-29 > ?missing_type | ? 11-29 >王芳 ?missing_type"],
  ["黄志刚", "11月26日上午到财务科检查了考勤，下午到办公室检查了考勤", "!作风 11-26 > | 作风 11-26 >"],
  ["李明", "11月27日上午与王芳进行了谈心谈话，晚上组织办公室观看了警示教育片《围猎》", "!谈心 11-27 >王芳 | 警示 11-27 > 《围猎》"],
  ["孙丽", "昨天和王强谈了话，提醒他认真学习《会计法》", "? 11-29 >王强 ?missing_type"],
];
