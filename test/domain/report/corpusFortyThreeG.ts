// Round 43, fixer G (found by tester t44b on da439f8c, F5): a 纪检 officer's own check table pasted from Excel — 序号 时间
// 被检查单位 检查方式 发现问题, days written 12.1 — was answered 没看懂, with or without a title naming its kind, with 12月1日
// days, without 序号 or 发现问题, with 日期/检查对象/检查方式 headers or a 带队 column: 检查方式 was no header word, so no table
// was found, and its 现场查看 cells made each line a query. Now each row is one check at its 被检查单位 on its day, typed by
// the title (作风纪律检查台账 → 作风) or asked, the 带队 cell's person the doer. Read on Mon 2026-11-30 10:00 +08:00, as every row.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_THREE_G_ROWS: CorpusRow[] = [
  // 1. t44b F5's own table (序号 时间 被检查单位 检查方式 发现问题, days 11.2), untitled: one check per row at its 被检查单位 on its
  //    day, the sender's; no row names a kind (现场查看 says how), so the kind is asked (the dialog asks it once: the answer
  //    types every row, test/e2e/dialogFortyThreeG). Before: 没看懂.
  ["黄志刚", "序号\t时间\t被检查单位\t检查方式\t发现问题\n1\t11.2\t办公室\t现场查看\t无\n2\t11.3\t组联部\t现场查看\t1处\n3\t11.4\t维权部\t现场查看\t无", "? 11-02 > @办公室 ?missing_type | ? 11-03 > @组联部 ?missing_type | ? 11-04 > @维权部 ?missing_type"],
  // 2. The same under a title naming the kind (作风纪律检查台账 → 作风, 专项资金检查台账 → 资金), with the tester's variations:
  //    12月1日-style days, no 序号, no 发现问题, headers 日期/检查对象/检查方式, 检查时间/检查部门/检查事项/主要内容, 受检科室.
  ["黄志刚", "机关纪委11月作风纪律检查台账\n序号\t时间\t被检查单位\t检查方式\t发现问题\n1\t11.2\t办公室\t查阅考勤记录\t无\n2\t11.3\t组联部\t现场查看\t1处\n3\t11.4\t维权部\t现场查看\t无", "!作风 11-02 > @办公室 | 作风 11-03 > @组联部 | 作风 11-04 > @维权部"],
  ["黄志刚", "机关纪委11月作风纪律检查台账\n序号\t时间\t被检查单位\t检查方式\t发现问题\n1\t11月9日\t办公室\t查阅考勤记录\t无\n2\t11月10日\t组联部\t现场查看\t1处\n3\t11月11日\t维权部\t现场查看\t无", "!作风 11-09 > @办公室 | 作风 11-10 > @组联部 | 作风 11-11 > @维权部"],
  ["黄志刚", "机关纪委11月作风纪律检查台账\n时间\t被检查单位\t检查方式\t发现问题\n11.16\t宣文部\t现场查看\t无\n11.17\t教育就业部\t查阅考勤记录\t2人迟到", "!作风 11-16 > @宣文部 | 作风 11-17 > @教育就业部"],
  ["林晓", "机关纪委11月作风纪律检查台账\n序号\t时间\t被检查单位\t检查方式\n1\t11.5\t康复部\t实地查看\n2\t11.12\t财务科\t查阅考勤记录", "!作风 11-05 > @康复部 | 作风 11-12 > @财务科"],
  ["黄志刚", "11月作风纪律检查台账\n日期\t检查对象\t检查方式\n11月5日\t残疾人康复中心\t现场查看\n11月19日\t宣文部\t实地查看", "!作风 11-05 > @残疾人康复中心 | 作风 11-19 > @宣文部"],
  ["黄志刚", "11月作风纪律检查情况\n日期\t检查部门\t检查事项\t检查人\n11月4日\t维权部\t现场查看\t林晓\n11月18日\t教育就业部\t实地查看\t林晓", "!作风 11-04 林晓> @维权部 | 作风 11-18 林晓> @教育就业部"],
  ["黄志刚", "机关纪委11月作风纪律检查台账\n序号\t时间\t受检科室\t检查方式\t发现问题\n1\t11.2\t财务科\t现场查看\t无\n2\t11.9\t康复部\t现场查看\t无", "!作风 11-02 > @财务科 | 作风 11-09 > @康复部"],
  ["林晓", "作风纪律检查台账\n日期\t检查对象\t主要内容\t负责人\n11月9日\t宣文部\t现场查看\t黄志刚\n11月16日\t康复部\t现场查看\t黄志刚", "!作风 11-09 黄志刚> @宣文部 | 作风 11-16 黄志刚> @康复部"],
  // 3. A 带队 / 带队领导 / 检查人 / 负责人 column: its person the doer of the row's check (the sender's own name: the sender's).
  ["林晓", "机关纪委11月作风纪律检查台账\n日期\t检查对象\t检查方式\t带队\n11月3日\t办公室\t现场查看\t黄志刚\n11月10日\t组联部\t现场查看\t黄志刚", "!作风 11-03 黄志刚> @办公室 | 作风 11-10 黄志刚> @组联部"],
  ["林晓", "作风纪律检查台账\n检查时间\t检查对象\t检查方式\t带队领导\n11月6日\t康复部\t现场查看\t赵敏\n11月13日\t宣文部\t查阅考勤记录\t赵敏", "!作风 11-06 赵敏> @康复部 | 作风 11-13 赵敏> @宣文部"],
  ["林晓", "专项资金检查台账\n| 日期 | 检查对象 | 检查方式 | 带队领导 |\n| :--- | :---: | :---: | ---: |\n| 11月20日 | 财务科 | 现场查看 | 赵敏 |\n| 11月27日 | 康复部 | 现场查看 | 赵敏 |", "!资金 11-20 赵敏> @财务科 | 资金 11-27 赵敏> @康复部"],
  // 4. Other separators: runs of spaces, ｜, | with spaces, a Markdown table with its |---| or |:---:| rule line (the rule was
  //    written as one more check 「到---开展…」 asked its day).
  ["黄志刚", "机关纪委11月作风纪律检查台账\n序号  时间  被检查单位  检查方式  发现问题\n1  11.2  办公室  现场查看  无\n2  11.3  组联部  现场查看  1处", "!作风 11-02 > @办公室 | 作风 11-03 > @组联部"],
  ["黄志刚", "机关纪委11月作风纪律检查台账\n序号｜时间｜被检查单位｜检查方式｜发现问题\n1｜11.2｜办公室｜现场查看｜无\n2｜11.3｜组联部｜现场查看｜1处", "!作风 11-02 > @办公室 | 作风 11-03 > @组联部"],
  ["林晓", "作风纪律检查台账\n时间 | 检查对象 | 检查方式\n11月24日 | 维权部 | 现场查看\n11月25日 | 财务科 | 现场查看", "!作风 11-24 > @维权部 | 作风 11-25 > @财务科"],
  ["黄志刚", "机关纪委11月作风纪律检查台账\n| 序号 | 时间 | 被检查单位 | 检查方式 | 发现问题 |\n|---|---|---|---|---|\n| 1 | 11.2 | 办公室 | 现场查看 | 无 |\n| 2 | 11.3 | 组联部 | 现场查看 | 1处 |", "!作风 11-02 > @办公室 | 作风 11-03 > @组联部"],
  ["黄志刚", "| 日期 | 检查对象 | 检查方式 |\n|------|------|------|\n| 11月2日 | 办公室 | 现场查看 |\n| 11月3日 | 组联部 | 现场查看 |", "? 11-02 > @办公室 ?missing_type | ? 11-03 > @组联部 ?missing_type"],
  // 5. A lead line before the table (以下是本月…检查情况：): its kind, when it names one, is the rows'; else asked.
  ["黄志刚", "以下是本月作风纪律检查情况：\n序号\t时间\t被检查单位\t检查方式\t发现问题\n1\t11.2\t办公室\t现场查看\t无\n2\t11.3\t组联部\t现场查看\t1处", "!作风 11-02 > @办公室 | 作风 11-03 > @组联部"],
  ["黄志刚", "以下是本月检查情况：\n时间\t被检查单位\t检查方式\n11.2\t办公室\t现场查看\n11.3\t组联部\t现场查看", "? 11-02 > @办公室 ?missing_type | ? 11-03 > @组联部 ?missing_type"],
  // 6. 整改情况 / 备注 / 发现问题 columns are no deed; days written 2026.11.2 and 11-2 are days.
  ["林晓", "专项资金检查台账\n序号\t检查时间\t被检查单位\t检查方式\t整改情况\n1\t11月20日\t财务科\t现场查看\t已整改\n2\t11月27日\t康复部\t现场查看\t无", "!资金 11-20 > @财务科 | 资金 11-27 > @康复部"],
  ["黄志刚", "机关纪委11月作风纪律检查台账\n序号\t时间\t被检查单位\t检查方式\t发现问题\t备注\n1\t11.2\t办公室\t现场查看\t无\t\n2\t11.3\t组联部\t现场查看\t1处\t已整改", "!作风 11-02 > @办公室 | 作风 11-03 > @组联部"],
  ["黄志刚", "机关纪委11月作风纪律检查台账\n序号\t时间\t被检查单位\t检查方式\t发现问题\n1\t2026.11.2\t办公室\t现场查看\t无\n2\t2026.11.3\t组联部\t现场查看\t1处", "!作风 11-02 > @办公室 | 作风 11-03 > @组联部"],
  ["黄志刚", "机关纪委11月作风纪律检查台账\n序号\t时间\t被检查单位\t检查方式\t发现问题\n1\t11-2\t办公室\t现场查看\t无\n2\t11-3\t组联部\t现场查看\t1处", "!作风 11-02 > @办公室 | 作风 11-03 > @组联部"],
  // 7. A day after today (12.1 on Mon 11-30) in a 台账 row: as round 31 decided (corpusThirtyOneA K3), a row still to come
  //    is a plan the card names as not recorded (「第2行是计划安排，未记录」); an untyped one is asked its type first and
  //    named so after the answer (checked in the dialog by hand: 「日期在今天之后，是计划安排，未记录」).
  ["黄志刚", "序号\t时间\t被检查单位\t检查方式\t发现问题\n1\t12.1\t办公室\t现场查看\t无\n2\t12.2\t组联部\t现场查看\t1处", "? 12-01 > @办公室 ?future_date,missing_type | ? 12-02 > @组联部 ?future_date,missing_type"],
  ["黄志刚", "机关纪委作风纪律检查台账\n序号\t时间\t被检查单位\t检查方式\t发现问题\n1\t11.27\t办公室\t现场查看\t无\n2\t12.1\t组联部\t现场查看\t1处", "!作风 11-27 > @办公室"],
  // 8. Two columns only, a day and whom a check visited (时间 被检查单位): a table of checks too.
  ["黄志刚", "机关纪委11月作风纪律检查台账\n时间\t被检查单位\n11.2\t办公室\n11.3\t组联部\n11.4\t维权部", "!作风 11-02 > @办公室 | 作风 11-03 > @组联部 | 作风 11-04 > @维权部"],
  ["林晓", "时间\t检查对象\n11月9日\t宣文部\n11月16日\t康复部", "? 11-09 > @宣文部 ?missing_type | ? 11-16 > @康复部 ?missing_type"],
  // 9. Near-misses that keep today's reading: a study/film table (时间 活动 参加人数), talk tables (tab and Markdown), a plain
  //    numbered list that is no table, a two-word line of no check (时间 地点) over a row of no deed.
  ["吴静", "时间\t活动\t参加人数\n11月5日\t集中学习《中国共产党纪律处分条例》\t8\n11月19日\t观看警示教育片《围猎》\t7", "!廉教 11-05 > 《中国共产党纪律处分条例》 #8 @- | 警示 11-19 > 《围猎》 #7 @-"],
  ["刘芳", "谈话人\t谈话对象\t时间\t形式\n刘芳\t周涛\t11月12日\t廉政谈话\n刘芳\t吴静\t11月19日\t廉政谈话", "!廉谈 11-12 >周涛 @组联部 | 廉谈 11-19 >吴静 @康复部"],
  ["刘芳", "| 谈话人 | 谈话对象 | 时间 | 形式 |\n|---|---|---|---|\n| 刘芳 | 周涛 | 11月12日 | 廉政谈话 |\n| 刘芳 | 吴静 | 11月19日 | 谈心谈话 |", "!廉谈 11-12 >周涛 @组联部 | 谈心 11-19 >吴静 @康复部"],
  ["黄志刚", "本月检查情况：\n1. 11月2日到办公室检查考勤\n2. 11月3日到组联部检查上班纪律\n3. 11月4日到维权部检查作风纪律", "!作风 11-02 > @办公室 | 作风 11-03 > @组联部 | 作风 11-04 > @维权部"],
  ["黄志刚", "时间 地点\n11月2日 办公室", "-"],
];
