// Doers and days paired wrongly on a card (issue 10), found by the coordinator in the last session's probes and fixed on
// branch cc4. Read on Mon 2026-11-30 10:00 +08:00. Kinds: a lead counting lectures (分两次/两场讲授廉政党课) then telling
// them occasion by occasion (第一次/第二次, 首场/第二场, 上半月/下半月) gave every lecture to the first name, the chair
// (主持) included, and lost the later occasions' days — each occasion is its 主讲's lecture on its own day, one naming only
// its chair is asked who lectured; a group of leaders (班子成员, 分管 heads after named leaders) over a day–person list
// (：11月10日与李明，11月12日与孙丽) gave the sender, or every leader, the listed talks — each listed person is the
// counterpart of the leader who supervises their department, or of the doer the item names.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FIVE_D_ROWS: CorpusRow[] = [
  // 1. Numbered lecture occasions: each one's 主讲 on its own day, never the chair's; an occasion named only by its chair asked.
  ["孙杰", "11月份分两次讲授廉政党课，第一次由王建国主持，张伟书记主讲；第二次由陈志强副理事长主讲。", "!党课 ? 张伟> ?missing_date | 党课 ? 陈志强> ?missing_date"],
  ["胡军", "11月份机关分两次讲授廉政党课，第一次由王建国主持。", "!党课 ? > ?missing_date,missing_actor | 党课 ? > ?missing_date,missing_actor"],
  ["王芳", "11月分两次开展廉政党课，第一次11月9日由王建国副理事长主持，张伟书记主讲；第二次11月23日由刘芳副理事长主持，陈志强副理事长主讲。", "!党课 11-09 张伟> | 党课 11-23 陈志强>"],
  ["杨帆", "本月分两场举办廉政党课，首场11月6日张伟书记主讲《守纪律 讲规矩》，参加32人；第二场11月20日赵敏书记主讲，参加28人。", "!党课 11-06 张伟> 《守纪律 讲规矩》 #32 | 党课 11-20 赵敏> #28"],
  ["李娟", "11月分两次组织廉政党课，上半月（11月10日）王建国副理事长主讲，下半月（11月24日）刘芳副理事长主讲。", "!党课 11-10 王建国> | 党课 11-24 刘芳>"],
  ["王芳", "11月9日、23日分两次讲授廉政党课，第一次由王建国主持，张伟书记主讲；第二次由赵敏书记主讲。", "!党课 11-09 张伟> | 党课 11-23 赵敏>"],
  ["胡军", "11月分两次组织廉政党课，第一次11月9日由王建国主持，第二次11月23日陈志强副理事长主讲。", "!党课 11-09 > ?missing_actor | 党课 11-23 陈志强>"],
  ["王建国", "11月分两次讲授廉政党课，第一次是张伟书记讲的，第二次11月23日由陈志强主讲。", "!党课 ? 张伟> ?missing_date | 党课 11-23 陈志强>"],
  // Near-misses: 分别由X、Y主讲 with the days in the lead; the lead's own lecturer with a chair per occasion; one lecture and its chair.
  ["王芳", "11月9日、11月23日分两次讲授廉政党课，分别由张伟、陈志强主讲。", "!党课 11-09 张伟> | 党课 11-23 陈志强>"],
  ["王芳", "张伟书记11月分两次为全体党员讲授廉政党课，第一次11月9日由王建国主持，第二次11月23日由赵敏主持。", "!党课 11-09 张伟> | 党课 11-23 张伟>"],
  ["王芳", "11月9日，党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》，王建国副理事长主持。", "!党课 11-09 张伟> 《守纪律 讲规矩》"],
  // 2. 班子成员 over a day–person list: each head the talk or signing of the leader who supervises their department.
  ["林晓", "班子成员与分管科室负责人开展了廉政谈话：11月10日与李明，11月12日与孙丽，11月16日与周涛。", "!廉谈 11-10 王建国>李明 | 廉谈 11-12 王建国>孙丽 | 廉谈 11-16 刘芳>周涛"],
  ["王芳", "班子成员与分管科室负责人开展廉政谈话，11月10日与李明，11月12日与郑华，11月18日与何平。", "!廉谈 11-10 王建国>李明 | 廉谈 11-12 陈志强>郑华 | 廉谈 11-18 赵敏>何平"],
  ["胡军", "本月班子成员与分管科室负责人签订了党风廉政建设责任书：11月3日与李明，11月5日与吴静。", "!签责 11-03 王建国>李明 | 签责 11-05 刘芳>吴静"],
  ["林晓", "各位班子成员与分管部门负责人进行了谈心谈话：11月17日与冯雪，11月19日与王磊。", "!谈心 11-17 陈志强>冯雪 | 谈心 11-19 赵敏>王磊"],
  ["王芳", "班子成员与分管科室负责人开展了廉政谈话：11月10日与李明，11月12日与张伟。", "!廉谈 11-10 王建国>李明 | 廉谈 11-12 >张伟 ?missing_actor"],
  // 3. An item naming its own doer keeps them; named leaders with their 分管 heads, 分别 said or not.
  ["林晓", "班子成员分别与分管科室负责人开展了廉政谈话：11月10日王建国与李明，11月12日刘芳与周涛。", "!廉谈 11-10 王建国>李明 | 廉谈 11-12 刘芳>周涛"],
  ["王芳", "王建国、刘芳与分管科室负责人开展廉政谈话，11月10日与李明，11月12日与周涛。", "!廉谈 11-10 王建国>李明 | 廉谈 11-12 刘芳>周涛"],
  // Near-misses: named doers with 分别, one leader (我 or none), a group with one day and no list.
  ["林晓", "王建国、刘芳分别与分管科室负责人开展了廉政谈话：11月10日与孙丽，11月12日与吴静。", "!廉谈 11-10 王建国>孙丽 | 廉谈 11-12 刘芳>吴静"],
  ["王建国", "我与分管科室负责人开展了廉政谈话：11月10日与李明，11月12日与孙丽。", "!廉谈 11-10 >李明 | 廉谈 11-12 >孙丽"],
  ["刘芳", "本月与分管科室负责人开展廉政谈话，11月10日与周涛，11月12日与吴静。", "!廉谈 11-10 >周涛 | 廉谈 11-12 >吴静"],
  ["林晓", "11月10日，班子成员与分管科室负责人开展了廉政谈话。", "!廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽 | 廉谈 11-10 刘芳>周涛 | 廉谈 11-10 刘芳>吴静 | 廉谈 11-10 陈志强>郑华 | 廉谈 11-10 陈志强>冯雪 | 廉谈 11-10 赵敏>王磊 | 廉谈 11-10 赵敏>何平"],
  // 4. Other shapes of the leaders' list: the doer before the item's day, the day in brackets after the person, a breakdown
  // opened by 其中/具体为 (read before as the sender's talks, every leader's signing with every person, or a second doer asked).
  ["林晓", "班子成员分别与分管科室负责人开展了廉政谈话，王建国11月10日与李明，刘芳11月12日与周涛。", "!廉谈 11-10 王建国>李明 | 廉谈 11-12 刘芳>周涛"],
  ["林晓", "班子成员与分管科室负责人签订了责任书：李明（11月3日）、吴静（11月5日）。", "!签责 11-03 王建国>李明 | 签责 11-05 刘芳>吴静"],
  ["林晓", "党组成员与分管部室负责人开展了廉政谈话，其中11月10日与李明，11月12日与周涛。", "!廉谈 11-10 王建国>李明 | 廉谈 11-12 刘芳>周涛"],
  ["胡军", "本月班子成员与分管科室负责人开展了廉政谈话，具体为11月10日与孙丽，11月12日与冯雪。", "!廉谈 11-10 王建国>孙丽 | 廉谈 11-12 陈志强>冯雪"],
  // Near-misses: one named doer over 其中 (some of the group left, asked their day); people after 分别 with days in the lead.
  ["王芳", "张伟书记与班子成员开展了廉政谈话，其中11月3日与王建国，11月10日与刘芳。", "!廉谈 11-03 张伟>王建国 | 廉谈 11-10 张伟>刘芳 | 廉谈 ? 张伟>陈志强 ?missing_date | 廉谈 ? 张伟>赵敏 ?missing_date"],
  ["林晓", "11月10日、11月12日，班子成员分别与李明、周涛进行了廉政谈话。", "!廉谈 11-10 王建国>李明 | 廉谈 11-12 刘芳>周涛"],
];
