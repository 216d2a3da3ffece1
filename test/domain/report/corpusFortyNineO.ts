// Round 49, fixer O (fwe), t52b F2: 「本周一至周三，我分别与王建国、刘芳、陈志强、赵敏四位班子成员逐一进行了廉政谈话。」 was
// four 廉政谈话 all on 本周一 with no note: the span opening the sentence, parted from its deed by a comma, was read as a day
// of its own that the deed inherited (the span lost). Now the span stands on its deed: separate talks (分别/逐一/先后/依次)
// with several people over a span have their days asked, the question offering the span's days (本周一至周三 →
// 11月30日至12月2日); so do checks 分别 at several places over a span; a span without its month (23日—25日 · 23号到25号) is a
// span too. Near-misses: one lasting deed (a 2-day 培训班, a talk with one person, one check of two places together) stays
// on the span's first day with a note; one day for several talks (11月23日，我分别与… · 上周一，…), or a day each
// (11月23日、25日，分别与…) stays as it was.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_NINE_O_ROWS: CorpusRow[] = [
  ["张伟", "上周一至周三，我分别与王建国、刘芳、陈志强、赵敏四位班子成员逐一进行了廉政谈话。", "廉谈 ? >王建国 @- ?missing_date | 廉谈 ? >刘芳 @- ?missing_date | 廉谈 ? >陈志强 @- ?missing_date | 廉谈 ? >赵敏 @- ?missing_date"],
  ["张伟", "11月23日至25日，我分别与王建国、刘芳进行了廉政谈话。", "廉谈 ? >王建国 @- ?missing_date | 廉谈 ? >刘芳 @- ?missing_date"],
  ["张伟", "11月23日至11月25日，我先后与王建国、刘芳、陈志强开展了廉政谈话", "廉谈 ? >王建国 @- ?missing_date | 廉谈 ? >刘芳 @- ?missing_date | 廉谈 ? >陈志强 @- ?missing_date"],
  ["王建国", "上周一到周五，先后与李明、孙丽进行了廉政谈话", "廉谈 ? >李明 @办公室 ?missing_date | 廉谈 ? >孙丽 @财务科 ?missing_date"],
  ["王建国", "上周一到周五，我和李明、孙丽分别谈了心", "谈心 ? >李明 @办公室 ?missing_date | 谈心 ? >孙丽 @财务科 ?missing_date"],
  ["刘芳", "23日—25日，我分别与周涛、吴静进行了廉政谈话。", "廉谈 ? >周涛 @组联部 ?missing_date | 廉谈 ? >吴静 @康复部 ?missing_date"],
  ["刘芳", "23号到25号，分别跟周涛、吴静谈了话，都是廉政谈话", "廉谈 ? >周涛 @组联部 ?missing_date | 廉谈 ? >吴静 @康复部 ?missing_date"],
  ["陈志强", "【工作动态】11月16日至20日，分管副理事长陈志强逐一与郑华、冯雪进行廉政谈话，提醒二人严守纪律。", "廉谈 ? >郑华 @教育就业部 ?missing_date | 廉谈 ? >冯雪 @维权部 ?missing_date"],
  ["王建国", "11月23日至25日，分别到财务科、办公室开展作风纪律检查", "作风 ? > @财务科 ?missing_date | 作风 ? > @办公室 ?missing_date"],
  ["王建国", "11月23日至25日分别对财务科、办公室开展了作风纪律检查", "作风 ? > @财务科 ?missing_date | 作风 ? > @办公室 ?missing_date"],
  ["张伟", "上周一至周三我分别与王建国、刘芳进行了廉政谈话", "廉谈 ? >王建国 @- ?missing_date | 廉谈 ? >刘芳 @- ?missing_date"],
  ["王建国", "上周二至周四，依次和李明、孙丽进行廉政谈话", "廉谈 ? >李明 @办公室 ?missing_date | 廉谈 ? >孙丽 @财务科 ?missing_date"],
  ["张伟", "11月26日至27日，举办廉政教育培训班，参加30人。", "!廉教 11-26 > #30 @-"],
  ["张伟", "11月26日至27日举办廉政教育培训班，参加30人。", "!廉教 11-26 > #30 @-"],
  // Left as before (one talk, one person, after a comma: on the first day at once; the span is not carried).
  // Round 51 (fze, kind 3): one talk over a span of days, said after a comma, is on the card with the span said, as it is
  // without the comma: stored at once on 11-23 it was a day the member never said.
  ["王建国", "11月23日至25日，我与李明进行了廉政谈话", "!廉谈 11-23 >李明 @办公室"],
  ["王建国", "11月23日至25日，到财务科、办公室开展作风纪律检查", "!作风 11-23 > @财务科、办公室"],
  ["王建国", "11月23日至24日到财务科开展作风纪律检查", "!作风 11-23 > @财务科"],
  ["王建国", "11月23日，我分别与李明、孙丽进行了廉政谈话", "廉谈 11-23 >李明 @办公室 | 廉谈 11-23 >孙丽 @财务科"],
  ["王建国", "上周一，我分别与李明、孙丽进行了廉政谈话", "廉谈 11-23 >李明 @办公室 | 廉谈 11-23 >孙丽 @财务科"],
  ["刘芳", "11月23日、25日，分别与周涛、吴静进行了廉政谈话", "廉谈 11-23 >周涛 @组联部 | 廉谈 11-25 >吴静 @康复部"],
  // One more: no 分别, two people (the days still whose is not said).
  ["王建国", "上周一到周五，我和李明、孙丽谈了心", "谈心 ? >李明 @办公室 ?missing_date | 谈心 ? >孙丽 @财务科 ?missing_date"],
  ["王建国", "本月23日至25日，分别到财务科、办公室开展作风纪律检查", "作风 ? > @财务科 ?missing_date | 作风 ? > @办公室 ?missing_date"],
];
