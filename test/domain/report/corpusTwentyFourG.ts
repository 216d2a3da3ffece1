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
];
