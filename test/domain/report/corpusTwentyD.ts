// Round 20u's whose-activity faults (d20, issue 10): a department's study reported by one of its members is its head's,
// on the card (P01 was stored at once as the 科员's); a member among those 「组织…等同志」 took along is no doer (L15).
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
];
