// Round 21's whose-activity faults (k22, issue 10): a department's study only attended, a department's summary, a pasted
// table's 主持人 column, 到岗情况 checks and 会同.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_TWO_K_ROWS: CorpusRow[] = [
  // 1. Attending a department's study is not holding it (u21 #4: 「今天到组联部参加了部门廉政教育专题学习」 stored at once as
  // 刘芳's): the department gone to, or the one 部门/部里/科里 names, is whose it was, its head's, for 确认; a leader's bare
  // 部门 is asked whose. The sender's own clauses after it stay theirs.
  ["陈志强", "昨天去维权部参与了部里组织的警示教育", "!警示 11-29 冯雪>"],
  ["王建国", "11月26日在财务科列席了科里的党纪学习", "!廉教 11-26 孙丽>"],
  ["赵敏", "上周五到宣文部参加了廉政教育专题学习", "!廉教 11-27 王磊>"],
  ["林晓", "前天到康复部旁听了部门的廉政教育学习会", "!廉教 11-28 吴静>"],
  ["王强", "上周四参加了部门警示教育", "!警示 11-26 孙丽>"],
  ["刘芳", "今天参加了部门廉政教育专题学习", "廉教 11-30 > ?missing_actor"],
  ["刘芳", "上周工作：周一到组联部参加了部门廉政教育专题学习；周三和周涛进行了谈心谈话", "!廉教 11-23 周涛> | 谈心 11-25 >周涛"],
  ["王建国", "上周二去办公室参加了部门组织的廉政学习，随后和李明谈心谈话", "!廉教 11-24 李明> | 谈心 11-24 >李明"],
  // The head attending their own department's study held it.
  ["周涛", "今天到组联部参加了部门廉政教育专题学习", "廉教 11-30 >"],
  // 2. A summary under a heading naming the sender's own department (round 21, K3: 「组联部11月…小结：本月共开展廉政教育2次
  // （11月5日、11月19日）…」 left the two studies the clerk's while the 信息 under the same heading was 周涛's): its month and
  // count words (本月共/累计/共计) before the verb leave the item subjectless, so the department's, its head's.
  ["刘洋", "康复部11月份工作总结：本月累计组织观看警示教育片2次（11月6日、11月20日），开展自查1次（11月25日）", "!警示 11-06 吴静> | 警示 11-20 吴静> | 自查 11-25 吴静>"],
  ["李娟", "财务科11月廉政工作小结：11月共开展党纪学习2次（11月3日、11月17日），报送信息1篇（11月24日）", "!廉教 11-03 孙丽> | 廉教 11-17 孙丽> | 信息 11-24 孙丽>"],
  ["孙杰", "中心11月工作小结：本月共开展廉政教育1次（11月12日），何主任与徐辉谈心谈话1次（11月18日）", "!廉教 11-12 何平> | 谈心 11-18 何平>徐辉"],
  ["赵磊", "维权部11月工作情况：当月先后组织廉政教育2次（11月10日、11月24日）", "!廉教 11-10 冯雪> | 廉教 11-24 冯雪>"],
  ["杨帆", "宣文部10月份党风廉政工作小结：共计开展警示教育1次（10月15日），王磊部长与杨帆谈心谈话1次（10月22日）", "!警示 10-15 王磊> | 谈心 10-22 王磊>杨帆"],
  ["胡军", "办公室11月工作小结：本月共组织廉政学习2次（11月4日、11月18日），上报信息1篇（11月26日）", "!廉教 11-04 李明> | 廉教 11-18 李明> | 信息 11-26 李明>"],
  // Days joined by 和/与 (分别是11月9日和11月23日) name no one the item was done with (was: stored at once as the clerk's).
  ["刘洋", "康复部11月工作情况：开展廉政教育两次，分别是11月9日和11月23日", "!廉教 11-09 吴静> | 廉教 11-23 吴静>"],
  ["赵磊", "维权部11月工作情况：组织党纪学习两次，分别为11月10日与11月24日", "!廉教 11-10 冯雪> | 廉教 11-24 冯雪>"],
  // With no heading, the department before its month is the subject as well.
  ["赵磊", "维权部11月组织廉政教育两次（11月10日、11月24日）", "!廉教 11-10 冯雪> | 廉教 11-24 冯雪>"],
  // 3. A pasted table's 主持人/主讲人/组织人 column is the doer of its row, 参加人数 its count, and a name in the 活动 cell
  // (谈心谈话（与王磊）) the one talked with (round 21, K4: every row the sender's, counts lost, both names counterparts).
  ["杨帆", "日期\t活动\t主持人\t参加人数\n11月4日\t党纪学习（学习《准则》）\t王磊\t6\n11月18日\t谈心谈话（与杨帆）\t赵敏\t2", "!廉教 11-04 王磊> 《准则》 #6 | 谈心 11-18 赵敏>杨帆"],
  ["张颖", "日期\t内容\t主持人\n11月10日\t警示教育\t周涛\n11月24日\t廉政教育\t周涛", "!警示 11-10 周涛> | 廉教 11-24 周涛>"],
  ["刘洋", "序号  日期  活动内容  主讲人  参加人数\n1  11月12日  廉政党课《守住底线》  吴静  9\n2  11月26日  警示教育  吴静  8", "!党课 11-12 吴静> 《守住底线》 #9 | 警示 11-26 吴静> #8"],
  ["陈静", "时间    活动    组织人    参加人数\n11月5日    党纪学习    郑华    6\n11月19日    谈心谈话（与陈静）    郑华    2", "!廉教 11-05 郑华> #6 | 谈心 11-19 郑华>陈静"],
  ["李娟", "序号\t时间\t活动\t组织者\t参加人数\n1\t11月3日\t廉政教育\t孙丽\t3\n2\t11月17日\t廉政谈话（与王强）\t孙丽\t2", "!廉教 11-03 孙丽> #3 | 廉谈 11-17 孙丽>王强"],
  // 4. 到岗情况 checked (对各部室到岗情况进行检查 · 检查了…到岗情况) is a 作风纪律检查, at once (round 21, K5: asked its type);
  // the office gone along with (会同办公室…) is no department checked (checkCompanion.test.ts reads the places).
  ["黄志刚", "今天上午对各部室到岗情况进行了检查", "!作风 11-30 >"],
  ["林晓", "前天对教就部到岗情况开展了检查", "作风 11-28 >"],
  ["林晓", "11月27日检查了康复部到岗情况", "作风 11-27 >"],
  ["黄志刚", "11月20日会同办公室对财务科到岗情况进行了检查", "作风 11-20 >"],
  ["黄志刚", "上周五督查了各科室到岗情况", "!作风 11-27 >"],
  ["林晓", "纪检工作周报：\n1. 11月24日，会同组联部对各部室到岗到位情况进行督查；\n2. 11月26日，与王芳谈心谈话。", "!作风 11-24 > | 谈心 11-26 >王芳"],
];
