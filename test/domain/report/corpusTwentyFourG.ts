// g24's kinds (issue 10, rounds 22, 22u and 23): summaries, statements, plans and years, each in new words.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_FOUR_G_ROWS: CorpusRow[] = [
  // 1. A member who attended the 党组's study group (党组理论学习中心组, 党组中心组) did not hold it: the 党组书记 did, on a
  // card (was: stored at once as the sender's own); a 机关 study names no one who held it, so whose is asked.
  ["杨帆", "今天参加了党组理论学习中心组廉政专题学习", "!廉教 11-30 张伟>"],
  ["孙丽", "上周四列席了党组中心组学习会，学习《中国共产党廉洁自律准则》", "!廉教 11-26 张伟> 《中国共产党廉洁自律准则》"],
  ["王磊", "昨天聆听了党组中心组的警示教育专题辅导", "!警示 11-29 张伟>"],
  ["陈志强", "11月20日参加了党组理论学习中心组党纪学习，学习了《中国共产党纪律处分条例》", "!廉教 11-20 张伟> 《中国共产党纪律处分条例》"],
  ["赵磊", "11月25日参加了机关组织的警示教育", "警示 11-25 > ?missing_actor"],
  ["胡军", "上周三参加了机关集中学习，观看警示教育片《蜕变》", "警示 11-25 > 《蜕变》 ?missing_actor"],
  ["吴静", "上周五我参加了机关廉政党课", "党课 11-27 > ?missing_actor"],
  // 2. A plan with a 同时 clause (「12月份计划到财务科调研，同时对专项资金…检查」 was asked the day of a 专项资金检查): 计划/拟 + going
  // somewhere (到/去/赴/深入) is a plan, and the 同时 clause belongs to it; nothing is recorded. A done item before it stays.
  ["林晓", "下月计划去康复部调研，同时对专项资金的使用开展一次检查", "-"],
  ["王建国", "本月拟到教就部调研，同时对公务用车情况开展检查", "-"],
  ["陈志强", "12月中旬计划赴维权部调研，同时对残疾人就业专项资金进行检查。", "-"],
  ["刘芳", "下周计划深入组联部调研，同时和周涛进行廉政谈话", "-"],
  ["黄志刚", "11月24日对财务科开展了作风纪律检查。12月份计划到康复部调研，同时对专项资金使用情况进行检查。", "!作风 11-24 >"],
];
