// Shapes of issue 10 found by round 22u (x22): a department's own 班子, running totals beside dated deeds, untyped checks
// of a department written as a 台账 line.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_TWO_X_ROWS: CorpusRow[] = [
  // C5. 中心班子成员 / 康复中心班子成员 is that department's head and deputies, never the 党组's leaders (was: 赵敏 with
  // 王建国, 刘芳, 陈志强 on the card). 党组班子成员 and 班子成员 alone stay the unit's leaders.
  ["孙杰", "11月19日，赵敏书记到康复中心与中心班子成员进行了集体廉政谈话。", "!廉谈 11-19 赵敏>何平 | 廉谈 11-19 赵敏>徐辉"],
  ["赵敏", "11月25日到康复中心与中心班子成员开展了集体廉政谈话", "!廉谈 11-25 >何平 | 廉谈 11-25 >徐辉"],
  ["赵敏", "11月20日与康复中心班子成员进行了集体谈心谈话", "!谈心 11-20 >何平 | 谈心 11-20 >徐辉"],
  ["何平", "上周五和中心班子成员进行了谈心谈话", "!谈心 11-27 >徐辉"],
  ["张伟", "11月18日与党组班子成员开展了集体廉政谈话", "!廉谈 11-18 >王建国 | 廉谈 11-18 >刘芳 | 廉谈 11-18 >陈志强 | 廉谈 11-18 >赵敏"],
  // E1. A running total (截至…累计…23人次, 今年共开展…9次) is no deed of a day: the dated deeds after it (其中…) are the
  // records (was: the total became a 廉政谈话 on the first day after it, asked 和谁, and the dated checks were lost).
  ["黄志刚", "截至11月底，机关纪委今年累计开展廉政谈话23人次、作风纪律检查11次。其中11月份检查2次：11月6日检查办公室，11月24日检查组联部。", "!? 11-06 > ?missing_type | ? 11-24 > ?missing_type"],
  ["吴静", "今年累计开展谈心谈话15人次，其中11月20日与刘洋谈心谈话一次。", "谈心 11-20 >刘洋"],
  ["林晓", "截至目前，今年共开展作风纪律检查9次，其中11月18日到维权部检查了考勤。", "作风 11-18 >"],
  ["王磊", "截至11月底累计报送信息5篇，11月23日报送信息1篇。", "信息 11-23 >"],
  // A check verb right before a department, on a day (11月6日检查办公室, a 台账 line without 了), is a check asked its
  // type (was: 没看懂); under a 「N月份检查N次：」 heading each day and department is one check.
  ["黄志刚", "11月6日检查办公室", "? 11-06 > ?missing_type"],
  ["林晓", "本月检查2次：11月10日检查财务科，11月24日检查宣文部", "!? 11-10 > ?missing_type | ? 11-24 > ?missing_type"],
  ["林晓", "11月作风督查两次：11月3日督查组联部、11月17日督查康复部", "!作风 11-03 > | 作风 11-17 >"],
  // E3. A clause going on from a plan (…，拟于元旦前…提醒，并对各部室责任书落实情况开展一次检查) is the plan's, never the
  // type of the deed said before it (was: the 考勤 check stored at once as a 责任书检查).
  ["黄志刚", "11月20日到财务科检查了考勤。12月份，拟于元旦前向全体党员干部发送节前廉政提醒，并对各部室责任书落实情况开展一次检查。", "!作风 11-20 >"],
  ["林晓", "11月18日到维权部开展了作风纪律检查。下一步，将继续加强日常监督，并对各部室责任书落实情况开展检查。", "!作风 11-18 >"],
  ["周涛", "11月12日组织部门学习了《廉洁自律准则》。12月拟组织观看警示教育片，并与张颖开展谈心谈话。", "廉教 11-12 > 《廉洁自律准则》"],
  ["张伟", "昨天和王建国进行了廉政谈话，下周拟召开专题会议，并组织观看警示教育片", "廉谈 11-29 >王建国"],
  // Round 23 F1. A talk said in the passive (被X约谈/被X叫去…谈话, 接受/受到X的…谈话) is X's, held with the sender, on a
  // card (was: stored at once as the sender's talk with X).
  ["孙丽", "我被王理事长约谈了，就在周一", "!廉谈 11-30 王建国>孙丽"],
  ["李明", "今天上午被张书记叫去进行了廉政谈话", "!廉谈 11-30 张伟>李明"],
  ["何平", "我昨天接受了赵敏书记的廉政谈话", "!廉谈 11-29 赵敏>何平"],
  ["冯雪", "11月27日受到陈志强副理事长的提醒谈话", "!廉谈 11-27 陈志强>冯雪"],
  ["李娟", "昨天被孙科长叫去谈心", "!谈心 11-29 孙丽>李娟"],
  ["周涛", "昨天组织部门同志接受了廉政教育", "廉教 11-29 >"],
];
