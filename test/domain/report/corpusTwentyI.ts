// Round 21's stored-wrong and dropped kinds (i21, issue 10): a 「N号 + department」 list after a month and a check word is
// one check per pair at its own department, on a card (was: the first pair only, or every check at the first
// department); a meeting's leader 对下一步…作了部署/作出安排/提出要求 is what the meeting heard, never a plan of the sender.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_I_ROWS: CorpusRow[] = [
  // Day + department pairs (was: one check, the rest dropped or asked day by day at the first department).
  ["林晓", "11月督查：5号教就部，18号维权部", "!作风 11-05 > | 作风 11-18 >"],
  ["黄志刚", "本月（11月）作风督查三次：3号财务科、12号组联部、24号康复中心", "!作风 11-03 > | 作风 11-12 > | 作风 11-24 >"],
  ["周涛", "11月督查：4号康复部、16号宣文部、25号财务科", "!作风 11-04 > | 作风 11-16 > | 作风 11-25 >"],
  ["林晓", "十一月份作风检查两次：10号到康复部，19号到维权部", "!作风 11-10 > | 作风 11-19 >"],
  ["黄志刚", "上个月作风督查：6号组联部、20号宣文部", "!作风 10-06 > | 作风 10-20 >"],
  // 作了部署 about 下一步 closing a dated meeting (was: the whole item answered as a plan, nothing recorded).
  ["孙杰", "11月26日上午，残疾人康复中心召开党风廉政建设工作会议，分管领导赵敏出席并讲话。会议通报了近期典型案例，何平主任对中心下一步廉政工作作了部署。", "!分管会 11-26 赵敏>"],
  ["王建国", "11月24日，财务科召开分管科室党风廉政建设工作会议，会上学习了市纪委通报，孙丽科长对科室下一步廉政风险防控作出安排。", "!分管会 11-24 > @财务科"],
  ["黄志刚", "11月27日，机关纪委召开专题会议，通报了督查情况，张伟书记对全会下一步廉政风险防控提出要求。", "!专题 11-27 张伟>"],
  ["刘芳", "11月20日组联部开了分管科室党风廉政会议，传达了上级精神，周涛部长就部门下一步廉洁自律工作提出了要求。", "分管会 11-20 > ?missing_actor"],
];
