// Round 32b's F5 and F6 (tester t32b, issue 10), fixed on branch n3. Read on Mon 2026-11-30 10:00 +08:00 (the tester's
// days restated). Kinds: a companion joined with 和 before 分别 (11月24日、11月26日，我和林晓分别对组联部、康复部…) went
// along on every check — the days pair with the departments, never a check of the companion's own; an office title alone
// (本季度党组书记 · 机关纪委书记 · 机关党委书记) names its one holder, a vague time before it (本季度 · 今年下半年) no
// obstacle; day–person pairs after a named doer (张伟书记10月15日与王建国、10月16日与刘芳…) give each person their own
// day, the kind said after them (均为廉政谈话) each pair's; the doer asked once for all the items it concerns (followUp).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_TWO_J_ROWS: CorpusRow[] = [
  // 1. (F5, A4) Two days, 我和X分别, two departments: one check a day and department, the higher one's (the sender's or X's).
  ["黄志刚", "11月24日、11月26日，我和林晓分别对组联部、康复部开展了作风纪律检查，重点检查考勤和公务用车情况。", "!作风 11-24 > | 作风 11-26 >"],
  ["林晓", "11月23日、11月25日，我和黄志刚分别到维权部、宣文部开展了作风纪律检查。", "!作风 11-23 黄志刚> | 作风 11-25 黄志刚>"],
  ["刘芳", "11月24日、11月27日，我和林晓分别到组联部、康复部检查了考勤情况。", "!作风 11-24 > | 作风 11-27 >"],
  // Near-misses: one day (分别 is then the two doers', as round 25b read it), no companion, no 分别, people after 分别.
  ["黄志刚", "11月24日，我和林晓分别对组联部、康复部开展了作风纪律检查。", "!作风 11-24 > | 作风 11-24 林晓>"],
  ["黄志刚", "11月24日、11月26日，分别对组联部、康复部开展了作风纪律检查。", "!作风 11-24 > | 作风 11-26 >"],
  ["张伟", "今天我和陈志强分别与周涛、郑华进行了廉政谈话", "!廉谈 11-30 >周涛 | 廉谈 11-30 陈志强>郑华"],
  // 2. (F6, A24) A title alone after a vague time, day–person pairs after the doer, the kind said once after them.
  ["王芳", "报张书记：本季度党组书记与班子成员谈话已全部完成，具体为10月15日与王建国、10月16日与刘芳、10月22日与陈志强和赵敏，均为廉政谈话。", "!廉谈 10-15 张伟>王建国 | 廉谈 10-16 张伟>刘芳 | 廉谈 10-22 张伟>陈志强 | 廉谈 10-22 张伟>赵敏"],
  ["王芳", "张伟书记10月15日与王建国、10月16日与刘芳进行了廉政谈话。", "!廉谈 10-15 张伟>王建国 | 廉谈 10-16 张伟>刘芳"],
  ["王芳", "张书记分别于11月2日与王建国、11月9日与刘芳进行了谈心谈话。", "!谈心 11-02 张伟>王建国 | 谈心 11-09 张伟>刘芳"],
  ["孙丽", "我11月3日与王强、11月10日与李娟进行了廉政谈话。", "!廉谈 11-03 >王强 | 廉谈 11-10 >李娟"],
  ["王芳", "张书记与班子成员的廉政谈话已全部完成：11月3日与王建国、11月10日与刘芳、11月17日与陈志强。", "!廉谈 11-03 张伟>王建国 | 廉谈 11-10 张伟>刘芳 | 廉谈 11-17 张伟>陈志强"],
  // Near-misses: pairs with no doer, one day for two people after the doer, a check's pairs with their kind said once.
  ["王芳", "10月15日与王建国、10月16日与刘芳进行了廉政谈话。", "!廉谈 10-15 王建国>王芳 | 廉谈 10-16 >刘芳"],
  ["王芳", "张伟书记10月15日与王建国、刘芳进行了廉政谈话。", "!廉谈 10-15 张伟>王建国 | 廉谈 10-15 张伟>刘芳"],
  ["黄志刚", "11月2日督查了财务科，11月12日督查了维权部，均为节前作风纪律督查", "!作风 11-02 > | 作风 11-12 >"],
  // 3. (F6) An office title alone names its one holder, a vague time before it or not; another body's title names nobody.
  ["王芳", "本季度党组书记于10月15日与王建国进行了廉政谈话。", "!廉谈 10-15 张伟>王建国"],
  ["王芳", "本季度党组书记与王建国进行了廉政谈话，时间是10月15日。", "!廉谈 10-15 张伟>王建国"],
  ["王芳", "11月20日，机关纪委书记与王磊进行了廉政谈话。", "!廉谈 11-20 黄志刚>王磊"],
  ["王芳", "11月20日，机关党委书记为全体党员讲授了廉政党课。", "!党课 11-20 赵敏>"],
  ["胡军", "11月25日，纪委书记带队到康复部开展了作风纪律检查。", "!作风 11-25 黄志刚>"],
  ["王磊", "11月20日，和机关纪委书记进行了谈心谈话。", "谈心 11-20 >黄志刚"],
  // Near-misses: the title before the holder's name, 本月 before the title (as before), another body's 纪委书记.
  ["王芳", "11月20日，机关党委书记赵敏与王磊进行了廉政谈话。", "!廉谈 11-20 赵敏>王磊"],
  ["王芳", "本月党组书记与王建国进行了廉政谈话，时间是11月5日。", "!廉谈 11-05 张伟>王建国"],
  ["王芳", "11月20日，市纪委书记来中心讲了廉政党课。", "党课 11-20 > ?missing_actor"],
];
