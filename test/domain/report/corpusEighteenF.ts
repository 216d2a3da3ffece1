// Leftovers of report understanding (f18, issue 10): far homophones of type words, deeds said 已完成 with no day, the
// sender's own unit named 我们中心/本部门.
import type { CorpusRow } from './corpusRow.js';

export const EIGHTEEN_F_ROWS: CorpusRow[] = [
  // A dictated type word sharing no character with the catalogue's (连症坦化 for 廉政谈话) is read where a type word stands
  // (after 进行了, 和 and a name, before 一次), on the card with the reading named (was: 没有读出需要记录的活动, dropped).
  ["刘芳", "11月20日和周涛进行了连症坦化", "!廉谈 11-20 >周涛"],
  ["王建国", "上周五跟李明连症坦化一次", "!廉谈 11-27 >李明"],
  ["赵敏", "11月18日组织机关党员观看警示教育骗", "!警示 11-18 >"],
  ["张伟", "11月24日给全体党员讲了连正当客", "!党课 11-24 >"],
  // Slips sharing characters stay guesses too; 签定 is a common spelling of 签订 beside the catalogue's 责任书.
  ["陈志强", "11月23日和郑华开展了廉政潭话", "!廉谈 11-23 >郑华"],
  ["刘芳", "11月25日与吴静签定责任书", "签责 11-25 >吴静"],
  // A deed said 已完成/已开展/搞完了 with no ？/吗/没 is a report of its type, its day asked (the bot had answered some types
  // as a completion query); a clerk's 党课 is asked who lectured too.
  ["张伟", "廉政党课已完成", "党课 ? > ?missing_date"],
  ["张颖", "廉政党课已完成", "党课 ? > ?missing_date,missing_actor"],
  ["周涛", "自查报告搞完了", "自查 ? > ?missing_date"],
  ["林晓", "作风纪律检查已完成", "作风 ? > ?missing_date"],
  ["张伟", "分析研判已完成", "研判 ? > ?missing_date"],
  // 我们中心/我们部/我们科/本部门 is the sender's department (stored with it since f18; the corpus checks the doer): a
  // clerk's is the head's, on the card; a 财务科 clerk's 我们中心 is none of theirs.
  ["何平", "我们中心11月20日报送了一篇信息", "信息 11-20 >"],
  ["李明", "本部门11月20日报送了信息", "信息 11-20 >"],
  ["王强", "我们科11月26日完成了自查报告", "!自查 11-26 孙丽>"],
  ["张颖", "组联部的自查报告11月26日已经交了", "!自查 11-26 周涛>"],
  ["刘洋", "部里11月20日组织学习了《廉洁自律准则》", "!廉教 11-20 吴静> 《廉洁自律准则》"],
  // 各科室/各部室 cover every department as places and as people (康复中心 included); 机关各部室 the offices only;
  // 各直属单位 the centre only, as doers too (was: 各直属单位负责人…报送 recorded as the sender's own).
  ["张伟", "11月8日同各直属单位负责人签订党风廉政建设责任书", "!签责 11-08 >何平"],
  ["李明", "各直属单位负责人11月18日向分管领导报送了述责述廉报告", "!述廉 11-18 何平>"],
  ["黄志刚", "11月20日对机关各部室开展了作风纪律检查", "!作风 11-20 >"],
];
