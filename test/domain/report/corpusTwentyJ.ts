// Round 21u's stored-wrong doers and types (j21, issue 10): a form's labelled day and doer fields.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_J_ROWS: CorpusRow[] = [
  // 1. A pasted form names its day in 报送日期/日期/时间 and its doer in 报送人/负责人/主持人: those are read, and a doer
  // other than the sender is shown for 确认 (was: the day asked though given, then stored as the clerk's own).
  ["赵磊", "维权部 11月 廉政信息报送情况\n报送日期：11月9日、11月23日\n篇数：各1篇\n报送人：冯雪", "!信息 11-09 冯雪> | 信息 11-23 冯雪>"],
  ["杨帆", "宣文部11月信息报送\n报送日期：11月10日\n报送人：王磊", "!信息 11-10 王磊>"],
  ["王强", "财务科廉政教育专题学习\n时间：11月18日下午\n负责人：孙丽\n参加人数：3人", "!廉教 11-18 孙丽>"],
  ["张颖", "组联部11月份信息报送\n报送人：周涛\n报送时间：11月5日", "!信息 11-05 周涛>"],
  ["孙杰", "康复中心廉政教育学习\n日期：11月20日\n负责人：何平", "!廉教 11-20 何平>"],
  // 3. Collating, counting or chasing papers others handed in (整理汇总/统计/收集/催报 … 报送) is no paper of the sender's
  // (was: stored at once as the sender's 信息报送); beside a deed of their own it is named on the card.
  ["林晓", "11月26日整理汇总了各部室10月份信息报送情况", "-"],
  ["胡军", "上周五统计了各部室报送的自查报告", "-"],
  ["冯雪", "1. 11月24日与赵磊进行了谈心谈话\n2. 11月25日收集汇总了维权部的信息报送情况", "!谈心 11-24 >赵磊"],
  ["杨帆", "昨天把宣文部各位同志报送的信息整理登记了一下", "-"],
  ["王强", "11月25日报送了一篇信息", "信息 11-25 >"],
  // 2. A type named only in a later plan sentence (12月份，配合做好… · 下一步，将…) never types the deed said before it (was:
  // 向党组报告 stored at once as 述责述廉).
  ["黄志刚", "11月27日向党组书面报告了机关纪委全年工作情况。12月份，配合做好述责述廉工作。", "报告 11-27 >"],
  ["周涛", "11月20日向党组报告了组联部落实主体责任情况。下一步，将组织开展警示教育。", "报告 11-20 >"],
  ["孙丽", "上周五向党组汇报了财务科廉政风险防控工作。下月拟开展一次自查。", "报告 11-27 >"],
];
