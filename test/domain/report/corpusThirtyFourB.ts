// Round 34 (helper x2, issue 10): doers in lists and breakdowns, kinds left open at the 33c stop (named there by t33c, w1
// and w2). Read on Mon 2026-11-30 10:00 +08:00. Kinds: ordinal doer clauses (第一次由X带队，第二次由我带队) naming fewer
// doers than the days written, or a lone 第二次由我带队, gave every day to one doer; a day no ordinal names is now asked
// whose, each named day its own doer's; 分别由X、Y带队 over three days (doers and days not as many) gave every day to every
// doer: each day is one deed, asked whose among those named. A breakdown of leaders and days after a comma without 其中 (…集体廉政谈话，王建国
// 副理事长11月10日，刘芳副理事长11月11日) kept the old card (leaders as counterparts, a day dropped): it reads as the 其中
// form; a breakdown entry naming someone who is no leader (周涛部长11月11日谈话) is set aside and named on the card, the
// leaders left out asked their day. Three or more doers before a group's colon list (张伟书记、王建国副理事长、刘芳副理事长
// 分别与分管科室负责人…：11月10日与李明…) were not split (each doer made one talked to): each item is the doer's who
// supervises that person, asked whose when none of them (or more than two) does. A group as the subject of a signing with
// its leader side after 与 (班子成员分别与我签订 from the secretary, 班子成员与张伟书记签订, 各科室负责人与分管领导签订) made the
// group the doers or dropped it: the leader side is the doer with each of the group (duties.md: the secretary with each
// leader, each leader with their own heads); 班子成员与我签订 from a head is asked which leader.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_B_ROWS: CorpusRow[] = [
  // 1. More days than ordinal doers, or an ordinal alone: the named days are their doers', the others asked whose.
  ["林晓", "11月4日、11日、18日，机关纪委分三次对各科室上班纪律进行了检查，第一次由黄志刚带队，第二次由我带队。", "!作风 11-04 黄志刚> | 作风 11-11 > | 作风 11-18 > ?missing_actor"],
  ["林晓", "11月4日、11月11日，机关纪委分两次对各部室考勤进行了抽查，第二次由我带队。", "!作风 11-04 > ?missing_actor | 作风 11-11 >"],
  ["胡军", "11月5日、11月19日，机关党委分两次举办廉政党课，第一次由张伟主讲。", "!党课 11-05 张伟> | 党课 11-19 > ?missing_actor"],
  // Near-misses: a full run pairs as before; one day with 第一次 is that doer's; 均由X is X's every day.
  ["林晓", "11月4日、11日、18日，机关纪委分三次对各科室上班纪律进行了检查，第一次由黄志刚带队，第二次由我带队，第三次由黄志刚带队。", "!作风 11-04 黄志刚> | 作风 11-11 > | 作风 11-18 黄志刚>"],
  ["林晓", "11月4日，机关纪委对各部室考勤进行了抽查，第一次由黄志刚带队。", "!作风 11-04 黄志刚>"],
  ["林晓", "11月4日、11月11日，机关纪委两次对各部室考勤进行了抽查，均由黄志刚带队。", "!作风 11-04 黄志刚> | 作风 11-11 黄志刚>"],
  // 2. A leaders' breakdown after a comma is read as after 其中; an entry of one who is no leader is named, its day not guessed.
  ["王芳", "11月份，班子成员分别与分管科室负责人开展了集体廉政谈话，王建国副理事长11月10日，刘芳副理事长11月11日，陈志强副理事长和赵敏书记11月12日。", "!廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽 | 廉谈 11-11 刘芳>周涛 | 廉谈 11-11 刘芳>吴静 | 廉谈 11-12 陈志强>郑华 | 廉谈 11-12 陈志强>冯雪 | 廉谈 11-12 赵敏>王磊 | 廉谈 11-12 赵敏>何平"],
  ["王芳", "班子成员分别同分管部门负责人进行了集体廉政谈话，王建国副理事长11月10日，刘芳副理事长11月11日。", "!廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽 | 廉谈 11-11 刘芳>周涛 | 廉谈 11-11 刘芳>吴静 | 廉谈 ? 陈志强>郑华 ?missing_date | 廉谈 ? 陈志强>冯雪 ?missing_date | 廉谈 ? 赵敏>王磊 ?missing_date | 廉谈 ? 赵敏>何平 ?missing_date"],
  ["王芳", "11月份，班子成员分别与分管科室负责人开展了集体廉政谈话。其中，王建国副理事长11月10日谈话，周涛部长11月11日谈话。", "!廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽 | 廉谈 ? 刘芳>周涛 ?missing_date | 廉谈 ? 刘芳>吴静 ?missing_date | 廉谈 ? 陈志强>郑华 ?missing_date | 廉谈 ? 陈志强>冯雪 ?missing_date | 廉谈 ? 赵敏>王磊 ?missing_date | 廉谈 ? 赵敏>何平 ?missing_date"],
  // Near-misses: the 其中 form as before; a comma clause that is no breakdown keeps the one day for all.
  ["王芳", "班子成员分别与分管科室负责人开展了集体廉政谈话。其中，王建国副理事长11月10日谈话，刘芳副理事长11月11日谈话，陈志强副理事长和赵敏书记11月12日谈话。", "!廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽 | 廉谈 11-11 刘芳>周涛 | 廉谈 11-11 刘芳>吴静 | 廉谈 11-12 陈志强>郑华 | 廉谈 11-12 陈志强>冯雪 | 廉谈 11-12 赵敏>王磊 | 廉谈 11-12 赵敏>何平"],
  ["王芳", "11月10日，班子成员分别与分管科室负责人开展了集体廉政谈话，提醒大家守住底线。", "!廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽 | 廉谈 11-10 刘芳>周涛 | 廉谈 11-10 刘芳>吴静 | 廉谈 11-10 陈志强>郑华 | 廉谈 11-10 陈志强>冯雪 | 廉谈 11-10 赵敏>王磊 | 廉谈 11-10 赵敏>何平"],
  // 3. Three or more doers before a colon list: each item the supervising doer's; an item none of them supervises asked.
  ["王芳", "本月张伟书记、王建国副理事长、刘芳副理事长分别与分管科室负责人进行了廉政谈话：11月10日与李明，11月11日与周涛，11月12日与吴静。", "!廉谈 11-10 王建国>李明 | 廉谈 11-11 刘芳>周涛 | 廉谈 11-12 刘芳>吴静"],
  ["王芳", "本月王建国、刘芳、陈志强分别与分管部门负责人进行了廉政谈话：11月10日与李明，11月11日与周涛，11月12日与郑华。", "!廉谈 11-10 王建国>李明 | 廉谈 11-11 刘芳>周涛 | 廉谈 11-12 陈志强>郑华"],
  ["王芳", "本月王建国、刘芳、陈志强分别与分管部门负责人签订了责任书：11月10日与李明，11月11日与周涛，11月12日与王磊。", "!签责 11-10 王建国>李明 | 签责 11-11 刘芳>周涛 | 签责 11-12 >王磊 ?missing_actor"],
  // Near-misses: two doers as before (我 the sender); a 谈心 list of three doers the same way.
  ["王建国", "本月我和陈志强分别与分管部门负责人进行了廉政谈话：11月10日与孙丽，11月17日与冯雪。", "!廉谈 11-10 >孙丽 | 廉谈 11-17 陈志强>冯雪"],
  ["王芳", "11月份，张伟书记、王建国副理事长、刘芳副理事长分别与分管科室负责人进行了谈心谈话：11月10日与孙丽，11月11日与吴静。", "!谈心 11-10 王建国>孙丽 | 谈心 11-11 刘芳>吴静"],
  // 4. A group signing with its leader side: the leader side signs with each of the group; a head's 班子成员与我 asked.
  ["张伟", "今天班子成员分别与我签订了2027年度党风廉政建设责任书。", "!签责 11-30 >王建国 | 签责 11-30 >刘芳 | 签责 11-30 >陈志强 | 签责 11-30 >赵敏"],
  ["王芳", "11月5日，党组班子成员与张伟书记签订了党风廉政建设责任书。", "!签责 11-05 张伟>王建国 | 签责 11-05 张伟>刘芳 | 签责 11-05 张伟>陈志强 | 签责 11-05 张伟>赵敏"],
  ["王芳", "11月6日，各科室负责人与分管领导签订了党风廉政建设责任书。", "!签责 11-06 王建国>李明 | 签责 11-06 王建国>孙丽 | 签责 11-06 刘芳>周涛 | 签责 11-06 刘芳>吴静 | 签责 11-06 陈志强>郑华 | 签责 11-06 陈志强>冯雪 | 签责 11-06 赵敏>王磊 | 签责 11-06 赵敏>何平"],
  ["李明", "今天班子成员与我签订了党风廉政建设责任书。", "签责 11-30 >李明 ?missing_actor"],
  // Near-misses: the group after 与 as before; a leader's own heads with 我; 班子成员与分管科室负责人 as before.
  ["张伟", "11月5日，班子成员与我签订了党风廉政建设责任书。", "!签责 11-05 >王建国 | 签责 11-05 >刘芳 | 签责 11-05 >陈志强 | 签责 11-05 >赵敏"],
  ["刘芳", "11月12日，分管部门负责人都和我签了责任书。", "!签责 11-12 >周涛 | 签责 11-12 >吴静"],
  ["王芳", "今天张伟书记与班子成员签订了党风廉政建设责任书。", "!签责 11-30 张伟>王建国 | 签责 11-30 张伟>刘芳 | 签责 11-30 张伟>陈志强 | 签责 11-30 张伟>赵敏"],
  // 5. 分别由 doers not as many as the days: one deed a day, asked whose (never each day once per doer).
  ["林晓", "11月4日、11日、18日，机关纪委分三次对各科室上班纪律进行了检查，分别由黄志刚、林晓带队。", "!作风 11-04 > ?missing_actor | 作风 11-11 > ?missing_actor | 作风 11-18 > ?missing_actor"],
  ["胡军", "11月5日、11月19日、11月26日，机关党委分三次举办廉政党课，分别由张伟、王建国主讲。", "!党课 11-05 > ?missing_actor | 党课 11-19 > ?missing_actor | 党课 11-26 > ?missing_actor"],
  // Near-miss: as many doers as days pair in order, as before.
  ["胡军", "11月5日、11月19日，机关党委分两次举办廉政党课，分别由张伟、王建国主讲。", "!党课 11-05 张伟> | 党课 11-19 王建国>"],
];
