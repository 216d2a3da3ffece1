// Found by the tester of round 30 (issue 10, H1): 台账 pasted from Excel/WPS or a web page that are not talk tables were
// 没看懂 — a check table (日期 检查对象 检查内容 带队), an education table (日期 形式 内容 主讲人 参加人数) — with or without
// the title line, cells parted by tabs, runs of spaces or ｜/| borders, headers in any order; a row with no day, a 计划/待定
// row and a 合计 row had no reading of their own. Near-misses keep today's reading.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_ONE_A_ROWS: CorpusRow[] = [
  // K1 check tables: one check per row, its department from 检查对象, its doer from 带队/检查人 (else the sender, as a talk
  // table's), its type from the title; the content cell (考勤) is what was checked, not the type: untitled, the type is asked.
  ["林晓", "11月作风纪律检查台账\n日期\t检查对象\t检查内容\t带队\n11月5日\t教育就业部\t考勤\t黄志刚\n11月12日\t维权部\t在岗在位\t林晓\n11月26日\t残疾人康复中心\t公务接待\t黄志刚", "!作风 11-05 黄志刚> | 作风 11-12 > | 作风 11-26 黄志刚>"],
  ["林晓", "11月作风纪律检查台账\n日期\t检查对象\t检查内容\n11月4日\t组联部\t上班纪律\n11月18日\t宣文部\t值班值守", "!作风 11-04 > | 作风 11-18 >"],
  ["王芳", "11月作风纪律检查台账\n日期\t检查对象\t检查内容\n11月4日\t组联部\t上班纪律\n11月18日\t宣文部\t值班值守", "!作风 11-04 > | 作风 11-18 >"],
  ["王芳", "办公室作风纪律检查登记\n检查日期\t被检查部门\t检查事项\t检查人\t备注\n11月10日\t财务科\t公车使用\t林晓\t\n11月17日\t康复部\t考勤\t黄志刚\t", "!作风 11-10 林晓> | 作风 11-17 黄志刚>"],
  ["林晓", "日期\t检查对象\t检查内容\t带队\n11月5日\t教育就业部\t考勤\t黄志刚\n11月12日\t维权部\t在岗在位\t林晓", "!? 11-05 黄志刚> ?missing_type | ? 11-12 > ?missing_type"],
  ["黄志刚", "纪律作风检查情况\n带队领导\t日期\t受检单位\n黄志刚\t11月3日\t宣文部\n林晓\t11月24日\t康复部", "!作风 11-03 > | 作风 11-24 林晓>"],
  // What a check found (检查结果) is written after it, never read as a head count (2人未按时到岗).
  ["林晓", "11月作风纪律检查台账\n日期\t检查对象\t检查内容\t检查结果\t带队\n11月5日\t教育就业部\t考勤\t2人未按时到岗，已当场提醒\t黄志刚\n11月12日\t维权部\t在岗在位\t未发现问题\t林晓", "!作风 11-05 黄志刚> | 作风 11-12 >"],
  // K4 separators: full-width and half-width borders, runs of spaces with the columns in another order, and a tab header
  // over rows typed with spaces or borders.
  ["林晓", "11月作风纪律检查台账\n｜日期｜检查对象｜检查内容｜带队｜\n｜11月5日｜教育就业部｜考勤｜黄志刚｜\n｜11月12日｜维权部｜在岗在位｜林晓｜", "!作风 11-05 黄志刚> | 作风 11-12 >"],
  ["林晓", "作风纪律检查情况\n日期 | 检查部门 | 带队领导 | 备注\n11.6 | 组联部 | 黄志刚 |\n11.20 | 财务科 | 林晓 |", "!作风 11-06 黄志刚> | 作风 11-20 >"],
  ["林晓", "11月作风纪律检查台账\n带队  日期  被检查单位  检查事项\n黄志刚  11月5日  教育就业部  考勤\n林晓  11月12日  维权部  在岗在位", "!作风 11-05 黄志刚> | 作风 11-12 >"],
  ["林晓", "11月作风纪律检查台账\n日期\t检查对象\t检查内容\t带队\n11月9日  宣文部  考勤  黄志刚\n11月16日 | 组联部 | 公务接待 | 林晓", "!作风 11-09 黄志刚> | 作风 11-16 >"],
  // K3 a day left blank, 无 or — is asked (never the row above's); 计划/待定 and a day still to come are plans the card
  // names; 合计 is no item.
  ["林晓", "11月作风纪律检查台账\n日期\t检查对象\t检查内容\t带队\n11月5日\t教育就业部\t考勤\t黄志刚\n\t维权部\t在岗在位\t林晓\n无\t残疾人康复中心\t公务接待\t黄志刚\n合计\t3个部门\t\t", "!作风 11-05 黄志刚> | 作风 ? > ?missing_date | 作风 ? 黄志刚> ?missing_date"],
  ["林晓", "11月作风纪律检查台账\n日期\t检查对象\t检查内容\t带队\t备注\n11月5日\t财务科\t公务接待\t黄志刚\t\n11月19日\t康复部\t考勤\t林晓\t计划\n待定\t宣文部\t在岗在位\t黄志刚\t", "!作风 11-05 黄志刚>"],
  ["林晓", "作风纪律检查台账\n日期\t检查对象\t检查内容\n11月25日\t组联部\t考勤\n12月8日\t维权部\t考勤", "作风 11-25 >"],
  ["林晓", "11月作风纪律检查台账\n日期 | 检查对象 | 检查内容 | 带队\n11月10日 | 财务科 | 公车使用 | 林晓\n— | 宣文部 | 考勤 | 黄志刚", "!作风 11-10 > | 作风 ? 黄志刚> ?missing_date"],
  // K2 education tables: each row's type from its own 形式 cell, its title from 《》 or the content cell, its count from
  // the 人数 column, its doer from 主讲人/主持人 (a lecture with none is asked whose); 待定 as a count is no plan.
  ["孙杰", "康复中心11月廉政教育台账\n日期\t形式\t内容\t主讲人\t参加人数\n11月5日\t观看警示片\t《警钟长鸣》\t何平\t30\n11月12日\t集中学习\t《中国共产党纪律处分条例》\t徐辉\t25\n11月20日\t党课\t坚守廉洁底线\t何平\t40人", "!警示 11-05 何平> 《警钟长鸣》 #30 | 廉教 11-12 徐辉> 《中国共产党纪律处分条例》 #25 | 党课 11-20 何平> 《坚守廉洁底线》 #40"],
  ["孙杰", "日期\t学习内容\t形式\t主持人\t人数\n11月6日\t《廉洁自律准则》\t集中学习\t徐辉\t22\n11月13日\t《迷途》\t观看警示教育片\t何平\t28", "!廉教 11-06 徐辉> 《廉洁自律准则》 #22 | 警示 11-13 何平> 《迷途》 #28"],
  ["何平", "11月廉政教育开展情况\n时间  主题  形式  人数  备注\n11月9日  《警钟长鸣》  观看警示片  30\n11月23日  守住清廉底线  廉政党课  36", "!警示 11-09 > 《警钟长鸣》 #30 | 党课 11-23 > 《守住清廉底线》 #36"],
  ["李明", "机关廉政教育台账\n时间 | 内容 | 形式 | 参加人数\n11.4 | 《中国共产党纪律处分条例》 | 集中学习 | 26\n11.18 | 《沉沦的代价》 | 观看警示片 | 31\n—— | 《廉洁从政若干准则》 | 集中学习 | 20", "!廉教 11-04 > 《中国共产党纪律处分条例》 #26 | 警示 11-18 > 《沉沦的代价》 #31 | 廉教 ? > 《廉洁从政若干准则》 #20 ?missing_date"],
  ["何平", "11月廉政教育台账\n日期\t内容\t形式\t参加人数\t备注\n11月5日\t《警钟长鸣》\t观看警示片\t30\t\n11月18日\t《廉洁从业若干规定》\t集中学习\t\t计划\n合计\t\t\t30\t", "!警示 11-05 > 《警钟长鸣》 #30"],
  ["何平", "11月廉政教育台账\n日期\t内容\t形式\t参加人数\n11月10日\t《以案为鉴》\t观看警示片\t待定", "!警示 11-10 > 《以案为鉴》"],
  ["何平", "11月廉政教育台账\n日期\t内容\t形式\t参加人数\n11月5日\t《警钟长鸣》\t观看警示片\t30人次\n11月19日\t《廉洁从业若干规定》\t集中学习\t24人次", "!警示 11-05 > 《警钟长鸣》 #30 | 廉教 11-19 > 《廉洁从业若干规定》 #24"],
  // Near-misses: prose about checks, a table already read (talks, 日期 活动 参加人数), a title over prose, talk rows in
  // borders and a one-line form keep today's reading.
  ["林晓", "11月5日黄志刚带队到教育就业部检查考勤，11月12日我到维权部检查在岗在位情况", "!作风 11-05 黄志刚> | 作风 11-12 >"],
  ["王芳", "11月作风纪律检查台账：11月5日检查教育就业部考勤，11月12日检查维权部在岗在位", "!作风 11-05 > | 作风 11-12 >"],
  ["孙丽", "谈话人\t谈话对象\t时间\t形式\n孙丽\t王强\t11月4日\t廉政谈话\n孙丽\t李娟\t11月6日\t廉政谈话", "!廉谈 11-04 >王强 | 廉谈 11-06 >李娟"],
  ["何平", "日期\t活动\t参加人数\n11月5日\t观看警示教育片《警钟长鸣》\t30\n11月20日\t廉政党课\t40", "!警示 11-05 > 《警钟长鸣》 #30 | 党课 11-20 > #40"],
  ["孙丽", "谈话人｜谈话对象｜谈话时间｜谈话形式\n孙丽｜王强｜11月4日｜廉政谈话\n孙丽｜李娟｜11月6日｜谈心谈话", "!廉谈 11-04 >王强 | 谈心 11-06 >李娟"],
  ["孙丽", "谈话人：孙丽｜谈话对象：王强｜时间：11月4日｜廉政谈话", "廉谈 11-04 >王强"],
];
