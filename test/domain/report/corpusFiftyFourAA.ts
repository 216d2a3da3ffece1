// Round 54, fixer fjaa (issue 10): typed corrections of stored records, the rest of fja's. Finding: a report restated
// with a slip clause that ends in 不对 (「昨天组织观看警示片七人参加，之前报的人数不对」) kept 「之前报的人数不」 as the
// record's note — the correction's own words read as what happened. Now parseReport drops a note that is only a piece of the
// slip words restatedSlip found (之前报的… 不对/写错了/报错了 · 刚才写错了 · 以这条为准). 「…，之前报的人数不对，其他都对」 was
// stored at once with that note (其他都对 hid the slip at the end); 其他都对 · 其余不变 are now courtesy beside a slip, so it is
// a restated report on a card. The rows check the reading (a card, `!`); the note is proven in restatedSlipNote.test.ts.
// Near-misses: the same reports with no slip words keep today's reading.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_FOUR_AA_ROWS: CorpusRow[] = [
  // 1. A restated report whose slip clause ends in 不对 / 有误 / 报错了: a card, the slip words no note.
  ["王磊", "昨天组织观看警示片七人参加，之前报的人数不对", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片七人参加，之前报的人数不对，其他都对", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片 七人参加 之前报的人数不对", "!警示 11-29 > #7"],
  ["孙丽", "11月27日组织观看警示教育片，7人参加，之前报的日期不对", "!警示 11-27 > #7"],
  ["孙丽", "昨天组织财务科学习《纪律处分条例》，8人参加，刚才报的有误", "!廉教 11-29 > 《纪律处分条例》 #8"],
  ["孙丽", "昨天组织观看警示片，7人参加，上次报的人数报错了", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片，7人参加，刚才那条写错了", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片，7人参加，前面那条有误", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片，7人参加，之前报的不对", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片，7人参加，先前报的片名写错了", "!警示 11-29 > #7"],
  ["孙丽", "11月26日组织观看警示教育片《迷途》，6人参加，之前报的题目不对", "!警示 11-26 > 《迷途》 #6"],
  ["孙丽", "上周五组织科室集中学习《廉洁自律准则》，9人参加，刚才报的日期不对", "!廉教 11-27 > 《廉洁自律准则》 #9"],
  ["孙丽", "昨天组织观看警示片七人参加，之前报的人数不对，其余不变", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片七人参加，之前报的人数不对。", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片七人参加。之前报的人数不对", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片七人参加，之前报的人数不对哈", "!警示 11-29 > #7"],
  ["王磊", "昨天和李娟进行了谈心谈话，之前报的对象不对", "!谈心 11-29 >李娟"],
  ["王磊", "昨天和李娟进行了廉政谈话，以这条为准", "!廉谈 11-29 >李娟"],
  ["孙丽", "昨天组织观看警示片，7人参加，之前报的人数写错了，麻烦改一下", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片，7人参加，之前报的写错了，改一下", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片，七人参加，之前报的人数不对，其他的都没问题", "!警示 11-29 > #7"],
  // Near-misses: no slip words, today's reading kept.
  ["孙丽", "昨天组织观看警示片，7人参加", "警示 11-29 > #7"],
  ["孙丽", "11月26日组织观看警示教育片《迷途》，6人参加", "警示 11-26 > 《迷途》 #6"],
  ["王磊", "昨天和李娟进行了谈心谈话", "谈心 11-29 >李娟"],
];
