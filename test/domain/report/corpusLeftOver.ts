// Shapes still read wrong or only in part after the eleventh round (issue 10, helper k12), each sample written again in other words.
// Each row: sender, message, and what the bot must do with it (see corpusRow.ts for the notation); days are read on Monday 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const LEFT_OVER_ROWS: CorpusRow[] = [
  // 3. 约 arranges a talk (a plan, not recorded); 约谈 is a talk, and 约…进行了 / 谈了 says it took place.
  ["李明", "今天约了冯雪进行廉政谈话", "-"],
  ["陈志强", "约王强明天谈话", "-"],
  ["王建国", "已约孙丽周四下午谈心", "-"],
  ["陈志强", "昨天和郑华进行了廉政谈话，又约了冯雪周五谈一谈", "廉谈 11-29 >郑华"],
  ["陈志强", "今天约谈了冯雪", "廉谈 11-30 >冯雪"],
  ["刘芳", "上午约吴静进行了廉政谈话", "廉谈 11-30 >吴静"],
];
