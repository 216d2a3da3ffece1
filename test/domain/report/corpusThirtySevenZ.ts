// Found by tester t37b (round 37, issue 10; /work/rounds/t37b-findings.md F6, F8), fixed by the coordinator: 检察 written for
// 检查 (one sound; 作风纪律检察 · 专项资金检察 · 督察 for 督查) made a 补报 item 没读出 and a check alone 没看懂, and a study said
// done in a span of time with nothing else (上个月组织学习了) was 没看懂 while 昨天组织学习了 and 上个月组织部门学习了廉政准则 are
// asked. Now the slips read as the check they are (检察院 · 检察官 · 检察机关 · 检察工作 · 督察组 as written), and the study is asked
// its type and day; questions, plans and denials stay no report.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_SEVEN_Z_ROWS: CorpusRow[] = [
  // F6: 检察/督察 slips of 检查/督查 in a check, alone, in a 补报 list, in traditional characters.
  ["黄志刚", "10月14日对宣文部开展作风纪律检察", "作风 10-14 >"],
  ["黄志刚", "11月3日到财务科进行专项资金检察", "资金 11-03 >"],
  ["黄志刚", "补报10月份工作：\n(1)10月14日对宣文部开展作风纪律检察\n(2)10月21日与林晓进行谈心谈话\n(3)10月28日向党组报告机关纪委三季度工作情况", "!作风 10-14 > | 谈心 10-21 >林晓 | 报告 10-28 >"],
  ["林晓", "11月20日开展节前作风督察", "作风 11-20 >"],
  ["林晓", "11月24日对康复中心考勤情况进行了检察", "作风 11-24 >"],
  ["黄志刚", "11月10日检察了财务科考勤", "作风 11-10 >"],
  ["黄志刚", "11月18日带队对各部室责任书落实情况进行检察", "!查责 11-18 >"],
  ["黄志刚", "11月16日到维权部开展作风纪律检察，发现2人未按时到岗", "作风 11-16 >"],
  ["林晓", "上周三对办公室公务用车使用情况进行了检察", "!作风 11-25 >"],
  ["黄志刚", "11月25日開展作風紀律檢察", "作风 11-25 >"],
  // Near-misses: the procuratorate and a supervision team are words of their own; 检察工作 stays a visit.
  ["赵磊", "11月13日部里请检察院的同志来讲课，讲的是职务犯罪预防", "!廉教 11-13 冯雪>"],
  ["李明", "11月20日组织全体人员到市检察院警示教育基地参观学习，参加15人", "警示 11-20 > #15"],
  ["黄志刚", "11月12日配合市纪委督察组检查了财务科考勤", "作风 11-12 >"],
  ["刘芳", "11月26日来我部检察工作", "-"],
  ["周涛", "11月19日组织部门观看了检察机关拍摄的警示教育片《迷途》，参加6人", "警示 11-19 > 《迷途》 #6"],
  ["黄志刚", "11月17日邀请市检察官讲授廉政党课《职务犯罪预防》", "廉教 11-17 > 《职务犯罪预防》 ?missing_actor"],
  ["林晓", "11月27日作风纪律检察时发现办公室1人脱岗", "作风 11-27 >"],
  // F8: a study said done in a span of time, nothing else told: asked its type and day.
  ["王磊", "上个月组织学习了", "? ? > ?missing_type,missing_date"],
  ["王磊", "上个月组织了学习", "? ? > ?missing_type,missing_date"],
  ["王磊", "近日组织学习了", "? ? > ?missing_type,missing_date"],
  ["王磊", "11月中旬组织学习了", "? ? > ?missing_type,missing_date"],
  ["王磊", "上周组织学习了", "? ? > ?missing_type,missing_date"],
  ["王磊", "上个月组织部门学习了", "? ? > ?missing_type,missing_date"],
  ["李明", "前段时间部门集中学习了", "? ? > ?missing_type,missing_date"],
  ["吴静", "前几天组织学习了", "? ? > ?missing_type,missing_date"],
  ["周涛", "本月组织学习了", "? ? > ?missing_type,missing_date"],
  // Near-misses: a question, a plan, a denial are no report; a type or a day told keeps its reading.
  ["王磊", "上个月组织学习了吗", "-"],
  ["王磊", "下个月组织学习", "-"],
  ["王磊", "本月准备组织学习", "-"],
  ["王磊", "上周组织学习了廉政知识", "廉教 ? > ?missing_date"],
  ["王磊", "上个月组织部门学习了廉政准则", "廉教 ? > 《廉政准则》 ?missing_date"],
  ["王磊", "11月20日组织学习了", "? 11-20 > ?missing_type"],
  ["周涛", "上周组织大家学习了，下周再组织观看警示片", "? ? > ?missing_type,missing_date"],
  ["王磊", "上个月没有组织学习", "-"],
];
