// Round 48, fixer ftc (t50a N1, N2, and round 47's left-alones: whose deed, and whose duty it fills).
// 1. 赵磊 (维权部科员) 「上周和冯部长谈了话」 was asked its kind with 赵磊 as the doer and 冯雪 as the one talked with (t50a N1):
//    a talk of no named kind (谈了话 · 谈了谈 · 谈了一次话) with one person above the sender in the chain (党组书记 → 班子成员 →
//    the heads of the departments they supervise → that head's staff) is the superior's talk with the sender, as the same
//    talk with its kind named already was; shown with the superior as the doer while the kind is asked, on the card after.
//    和部长/和主任/跟科长/和分管领导 with no name is the sender's own head or 分管领导 (was: 「没有读出…活动」, or 和谁 asked).
//    Near-misses: a peer, someone below, someone outside the sender's chain, a deputy head, a talk the sender sought
//    (我主动找…) and a 座谈会 stay as they were.
// 2. 「开展警示教育」 · 「开展了廉政教育」 · 「举办廉政教育专题讲座」 from a 科员 were stored at once as the clerk's own, while
//    「组织学习…」 was already the head's on the card (round 36 ffc, round 47 fsf): every unit teaching a member who heads
//    nothing tells with no subject and no 我/我们 is the head's, on the card. 「开展廉政教育2次：…，均由本人组织」: the closing
//    均由本人组织 holds for every day listed. (A clerk's subjectless check, 「对财务科考勤进行了检查」, is left the clerk's:
//    existing rows read 胡军's and 王芳's office checks as their own; only 组织开展…检查 is asked, round 47 fsf.)
// 3. 「今天和孙丽谈了话，这个算廉政谈话还是谈心谈话？」 was no report (the ？ made it a question), and without the ？ the
//    first kind named was taken: the talk is read and its kind asked. 「到财务科和他们部门的同志谈了话」 was no report:
//    他们 talked with after a visit is the department's people, asked who.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_EIGHT_C_ROWS: CorpusRow[] = [
  // 1. A talk of no named kind with someone above the sender.
  ["赵磊", "上周五和冯部长谈了话", "? 11-27 冯雪>赵磊 ?missing_type"],
  ["赵磊", "11月26日和冯雪部长谈了一次话", "? 11-26 冯雪>赵磊 ?missing_type"],
  ["张颖", "昨天和部长谈了一次话", "? 11-29 周涛>张颖 ?missing_type"],
  ["胡军", "上周四跟主任谈话了", "? 11-26 李明>胡军 ?missing_type"],
  ["杨帆", "昨天和赵书记谈了话", "? 11-29 赵敏>杨帆 ?missing_type"],
  ["李娟", "11月25日，孙丽科长与我谈了话", "? 11-25 孙丽>李娟 ?missing_type"],
  ["陈静", "昨天下午郑部长和我谈了话", "? 11-29 郑华>陈静 ?missing_type"],
  ["刘洋", "今天和吴静部长谈了谈", "? 11-30 吴静>刘洋 ?missing_type"],
  ["赵磊", "11月25日和分管领导谈了话", "? 11-25 陈志强>赵磊 ?missing_type"],
  ["赵磊", "11月25日和分管领导进行了廉政谈话", "!廉谈 11-25 陈志强>赵磊"],
  ["王芳", "11月24日和分管领导王建国副理事长谈了一次话", "? 11-24 王建国>王芳 ?missing_type"],
  ["孙杰", "上周三和何主任谈了话", "? 11-25 何平>孙杰 ?missing_type"],
  ["徐辉", "昨天和何平主任谈了话", "? 11-29 何平>徐辉 ?missing_type"],
  ["冯雪", "11月26日和陈副理事长谈了话", "? 11-26 陈志强>冯雪 ?missing_type"],
  ["周涛", "11月20日和张伟书记谈了话", "? 11-20 张伟>周涛 ?missing_type"],
  ["王建国", "11月20日和张书记谈了一次话", "? 11-20 张伟>王建国 ?missing_type"],
  //    Near-misses: a peer, someone below, a leader with a head, a talk sought, a deputy, someone outside the chain, a 座谈会.
  ["冯雪", "11月26日和周涛部长谈了话", "? 11-26 >周涛 ?missing_type"],
  ["冯雪", "11月26日和赵磊谈了话", "? 11-26 >赵磊 ?missing_type"],
  ["陈志强", "11月26日和冯部长谈了话", "? 11-26 >冯雪 ?missing_type"],
  ["赵磊", "11月26日我主动找冯部长谈了话", "? 11-26 >冯雪 ?missing_type"],
  ["李娟", "11月26日和王强副科长谈了话", "? 11-26 >王强 ?missing_type"],
  ["王芳", "11月26日和胡军谈了话", "? 11-26 >胡军 ?missing_type"],
  ["王芳", "11月26日和陈志强副理事长谈了话", "? 11-26 >陈志强 ?missing_type"],
  ["赵磊", "今天和部长参加了座谈会", "-"],
  // 2. A unit's teaching from a member who heads nothing, told with no subject (开展/举办/举行/进行 + the kind): the head's, on
  //    the card, as 组织学习 already was; a count's 均由本人组织 said once holds for every day listed.
  ["赵磊", "今天开展警示教育", "!警示 11-30 冯雪> @-"],
  ["赵磊", "11月25日开展警示教育活动，观看了《迷途》", "!警示 11-25 冯雪> 《迷途》 @-"],
  ["杨帆", "11月20日开展了廉政教育，学习了中央八项规定精神", "!廉教 11-20 王磊> 《中央八项规定精神》 @-"],
  ["杨帆", "11月20日举办廉政教育专题讲座", "!廉教 11-20 王磊> @-"],
  ["陈静", "11月20日开展了一次警示教育", "!警示 11-20 郑华> @-"],
  ["王芳", "11月18日开展了廉政教育", "!廉教 11-18 李明> @-"],
  ["张颖", "上周五开展警示教育，部门全体同志参加", "!警示 11-27 周涛> @组联部"],
  ["孙杰", "11月23日举行了警示教育活动", "!警示 11-23 何平> @-"],
  ["刘洋", "11月份开展廉政教育2次：11月5日学习《中国共产党纪律处分条例》，11月19日学习《廉洁自律准则》，均由本人组织。", "!廉教 11-05 > 《中国共产党纪律处分条例》 @- | 廉教 11-19 > 《廉洁自律准则》 @-"],
  //    Near-misses: 我/我们 said, a member's own study, a head's, a 纪检 officer's, a check with 我 or led by a head.
  ["赵磊", "今天我组织开展了警示教育", "警示 11-30 > @-"],
  ["赵磊", "今天我们开展了警示教育", "警示 11-30 > @-"],
  ["孙杰", "11月20日学习了《准则》", "廉教 11-20 > 《准则》 @-"],
  ["周涛", "11月20日开展了警示教育", "警示 11-20 > @-"],
  ["李明", "11月20日进行了作风纪律检查", "作风 11-20 > @-"],
  ["林晓", "11月20日对财务科进行了专项资金检查", "资金 11-20 > @财务科"],
  ["王芳", "11月20日我对财务科报销凭证进行了检查", "!资金 11-20 > @财务科"],
  ["胡军", "11月20日随李明主任对各科室考勤进行了检查", "!作风 11-20 李明> @办公室、财务科、组联部、康复部、教育就业部、宣文部、维权部、残疾人康复中心"],
  // 3. A kind asked beside the deed (这个算廉政谈话还是谈心谈话？ · 算廉政谈话吗 · 这算哪一类): the deed read, its kind asked
  //    (was: no report, or the first kind named taken as the answer).
  ["王建国", "今天和孙丽谈了话，这个算廉政谈话还是谈心谈话？", "? 11-30 >孙丽 @- ?missing_type"],
  ["王建国", "今天和孙丽谈了话，算廉政谈话还是谈心谈话", "? 11-30 >孙丽 @- ?missing_type"],
  ["王建国", "今天和孙丽谈了话，这算哪一类？", "? 11-30 >孙丽 @- ?missing_type"],
  ["王建国", "昨天和孙丽谈了一次，算廉政谈话吗？", "? 11-29 >孙丽 @- ?missing_type"],
  ["周涛", "今天和张颖谈了话，这种算谈心谈话吗", "? 11-30 >张颖 @- ?missing_type"],
  ["周涛", "昨天和张颖谈了谈，算不算谈心谈话？", "? 11-29 >张颖 @- ?missing_type"],
  ["冯雪", "11月26日和赵磊谈了一次，算廉政谈话还是谈心谈话？", "? 11-26 >赵磊 @- ?missing_type"],
  ["赵磊", "上周五和冯部长谈了话，这个算廉政谈话吗？", "? 11-27 冯雪>赵磊 @- ?missing_type"],
  //    Near-misses: the kind written in the deed itself, or said with 吧 (the member's own reading, on the card).
  ["王建国", "今天和孙丽谈了话，应该算廉政谈话吧？", "!廉谈 11-30 >孙丽 @财务科"],
  ["孙丽", "今天和王强进行了廉政谈话，这个算廉政谈话吗？", "!廉谈 11-30 >王强 @财务科"],
  ["孙丽", "今天组织科室学习了《准则》，这个算廉政教育吗？", "!廉教 11-30 > 《准则》 @财务科"],
  //    他们(部门)(的同志) talked with after a visit to a department: its people, asked who (was: no report, or its head at once).
  ["王建国", "今天到财务科和他们部门的同志谈了话", "? 11-30 > @- ?missing_type,ambiguous_counterpart"],
  ["王建国", "今天到财务科和他们谈了话", "? 11-30 > @- ?missing_type,ambiguous_counterpart"],
  ["刘芳", "11月25日去康复部，和她们科室的同志进行了廉政谈话", "廉谈 11-25 > @康复部 ?ambiguous_counterpart"],
  ["陈志强", "昨天到维权部和他们部门的同志谈了谈心", "谈心 11-29 > @- ?ambiguous_counterpart"],
  ["王建国", "11月25日去财务科，和他们的同志进行了廉政谈话", "廉谈 11-25 > @财务科 ?ambiguous_counterpart"],
  //    Near-misses: 他们 meaning the people named or talked with before, and 他们的 of a visited department's meeting.
  ["王建国", "今天和财务科的同事谈了话，他们都表示会注意", "? 11-30 > @- ?missing_type,ambiguous_counterpart"],
  ["孙丽", "今天和王强、李娟谈心谈话，他们表示会加强学习", "谈心 11-30 >王强 @财务科 | 谈心 11-30 >李娟 @财务科"],
  ["刘芳", "今天到康复部检查，他们部门考勤良好", "? 11-30 > @康复部 ?missing_type"],
  ["刘芳", "周三到组联部参加了他们的专题会议", "分管会 11-25 > @组联部"],
];
