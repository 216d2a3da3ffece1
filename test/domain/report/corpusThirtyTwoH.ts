// Round 32b's kinds F1 and F2 (found by tester t32b, issue 10; fixed by n1), read on Mon 2026-11-30 10:00 +08:00.
// F1: a sentence whose subject is 我/本人 tells the sender's deed, never one activity with the sentence before (was: the
// talks given to the leader who only 提出要求 at the sender's own 科务会); a 集中/专题 study of no type word beside a talk
// told in another sentence is asked or named on the card (was: dropped without a word, even stored at once).
// F2: a subjectless clause opening with 当天/同日 after ；goes on with the doer before it (was: the sender made the signer).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_TWO_H_ROWS: CorpusRow[] = [
  // F1: the sender's talks in a sentence of their own; the study asked its type, as when it is alone.
  ["孙丽", "11月27日上午，我科召开科务会，集中学习财经纪律有关规定，会上王建国副理事长对年底资金支付工作提出要求。下午，我分别与王强、李娟进行了廉政谈话。", "!? 11-27 > ?missing_type | 廉谈 11-27 >王强 | 廉谈 11-27 >李娟"],
  ["孙丽", "11月27日上午，我科召开科务会，集中学习财经纪律有关规定。下午，我分别与王强、李娟进行了廉政谈话。", "!? 11-27 > ?missing_type | 廉谈 11-27 >王强 | 廉谈 11-27 >李娟"],
  ["周涛", "上周四部务会集中学习了廉洁自律有关规定。当天下午本人与陈静同志开展了谈心谈话。", "!? 11-26 > ?missing_type | 谈心 11-26 >陈静"],
  // F1's kind inside one sentence: a talk clause opening with 我 after a comma is the sender's too (was: 王建国's talk with
  // 王强, or an invented talk of 王建国 with the sender); the leader's own 并与… stays theirs.
  ["孙丽", "11月27日科务会上王建国副理事长提出要求，下午我与王强进行了廉政谈话。", "!廉谈 11-27 >王强"],
  ["孙丽", "王建国副理事长11月27日到财务科调研，我与王强进行了廉政谈话。", "!廉谈 11-27 >王强"],
  ["孙丽", "11月27日组织科室学习财经纪律有关规定，我与王强进行了廉政谈话。", "!? 11-27 > ?missing_type | 廉谈 11-27 >王强"],
  ["孙丽", "王建国副理事长11月27日到财务科调研，并与王强进行了廉政谈话。", "!廉谈 11-27 王建国>王强"],
  // F1's kind: a clause opening with 我 takes no doer carried from the clause before (was: 刘芳's talk with 刘洋); without 我
  // the subject before goes on, as before.
  ["吴静", "刘芳副理事长11月24日和我进行了廉政谈话。我随后与刘洋进行了谈心谈话。", "!廉谈 11-24 刘芳>吴静 | 谈心 11-24 >刘洋"],
  ["吴静", "刘芳副理事长11月24日和我进行了廉政谈话，我随后与刘洋进行了谈心谈话。", "!廉谈 11-24 刘芳>吴静 | 谈心 11-24 >刘洋"],
  ["吴静", "刘芳副理事长11月24日和我进行了廉政谈话，随后与刘洋进行了谈心谈话。", "!廉谈 11-24 刘芳>吴静 | 谈心 11-24 刘芳>刘洋"],
  // F1: a 集中/专题 study with no 我 before the talk: the study asked its type as when it is alone (round 38, fke: a 下午
  // clause opens a deed of its own; was: the talk on a card naming the study as left over, before that at once).
  ["孙丽", "11月27日上午科务会集中学习了财经纪律有关规定。下午与王强进行了廉政谈话。", "? 11-27 > ?missing_type | 廉谈 11-27 >王强"],
  ["李明", "11月26日上午，办公室专题学习了公文处理保密规定，下午和王芳进行了廉政谈话。", "? 11-26 > 《公文处理保密规定》 ?missing_type | 廉谈 11-26 >王芳"],
  // F1: a leader who only 提出要求 gives the sender's later talks no doer and is no talk with the sender.
  ["孙丽", "11月27日上午科务会上王建国副理事长提出要求。下午，我分别与王强、李娟进行了廉政谈话。", "!廉谈 11-27 >王强 | 廉谈 11-27 >李娟"],
  // Near-misses: a titled study is typed as before; the leader's own talks (与…谈话, 并与…) stay theirs; a 专题会议 whose
  // holder no unit of the sender's names keeps the leader who 提出要求 as its doer; a meeting's 专题学习 is its agenda.
  ["孙丽", "11月27日上午，我科召开科务会，集中学习了《廉洁自律准则》。下午，我分别与王强、李娟进行了廉政谈话。", "!廉教 11-27 > 《廉洁自律准则》 | 廉谈 11-27 >王强 | 廉谈 11-27 >李娟"],
  ["李明", "11月26日上午组织办公室学习了《廉洁自律准则》。下午和王芳进行了谈心谈话。", "!廉教 11-26 > 《廉洁自律准则》 | 谈心 11-26 >王芳"],
  ["孙丽", "11月27日科务会上，王建国副理事长与王强、李娟分别进行了廉政谈话。", "!廉谈 11-27 王建国>王强 | 廉谈 11-27 王建国>李娟"],
  ["孙丽", "11月27日，我科召开科务会，会上王建国副理事长对年底资金支付工作提出要求，并与王强进行了廉政谈话。", "!廉谈 11-27 王建国>王强"],
  ["黄志刚", "11月26日，机关纪委召开专题会议，通报了近期督查情况，张伟书记对下一步廉政风险防控提出要求。", "!专题 11-26 张伟>"],
  ["陈志强", "11月25日主持召开分管部门党风廉政建设工作会议，专题学习了财经纪律有关规定", "分管会 11-25 >"],
  // F2: 当天/同日 after ； goes on with the named doer.
  ["陈静", "陈志强副理事长11月20日到教育就业部调研，并与郑华部长进行了廉政谈话；当天下午还和维权部冯雪部长签订了廉政承诺书。", "!廉谈 11-20 陈志强>郑华 | 签责 11-20 陈志强>冯雪"],
  ["陈静", "陈志强副理事长11月20日到教育就业部调研，并与郑华部长进行了廉政谈话；当天还和冯雪部长签订了廉政承诺书。", "!廉谈 11-20 陈志强>郑华 | 签责 11-20 陈志强>冯雪"],
  ["王芳", "张伟书记11月24日到办公室调研，并与李明主任进行了廉政谈话；同日下午又和财务科孙丽科长签订了党风廉政建设责任书。", "!廉谈 11-24 张伟>李明 | 签责 11-24 张伟>孙丽"],
  // Near-misses: 我 written keeps the sender; a comma clause and 同日与 go on as before; a new subject after 当天 is its own.
  ["陈静", "陈志强副理事长11月20日到教育就业部调研，并与郑华部长进行了廉政谈话；当天下午我还和冯雪部长签订了廉政承诺书。", "!廉谈 11-20 陈志强>郑华 | 签责 11-20 >冯雪"],
  ["陈静", "陈志强副理事长11月20日到教育就业部调研，并与郑华部长进行了廉政谈话，下午还和冯雪部长签订了廉政承诺书。", "!廉谈 11-20 陈志强>郑华 | 签责 11-20 陈志强>冯雪"],
  ["陈静", "陈志强副理事长11月20日到教育就业部调研，并与郑华部长进行了廉政谈话；同日与冯雪进行了廉政谈话。", "!廉谈 11-20 陈志强>郑华 | 廉谈 11-20 陈志强>冯雪"],
  ["王芳", "张伟书记11月24日到办公室调研，并与李明主任进行了廉政谈话；当天下午刘芳副理事长与周涛部长签订了责任书。", "!廉谈 11-24 张伟>李明 | 签责 11-24 刘芳>周涛"],
];
