// Round 50, fixer F (fxf): clerks' and 纪检 officers' posts, fresh shapes written and probed by the fixer (issue 10).
// Tidy first: a 信息 taken up by an outlet (其中1篇被市纪委网站采用 · 已被…采用 · 均被…录用) is read by one reader now (rounds 49
// fvd and fvb had one each); the records stay as they were, the note is kept once (test/domain/report/adoptedPaperNoteFiftyF).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_F_ROWS: CorpusRow[] = [
  // Tidy (no record changes): the edges of the 采用 clause.
  ["李明", "办公室11月份报送廉政信息3篇，其中2篇被省残联门户网站采用", "信息 ? > @办公室 ?missing_date"],
  ["王磊", "11月20日宣文部报送廉政信息两篇，均被市纪委网站录用", "!信息 11-20 > @宣文部 | 信息 11-20 > @宣文部"],
  ["王磊", "上周三和王强谈心谈话，他写的信息被市纪委网站采用", "谈心 11-25 >王强 @财务科"],
];
