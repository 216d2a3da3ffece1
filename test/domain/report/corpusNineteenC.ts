// Round 19's table fault (c19, issue 10): a pasted 台账 whose doer column is 负责人 and whose 参加人员 holds the one talked to
// or the head count, or whose 内容 cell names the one talked to in 「（对象：X）」: one record per row, the 负责人's (was:
// every record the sender's, the talk paired with the doer). The correction kind of the round (刚才那条记错了，应该是…) is
// no report: test/domain/report/ownedSlip.test.ts and test/e2e/ownedSlipCorrection.test.ts hold it.
import type { CorpusRow } from './corpusRow.js';

export const NINETEEN_C_ROWS: CorpusRow[] = [
  // 5. 负责人 is the doer, 参加人员 a person (a talk's counterpart) or a head count (全部门5人 → 5).
  ["王强", "宣文部11月廉政工作台账\n日期\t事项\t负责人\t参加人员\n11月6日\t观看警示教育片《蜕变》\t王磊\t全部门5人\n11月18日\t谈心谈话\t王磊\t冯雪", "!警示 11-06 王磊> 《蜕变》 #5 | 谈心 11-18 王磊>冯雪"],
  ["刘洋", "康复部9-10月党风廉政台账\n日期\t事项\t负责人\t参加人员\n10月9日\t廉政谈话\t吴静\t刘洋\n10月23日\t学习《中国共产党纪律处分条例》\t吴静\t8人", "!廉谈 10-09 吴静>刘洋 | 廉教 10-23 吴静> 《中国共产党纪律处分条例》 #8"],
  ["陈静", "教育就业部廉政工作记录\n日期\t事项\t负责人\t参加人员\n11月4日\t签订廉政责任书\t郑华\t陈静\n11月20日\t廉政谈话\t郑华\t陈静", "!签责 11-04 郑华>陈静 | 廉谈 11-20 郑华>陈静"],
  // 时间 / 内容 / 负责人 with the one talked to in the 内容 cell.
  ["李娟", "财务科廉政活动登记表\n时间\t内容\t负责人\n11月3日\t廉政谈话（对象：王强）\t孙丽\n11月17日\t观看警示教育片《围猎》\t孙丽", "!廉谈 11-03 孙丽>王强 | 警示 11-17 孙丽> 《围猎》"],
  ["张颖", "组联部谈话登记\n时间\t内容\t负责人\n11月11日\t谈心谈话（谈话对象：张颖）\t周涛\n11月25日\t廉政谈话（对象：张颖）\t周涛", "!谈心 11-11 周涛>张颖 | 廉谈 11-25 周涛>张颖"],
];
