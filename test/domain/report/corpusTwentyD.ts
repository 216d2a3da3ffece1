// Round 20u's whose-activity faults (d20, issue 10): a department's study reported by one of its members is its head's,
// on the card (P01 was stored at once as the 科员's); a member among those 「组织…等同志」 took along is no doer (L15); a
// clerk's account of leaders' talks keeps each clause's leader as its doer, pairs 「16日、17日」 with 分别's people, and
// leaves out whoever a talk was put off for (延至下月, 待安排, 书记尚未开展) (L04: ten records, the clerk the doer).
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_D_ROWS: CorpusRow[] = [
  // 1. 「<部门>全体党员/全体干部/党员干部/所有同志 + deed」 from a member: the head's, on the card.
  ["刘洋", "上周五康复部党员干部集中学习了《中国共产党廉洁自律准则》", "!廉教 11-27 吴静> 《中国共产党廉洁自律准则》"],
  ["张颖", "11月19日，组联部全体干部收看了警示教育片《蜕变》", "!警示 11-19 周涛> 《蜕变》"],
  ["孙杰", "11月18日下午，康复中心全体党员到市廉政教育基地参观学习", "!廉教 11-18 何平>"],
  ["胡军", "昨天办公室全体党员观看警示教育片《镜鉴》，共8人参加", "!警示 11-29 李明> 《镜鉴》 #8"],
  ["陈静", "教育就业部所有同志11月20日观看了警示片《围猎》", "!警示 11-20 郑华> 《围猎》"],
  // The head's own, and a deputy's (README: a 副科长's 全体同志 is his), stay theirs.
  ["王磊", "11月26日宣文部全体党员观看警示教育片《迷途》，参加7人", "警示 11-26 > 《迷途》 #7"],
  ["王强", "11月25日财务科全体同志学习了《中国共产党廉洁自律准则》", "廉教 11-25 > 《中国共产党廉洁自律准则》"],
  // 「组织/带领<the sender>等同志…」: the sender was taken along; the department's head did it.
  ["赵磊", "11月16日组织赵磊等3名同志赴市监狱接受警示教育", "!警示 11-16 冯雪>"],
  ["陈静", "11月6日，带领陈静等同志参观了市廉政教育基地", "!廉教 11-06 郑华>"],
  ["张颖", "上周三，组织张颖等人旁听了职务犯罪案件庭审", "!警示 11-25 周涛>"],
  // 2. A clerk's account of leaders' talks: each clause's leader, days without 月 paired by 分别, put-off talks left out.
  ["胡军", "班子成员谈话情况：张伟书记11月5日、12日分别与王建国、刘芳进行了廉政谈话；陈志强副理事长与冯雪的谈话推迟到下月；赵敏书记待安排。", "!廉谈 11-05 张伟>王建国 | 廉谈 11-12 张伟>刘芳"],
  ["李明", "王建国副理事长11月4日和11日分别与孙丽、李明进行了谈心谈话，王强因出差顺延至下周", "!谈心 11-04 王建国>孙丽 | 谈心 11-11 王建国>李明"],
  ["王芳", "刘芳副理事长11月18日、20日分别找周涛、吴静进行了廉政谈话", "!廉谈 11-18 刘芳>周涛 | 廉谈 11-20 刘芳>吴静"],
  ["王芳", "赵敏书记11月6日与王磊谈话，何平外出学习延到下个月。以上为廉政谈话。", "!廉谈 11-06 赵敏>王磊"],
  ["林晓", "本月领导班子一岗双责谈话情况：陈志强副理事长11月3日、10日分别与郑华、冯雪谈话；刘芳副理事长11月12日与吴静谈话；王建国副理事长尚未开展。以上均为廉政谈话。", "!廉谈 11-03 陈志强>郑华 | 廉谈 11-10 陈志强>冯雪 | 廉谈 11-12 刘芳>吴静"],
  ["胡军", "张伟书记11月2日、9日、16日分别与王建国、刘芳、陈志强进行了廉政谈话", "!廉谈 11-02 张伟>王建国 | 廉谈 11-09 张伟>刘芳 | 廉谈 11-16 张伟>陈志强"],
];
