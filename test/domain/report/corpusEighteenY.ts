// Round 18's clause, table, correction and notice faults (y18, issue 10): 台账 days written 11-03 under a 登记（11月） title,
// 去年 in a 补录 of this year's month, what a meeting heard, forwarded 通知.
import type { CorpusRow } from './corpusRow.js';

export const EIGHTEEN_Y_ROWS: CorpusRow[] = [
  // G. A table with a header row and dated rows is a report whatever its title: a month in the title (（10月）, （第4周）)
  // makes it no deed of its own (was: the title read as one more talk, asked its day).
  ["林晓", "谈心谈话登记表（10月）\n日期\t谈话人\t对象\t类型\n10-14\t刘芳\t周涛\t谈心谈话\n10-21\t陈志强\t郑华\t谈心谈话", "!谈心 10-14 刘芳>周涛 | 谈心 10-21 陈志强>郑华"],
  ["林晓", "11月谈话记录（第4周）\n日期  谈话人  对象  类型\n11.24  张伟  刘芳  廉政谈话\n11.25  张伟  赵敏  廉政谈话", "!廉谈 11-24 张伟>刘芳 | 廉谈 11-25 张伟>赵敏"],
  ["林晓", "廉政谈话台账（2026年11月）\n日期\t谈话人\t对象\t类型\n11-18\t刘芳\t吴静\t廉政谈话\n11-19\t陈志强\t冯雪\t廉政谈话", "!廉谈 11-18 刘芳>吴静 | 廉谈 11-19 陈志强>冯雪"],
  ["黄志刚", "班子成员廉政谈话台账\n日期\t谈话人\t对象\n11-05\t王建国\t孙丽\n11-09\t赵敏\t何平", "!廉谈 11-05 王建国>孙丽 | 廉谈 11-09 赵敏>何平"],
  // I. 去年 for a month the message names as this year's (「10月份漏报的」) or in a 补录 of a period still open: the year is
  // asked (was: stored at once for last year). A 补录 truly of last year is read as before.
  ["吴静", "10月份的漏了一条，补上：去年10月20日与刘洋谈心谈话", "谈心 2025-10-20 >刘洋 ?ambiguous_year"],
  ["孙丽", "补报9月份漏掉的：去年9月18日和李娟谈心谈话", "谈心 2025-09-18 >李娟 ?ambiguous_year"],
  ["周涛", "补录本季度的：去年11月5日和张颖进行廉政谈话", "廉谈 2025-11-05 >张颖 ?ambiguous_year"],
  ["吴静", "补录去年12月18日和刘洋的谈心谈话", "谈心 2025-12-18 >刘洋"],
  ["孙丽", "补一下去年9月份的：去年9月10日和王强谈心谈话", "谈心 2025-09-10 >王强"],
  // B. What a meeting heard (X通报了/汇报了… right after it) is its content: only the meeting is recorded (was: a
  // 作风纪律检查 or 自查总结 of the sender's on the meeting's day). Cases read out as a warning still make a 警示教育.
  ["郑华", "11月25日，陈志强副理事长主持召开教育就业部分管科室会议，郑华汇报了本部门廉政风险点排查情况", "!分管会 11-25 陈志强>"],
  ["林晓", "11月26日张伟书记主持召开党组专题会议，会上黄志刚通报了第三季度监督检查情况", "!专题 11-26 张伟>"],
  ["李明", "上周五党组召开形势分析研判会，张伟主持，各部室负责人分别汇报了自查情况", "!研判 11-27 张伟>"],
  ["王芳", "11月24日召开全面从严治党专题会议，张伟书记主持，会议传达了市纪委全会精神，林晓通报了节前作风纪律督查情况", "!专题 11-24 张伟>"],
  // K. A forwarded 通知 with a deadline, a contact and a signature day is no report (was: 「这条述责述廉是谁的？」).
  ["王磊", "【通知】各部室：请于12月15日前报送本部门年度自查总结，联系人：黄志刚，电话8123457。机关纪委 2026年11月28日", "-"],
  ["孙丽", "【重要通知】请各科室在12月20日前提交述责述廉报告。联系人：林晓。机关纪委 2026年11月27日", "-"],
  ["周涛", "各部室：请于12月8日前报送11月份廉政信息，联系电话8123456。机关纪委 11月26日", "-"],
  // A report that mentions a notice is still a report.
  ["周涛", "收到通知后，组联部11月26日报送了11月份廉政信息", "信息 11-26 >"],
];
