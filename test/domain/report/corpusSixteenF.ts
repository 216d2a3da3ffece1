// Leftover report shapes of round 16, part 1 (issue 10), in messages of our own: no record under the wrong doer, day or type.
import type { CorpusRow } from './corpusRow.js';

export const SIXTEEN_F_ROWS: CorpusRow[] = [
  // A later clause with a subject of its own (同日刘芳也与周涛谈了, 王强与李娟谈心谈话) is that subject's talk, never more
  // people of the first clause's doer (found by helpers, round 15: 张伟's talks with 刘芳 and 周涛, recorded at once).
  ["张伟", "11月5日张伟书记与赵敏进行廉政谈话，同日刘芳副理事长也与周涛谈了", "!廉谈 11-05 >赵敏 | 廉谈 11-05 刘芳>周涛"],
  ["林晓", "11月5日张伟书记与赵敏进行廉政谈话，当天刘芳也与周涛谈了", "!廉谈 11-05 张伟>赵敏 | 廉谈 11-05 刘芳>周涛"],
  ["林晓", "11月12日王建国与李明谈了，随后陈志强也和郑华谈了廉政谈话", "!? 11-12 王建国>李明 ?missing_type | 廉谈 11-12 陈志强>郑华"],
  ["孙丽", "11月5日王建国副理事长与我进行廉政谈话，王强与李娟谈心谈话", "!廉谈 11-05 王建国>孙丽 | 谈心 11-05 王强>李娟"],
  ["张伟", "11月3日我与王建国签订责任书，刘芳与周涛、吴静签订了责任书", "!签责 11-03 >王建国 | 签责 11-03 刘芳>周涛 | 签责 11-03 刘芳>吴静"],
  // An outside body's check of our unit (市纪委…到我会, 区委巡察组进驻, 上级督查组来中心) is not our 作风纪律检查 (duties.md:
  // checks our own leaders and 纪检 carry out): nothing recorded, said so (found by helpers, round 15: the sender's check).
  ["黄志刚", "11月18日市纪委第三监督检查室到我会开展作风纪律专项检查", "-"],
  ["李明", "区委巡察组进驻我局开展巡察", "-"],
  ["何平", "上级督查组来中心检查考勤", "-"],
  ["黄志刚", "11月24日，市委第二督查组一行来我会督查节前作风建设", "-"],
  ["孙丽", "11月16日和王强进行廉政谈话。11月18日市纪委检查组到财务科检查考勤", "!廉谈 11-16 >王强"],
  // Our own staff with the outside team, or our own 纪委, still carry out a check of ours.
  ["黄志刚", "11月20日陪同市纪委检查组到财务科开展作风纪律检查", "!作风 11-20 >"],
  // A ；-clause of no day of its own, after a clause that gave its day in its own words: the day is taken for the card (a
  // remark says so) or asked; a day heading the line (11月5日：…；…) or a list is every item's.
  ["林晓", "11月5日张伟与赵敏谈话；刘芳与周涛谈心谈话", "!? 11-05 张伟>赵敏 ?missing_type | 谈心 11-05 刘芳>周涛"],
  ["林晓", "11月5日：张伟与赵敏廉政谈话；刘芳与周涛谈心谈话", "!廉谈 11-05 张伟>赵敏 | 谈心 11-05 刘芳>周涛"],
  ["王建国", "11月10日与李明廉政谈话；与孙丽谈心谈话", "!廉谈 11-10 >李明 | 谈心 ? >孙丽 ?missing_date"],
  ["张伟", "11月3日组织观看警示教育片《围猎》；与王建国签订责任书", "!警示 11-03 > 《围猎》 | 签责 ? >王建国 ?missing_date"],
  ["林晓", "11月5日：1. 张伟与赵敏廉政谈话 2. 刘芳与周涛谈心谈话", "!廉谈 11-05 张伟>赵敏 | 谈心 11-05 刘芳>周涛"],
];
