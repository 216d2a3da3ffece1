// Faults of the tester's round 15 (issue 10), part A, in messages of our own: outsiders' titles, visits, notices,
// organs and OCR slips.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_FIFTEEN_A_ROWS: CorpusRow[] = [
  // A title right before a name the directory does not know, or after an outside body, is the outsider's: the name is
  // asked about, never the directory's holder of the title recorded (round 15: stored as a talk with 张伟).
  ["何平", "11月12日与光明社区残协理事长周国庆进行了谈心谈话", "谈心 11-12 > ?unknown_counterpart"],
  ["徐辉", "11月13日同街道残联理事长谈心谈话", "谈心 11-13 > ?missing_counterpart"],
  ["王磊", "上周五和区残联副理事长钱文斌谈了一次心", "谈心 11-27 > ?unknown_counterpart"],
  ["何平", "11月19日与孙杰、社区主任马卫东进行了谈心谈话", "谈心 11-19 >孙杰 | 谈心 11-19 > ?unknown_counterpart"],
  // A department's title before a name the directory does not know is asked, its holder offered, never recorded as them.
  ["何平", "11月16日与财务科科长赵大海进行了廉政谈话", "廉谈 11-16 > ?unknown_counterpart"],
  // Our own 市残联理事长 and a directory name after the title stay the holder.
  ["何平", "11月19日与市残联理事长进行了谈心谈话", "!谈心 11-19 张伟>何平"],
  // 调研 on a visit (检查指导工作，调研…情况 · 走访…，调研…) is no 调研报告: outside the catalogue, or the check asked; only a
  // paper written or handed in is one (round 15: stored as a 调研报告).
  ["赵敏", "11月18日到康复中心检查指导工作，调研康复服务开展情况", "? 11-18 > ?missing_type"],
  ["刘芳", "11月20日走访教育就业部，调研残疾人就业帮扶情况", "-"],
  ["陈志强", "11月23日深入维权部调研信访工作开展情况", "-"],
  ["郑华", "11月21日向党组提交了就业帮扶调研材料", "调研 11-21 >"],
  // A forwarded notice and its requirement (要于/须于/应于…前完成) ask others: nothing recorded, no day asked (round 15: asked
  // the day of a 自查总结 with a 今天 button).
  ["王磊", "转发：关于做好2026年度党风廉政建设责任制考核工作的通知\n各部室、直属单位要于12月10日前完成年度自查总结，并将述责述廉报告报送机关纪委。", "-"],
  ["周涛", "各部室须于12月15日前完成年度自查总结", "-"],
  ["李明", "转发：关于开展警示教育月活动的通知\n请各支部于12月15日前组织观看警示教育片，并将观看情况报送机关党委。", "-"],
  ["黄志刚", "关于做好年终述责述廉工作的通知\n各部门负责人应于12月20日前提交述责述廉报告", "-"],
  // An office's name (…监督检查室, …纪检监察室) is no check; its guest's 廉政党课 is the inviter's 廉政教育, confirmed (round 15:
  // a 作风纪律检查 with the 党课 left over).
  ["何平", "11月中旬，中心邀请市纪委第三监督检查室同志为全体干部职工讲授廉政党课，二十余人参加，大家纷纷表示深受教育。", "廉教 ? > #20 ?missing_date"],
  ["何平", "11月13日，中心邀请市纪委第三监督检查室同志为全体干部职工讲授廉政党课，二十余人参加", "!廉教 11-13 > #20"],
  ["王磊", "11月24日部里请区纪委第二纪检监察室的同志来讲廉政党课", "!廉教 11-24 >"],
  ["赵敏", "11月26日，市纪委第五监督检查室同志应邀为机关全体党员讲授廉政党课", "!廉教 11-26 >"],
  // An OCR slip of 育 (教盲, 教肓) is read as 警示教育 on the card (round 15: asked the type), without sounding it out.
  ["何平", "10月9日组织全体干部职工开展警示教盲，观看《围猎》", "!警示 10-09 > 《围猎》"],
  ["王磊", "11月11日部里开展警示教肓活动", "!警示 11-11 >"],
  ["李明", "11月20日办公室全体人员参加警式教盲", "!警示 11-20 >"],
];
