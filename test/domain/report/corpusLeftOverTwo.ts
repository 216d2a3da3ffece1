// Shapes still read wrong after round 13 (issue 10, round 14 of fixes), in messages of our own.
import type { CorpusRow } from './corpusRow.js';

export const LEFT_OVER_TWO_ROWS: CorpusRow[] = [
  // 约谈 / 约见 / 把…叫来 hide who turned to whom: the one named first in the clause talked, whatever adverbs (业已在, 早已,
  // 已经于, 于…已) stand between (was: the sender's talks with both, the doer made a counterpart).
  ["李娟", "孙科长业已在上周三约谈了王强", "!廉谈 11-25 孙丽>王强"],
  ["胡军", "张书记早已于11月20日约谈了李明同志", "!廉谈 11-20 张伟>李明"],
  ["王芳", "工作动态：王副理事长已经于11月23日约见孙丽，进行了廉政谈话", "!廉谈 11-23 王建国>孙丽"],
  ["张颖", "周部长于上周五已把刘洋叫来谈心谈话", "!谈心 11-27 周涛>刘洋"],
  ["王强", "孙丽上周三约谈王强", "!廉谈 11-25 孙丽>王强"],
  ["李娟", "孙科长于上周三已把王强叫来谈话", "!? 11-25 孙丽>王强 ?missing_type"],
];
