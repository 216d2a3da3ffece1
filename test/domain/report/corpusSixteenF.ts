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
];
