// Round 34 (helper x2, issue 10): doers in lists and breakdowns, kinds left open at the 33c stop (named there by t33c, w1
// and w2). Read on Mon 2026-11-30 10:00 +08:00. Kinds: ordinal doer clauses (第一次由X带队，第二次由我带队) naming fewer
// doers than the days written, or a lone 第二次由我带队, gave every day to one doer; a day no ordinal names is now asked
// whose, each named day its own doer's.
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
];
