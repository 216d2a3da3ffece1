// Found by s28 while merging round 28 (issue 10): a list of departments after a visit verb (到/赴/前往/对 + A和B · A、B) was
// read as 与 + the last department, so 「上周二、周四分别到组联部和康复部开展了廉政谈话」 was stored AT ONCE as two talks
// with 吴静. The departments visited are where the talks were held, never who was talked with: the bot asks 和谁.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_EIGHT_M_ROWS: CorpusRow[] = [
  ["周涛", "上周二、周四分别到组联部和康复部开展了廉政谈心谈话", "谈心 11-24 > ?missing_counterpart | 谈心 11-26 > ?missing_counterpart"],
  ["刘芳", "11月24日、11月26日分别到组联部和康复部开展了廉政谈话", "廉谈 11-24 > ?missing_counterpart | 廉谈 11-26 > ?missing_counterpart"],
  ["刘芳", "11月24日到组联部、康复部开展了廉政谈话", "廉谈 11-24 > ?missing_counterpart"],
  ["陈志强", "上周二、周四分别到教育就业部和维权部开展了谈心谈话", "谈心 11-24 > ?missing_counterpart | 谈心 11-26 > ?missing_counterpart"],
  ["赵敏", "11月20日到宣文部、康复中心开展廉政谈话", "廉谈 11-20 > ?missing_counterpart"],
  ["王建国", "上周三赴办公室及财务科开展廉政谈话", "廉谈 11-25 > ?missing_counterpart"],
  // Near-misses: 与/和 a department list is the heads talked with; a person after the place list is the one talked with.
  ["刘芳", "11月24日和康复部开展了廉政谈话", "廉谈 11-24 >吴静"],
  ["刘芳", "11月24日与组联部、康复部开展了廉政谈话", "廉谈 11-24 >周涛 | 廉谈 11-24 >吴静"],
  ["赵敏", "11月20日与宣文部和康复中心开展了廉政谈话", "廉谈 11-20 >王磊 | 廉谈 11-20 >何平"],
  ["刘芳", "11月24日与组联部、康复部负责人开展了廉政谈话", "廉谈 11-24 >周涛 | 廉谈 11-24 >吴静"],
  ["陈志强", "11月24日与教育就业部、维权部负责人签订了责任书", "签责 11-24 >郑华 | 签责 11-24 >冯雪"],
  ["王建国", "11月24日到财务科和孙丽开展了廉政谈话", "廉谈 11-24 >孙丽"],
  ["王建国", "11月24日到办公室和财务科，与李明、孙丽开展了廉政谈话", "廉谈 11-24 >李明 | 廉谈 11-24 >孙丽"],
  ["黄志刚", "11月24日对办公室和财务科进行了作风纪律检查", "作风 11-24 >"],
  ["刘芳", "11月24日、11月26日分别到组联部和康复部检查作风纪律", "!作风 11-24 > | 作风 11-26 >"],
  // A counted lead (分两次 · 先后两次) with no day heads the dated sentences after it: no third deed, its doer theirs (g28's F1
  // sample broke when h28's undated-lead question met it at the merge; the variant gave the lead's check twice).
  ["林晓", "11月份，黄志刚书记带队，分两次开展明查暗访。11月12日检查了上班到岗情况，11月24日对公务用车使用情况进行了抽查。", "!作风 11-12 黄志刚> | 作风 11-24 黄志刚>"],
  ["王芳", "11月份，张伟书记先后两次主持召开专题会议。11月4日研究部署党风廉政建设工作，11月25日听取纪检工作汇报。", "!专题 11-04 张伟> | 专题 11-25 张伟>"],
  ["林晓", "本月，黄志刚书记带队先后两次开展作风纪律检查。11月5日，林晓检查了办公室，11月12日黄志刚检查了财务科。", "!作风 11-05 黄志刚> | 作风 11-12 黄志刚>"],
  // Near-miss: an undated lead that counts nothing is asked its day (h28).
  ["王芳", "王建国副理事长到财务科检查专项资金使用情况。11月20日，与孙丽签订了责任书。", "资金 ? 王建国> ?missing_date | 签责 11-20 王建国>孙丽"],
  // A lead in the same sentence (no day of its own, a deed and its doer) before two or more dated clauses heads them (g28's
  // leftover: the lead's check was a third record on the first day).
  ["林晓", "11月份，黄志刚书记牵头开展作风纪律专项检查，11月4日对办公室考勤进行了检查，11月18日对财务科考勤进行了检查。", "!作风 11-04 黄志刚> | 作风 11-18 黄志刚>"],
  ["林晓", "11月份，黄志刚书记牵头开展作风纪律专项检查，11月4日对办公室，11月18日对财务科。", "!作风 11-04 黄志刚> | 作风 11-18 黄志刚>"],
  // Near-misses: one dated clause after the lead is the lead's own day; a dated lead keeps its deed.
  ["林晓", "黄志刚书记带队开展作风纪律检查，11月4日检查了办公室。", "!作风 11-04 黄志刚>"],
  ["林晓", "11月4日，黄志刚书记带队开展作风纪律检查，11月18日又检查了财务科。", "!作风 11-04 黄志刚> | 作风 11-18 黄志刚>"],
  // A check of 公务接待/办公用房 beside a 专项资金 check is a second check, not part of it (g28's leftover: lost silently).
  ["林晓", "11月20日，黄志刚书记带队对财务科专项资金使用情况进行检查，同日对办公室公务接待情况进行了抽查。", "!资金 11-20 黄志刚> | 作风 11-20 黄志刚>"],
  ["林晓", "11月20日对财务科专项资金使用情况进行了检查，同时抽查了办公用房使用情况。", "!资金 11-20 > | 作风 11-20 >"],
  ["孙丽", "11月20日开展专项资金检查，重点检查了公务接待费用支出。", "资金 11-20 >"],
  // Round 28's final tester (t28), wrong on a card, and variants. A news lead that names a line of work (扎实开展节前廉政提醒
  // 工作) or only the kind its dated deeds tell (黄志刚带队开展年底作风纪律专项检查) heads them; it was a record of the sender's,
  // or a third check asked its day.
  ["王芳", "近日，市残联扎实开展节前廉政提醒工作。11月26日，党组书记张伟分别与王建国、刘芳两位班子成员进行了廉政谈话。11月27日，王建国副理事长又与分管的办公室、财务科负责人进行了廉政谈话。", "!廉谈 11-26 张伟>王建国 | 廉谈 11-26 张伟>刘芳 | 廉谈 11-27 王建国>李明 | 廉谈 11-27 王建国>孙丽"],
  ["李娟", "市残联纪委书记黄志刚带队开展年底作风纪律专项检查。11月23日，检查组对机关各部室上班纪律进行了明查暗访；11月27日，又对康复中心公车使用情况开展了检查。", "!作风 11-23 黄志刚> | 作风 11-27 黄志刚>"],
  ["林晓", "11月份，黄志刚书记带队，先后三次开展作风纪律检查。11月5日检查了办公室，11月12日检查了财务科，11月19日检查了康复部。", "!作风 11-05 黄志刚> | 作风 11-12 黄志刚> | 作风 11-19 黄志刚>"],
  // Near-miss: a lead of another kind is its own deed, asked its day.
  ["王芳", "王建国副理事长到财务科检查专项资金使用情况。11月20日，与孙丽签订了责任书；11月22日，与李明签订了责任书。", "资金 ? 王建国> ?missing_date | 签责 11-20 王建国>孙丽 | 签责 11-22 王建国>李明"],
  // Cases a lecture draws on (结合…典型案例) are its material, not a 警示教育 of their own that takes its head count.
  ["杨帆", "11月25日下午，党组书记张伟为全体党员干部讲授专题廉政党课《坚守初心 廉洁奉公》。张伟同志结合近期查处的典型案例，深入阐释了党员干部应当守住的底线。机关全体党员共28人参加。", "!党课 11-25 张伟> 《坚守初心 廉洁奉公》 #28"],
  ["张伟", "昨天讲了廉政党课，结合典型案例讲了纪律要求", "!党课 11-29 >"],
  ["王磊", "今天组织科室通报了近期典型案例", "!警示 11-30 >"],
  ["王磊", "今天结合典型案例开展了警示教育", "警示 11-30 >"],
  // 学习党纪 said verb first is 党纪学习 (t28 B13/B47: the type asked).
  ["冯雪", "维权部今天集中学习党纪，应到6人实到6人", "廉教 11-30 > #6"],
  ["赵磊", "冯部长今天组织部门学习了党纪，5人参加", "!廉教 11-30 冯雪> #5"],
  ["郑华", "明天学习党纪", "-"],
];
