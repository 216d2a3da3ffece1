// Round 57, fixer fec (issue 10): a typed correction of a WAITING card was read as a new report, or 「没能读出第N条要改成什么」,
// the member's fix lost or a second card made (t59a F3, t59b F1–F2, fgc's left-alone of round 56).
// Findings and what changed: 1. 「信息报送那两条不要题目和参加人数，报送的是2篇信息」 on 郑华's card of a talk, two papers and a
// study was asked 「是哪一天？」 as a new 信息报送 (answered: one paper stored). Items named by kind and count (信息报送那两条 ·
// 学习那条) are now the card's items (itemByKindWord's SEVERAL), and 不要题目和参加人数 · 去掉人数 · 题目和人数都删掉 take those
// fields off (cardTitle's fieldsTakenOff; 2篇 beside it checked with the items named). 「不对，12月2号是…；12月3号是…，漏了」
// opened a second card beside the first: a message owning the card wrong (不对 · 错了 · 更正) or saying 漏了 and telling the
// card's days again re-reads that card in its place (restatedCardItems, restatedWaitingCard), said on the new card.
// 2. 「第2条不对，承诺书是冯部长和我签的」 → 没能读出; 「第2条活动人是冯雪，对象是我」 → 「这条消息没有记录」: after 第N条, the deed
// said again with its two sides (X和我签的 · X找我谈的), and both sides labelled on a signing with no one yet, put both
// (swappedSides). 3. 「第4条冯部长也参加了，应该是教育就业部和维权部」 → 没能读出: on item N (no talk or signing) a head named
// by title or name stands for their department, added with 也/还有, and 应该是A和B sets them (numberedDepartmentsWords).
// 4. 「作风纪律检查，第2条是11月21日」 · 「第4条调研报告其实是上周三报的」 with nothing waiting were stored at once as new records:
// 第N条 (or 信息报送那两条) only changed or dropped is no report (numberedItemChange), and with no card, question or receipt
// waiting the bot says there is no list to point at (numberedItemChangeReply); 9 rows of corpusFiftySixC relabelled '-'.
// The card edits (1–3) are proved over HTTP in test/e2e/waitingCardEditsFiftySevenC.test.ts; the rows here are the words
// sent with no card waiting, as read today (the restatements of 1 and the card messages keep their own readings).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_SEVEN_C_ROWS: CorpusRow[] = [
  // 1. Items named by kind or number with a field change (t59a F3): as sent with no card waiting, none is a report of its own.
  ["郑华", "信息报送那两条不要题目和参加人数，报送的是2篇信息", "-"],
  ["郑华", "信息报送那两条不要题目和参加人数", "-"],
  ["郑华", "报送信息那两条不要题目和人数", "-"],
  ["郑华", "信息报送那两条去掉题目", "-"],
  ["郑华", "信息报送那两条是12月1日", "-"],
  ["郑华", "报送信息那两条是12月1日", "-"],
  ["郑华", "信息那两条日期改成12月1日", "-"],
  ["郑华", "信息报送两条都是12月1日", "-"],
  ["郑华", "学习那条不要人数", "-"],
  ["郑华", "学习那条人数是5人", "-"],
  ["郑华", "学习那条题目删掉", "-"],
  ["郑华", "谈话那条是11月29日", "-"],
  ["郑华", "第2、3条不要题目和参加人数", "-"],
  ["郑华", "第2、3条不要题目和参加人数，报送的是2篇信息", "-"],
  ["郑华", "第2、3条去掉题目和人数", "-"],
  ["郑华", "第2、3条是12月1日", "-"],
  ["郑华", "后两条是12月1日", "-"],
  ["郑华", "第4条不要题目和参加人数", "-"],
  ["郑华", "第4条去掉人数", "-"],
  ["郑华", "第4条人数删掉", "-"],
  ["郑华", "第4条题目和人数都删掉", "-"],
  ["郑华", "第4条不要人数", "-"],
  ["郑华", "第二、三条 不要 题目 和 参加人数", "-"],
  ["郑华", "信息报送那两条 不要题目 和 参加人数 报送的是2篇信息", "-"],
  ["郑华", "第4条 人数 删掉 吧", "-"],
  // 1b. A restatement owning the card wrong (不对 · 漏了): read alone it is the report it tells (the card re-read over HTTP).
  ["郑华", "不对，12月2号是报送信息2篇，没有题目也没有参加人数；12月3号是组织部门学习廉洁自律准则，参加3人，漏了", "廉教 12-03 > 《廉洁自律准则》 #3 @教育就业部 ?future_date"],
  ["郑华", "不对，12月3号是组织部门学习廉洁自律准则，参加5人", "-"],
  ["郑华", "12月3号组织部门学习廉洁自律准则，参加3人，漏了", "廉教 12-03 > 《廉洁自律准则》 #3 @教育就业部 ?future_date"],
  ["郑华", "不对，12月2号报送信息2篇，12月3号组织部门学习廉洁自律准则，参加3人", "-"],
  ["郑华", "更正：12月3号组织部门学习廉洁自律准则，参加3人", "-"],
  ["郑华", "错了，12月3号是组织部门学习了廉洁自律准则 参加3人", "廉教 12-03 > 《廉洁自律准则》 #3 @教育就业部 ?future_date"],
  ["郑华", "漏了，12月3号还组织部门学习了廉洁自律准则，参加3人", "廉教 12-03 > 《廉洁自律准则》 #3 @教育就业部 ?future_date"],
  ["郑华", "12月1日和周涛谈心谈话", "-"],
  // 2. 第N条 + a restated deed, or both sides labelled (t59b F1).
  // (赵磊's first message, the card these edits are typed on, is corpusFiftySevenB's row: feb now reads its pledge as 冯雪's with 赵磊.)
  ["赵磊", "第2条不对，承诺书是冯部长和我签的", "-"],
  ["赵磊", "第2条活动人是冯雪，对象是我", "-"],
  ["赵磊", "第2条是冯雪和我签的", "-"],
  ["赵磊", "第2条 承诺书 是 冯部长 跟我 签的", "-"],
  ["赵磊", "第二条不对 是冯部长和我签的", "-"],
  ["赵磊", "第2条谈话人是冯雪 对象是赵磊", "-"],
  ["赵磊", "第2条不对，承诺书是冯部长和赵磊签的", "-"],
  ["赵磊", "第2条应该是冯部长和我签的", "-"],
  ["赵磊", "第2条活动人是冯雪，对象是王磊", "-"],
  ["赵磊", "第2条是和冯雪签的", "-"],
  ["赵磊", "第2条不对，承诺书是王五和我签的", "-"],
  ["赵磊", "第2条 活动人 是 冯雪 对象 是 我", "-"],
  ["赵磊", "第2条其实是冯部长和我签的", "-"],
  ["赵磊", "第2条承诺书应该是冯雪跟我签订的", "-"],
  ["赵磊", "第2条活动人改为冯雪，对象改为我", "-"],
  ["赵磊", "第2条签订人是冯雪，对象是我本人", "-"],
  ["赵磊", "第1条不对，是冯部长和我谈的", "-"],
  ["赵磊", "第2条是冯雪组织的", "-"],
  ["赵磊", "第2条：11月5日与王强谈话", "? 11-05 >王强 @- ?missing_type"],
  ["赵磊", "第2条好像不太对啊", "-"],
  ["赵磊", "第2条不对，是冯部长找我签的", "-"],
  ["赵磊", "不对，第2条承诺书是冯部长和我签的", "-"],
  ["赵磊", "第2条的活动人是冯雪，对象是我", "-"],
  ["赵磊", "第2条 不对 应该 是 冯雪部长 和 我 签 的", "-"],
  // 3. Departments added or set on item N (t59b F2).
  // (陈静's account, the card these edits are typed on, is corpusFiftySevenB's row: feb now gives item 3 to 郑华 and the meeting 维权部 too.)
  ["陈静", "第4条冯部长也参加了，应该是教育就业部和维权部", "-"],
  ["陈静", "第4条部门还有维权部", "-"],
  ["陈静", "第4条还有维权部", "-"],
  ["陈静", "第4条冯部长也参加了", "-"],
  ["陈静", "第4条也有维权部", "-"],
  ["陈静", "第4条 冯雪部长 也参加了", "-"],
  ["陈静", "第4条还有冯部长参加", "-"],
  ["陈静", "第四条冯部长也来了 部门还有维权部", "-"],
  ["陈静", "第4条不对，冯部长也参加了", "-"],
  ["陈静", "第4条漏了维权部", "-"],
  ["陈静", "第4条王五也参加了", "-"],
  ["陈静", "第4条冯部长也参加了，应该是教育就业部和财务科", "-"],
  ["陈静", "第4条部门改成教育就业部、维权部", "-"],
  ["陈静", "第4条部门应该是教育就业部和维权部", "-"],
  ["陈静", "第4条应该是教育就业部和维权部", "-"],
  ["陈静", "第4条部门是教育就业部和维权部", "-"],
  ["陈静", "第4条 冯部长 也 参加 了 应该 是 教育就业部 和 维权部", "-"],
  ["陈静", "第4条冯雪也参加了", "-"],
  ["陈静", "第4条部门加上维权部", "-"],
  ["陈静", "第4条还包括维权部", "-"],
  ["陈静", "第4条冯部长也出席了", "-"],
  ["陈静", "第4条冯部长也在", "-"],
  ["陈静", "第4条 部门 漏了 维权部", "-"],
  ["陈静", "第4条还有冯部长也参加了", "-"],
  ["陈静", "陈副理事长11月20日来我部主持召开了分管科室党风廉政建设工作会议，郑部长和冯部长参加", "!分管会 11-20 陈志强> @教育就业部、维权部"],
  // 4. 第N条 with nothing waiting: no report, said to point at no list (near-misses: a numbered list, a deed on its own).
  ["赵敏", "作风纪律检查，第2条是11月21日", "-"],
  ["张伟", "第4条调研报告其实是上周三报的", "-"],
  ["赵敏", "作风纪律检查，第2条删掉", "-"],
  ["赵敏", "作风纪律检查。第2条不要，那是上个月已经报过的", "-"],
  ["赵敏", "作风纪律检查 第2条 其实是 11月21日 谈的 啊", "-"],
  ["张伟", "第4条调研报告应该是11月18日交的", "-"],
  ["赵敏", "是作风纪律检查，第二条是11月21日", "-"],
  ["赵敏", "作风纪律检查，第2条应该是上周五", "-"],
  ["赵敏", "作风纪律检查，第2条改到11月21日", "-"],
  ["赵敏", "作风纪律检查！第2条删除吧", "-"],
  ["赵敏", "作风纪律检查，第2条作废", "-"],
  ["赵敏", "作风纪律检查，第2条重复了", "-"],
  ["张伟", "第4条调研报告是上周三报的", "-"],
  ["张伟", "第3条警示片其实是11月19日看的", "-"],
  ["张伟", "第1条谈话应该是11月5日谈的", "-"],
  ["张伟", "第2条廉政谈话其实是上周三谈的", "-"],
  ["张伟", "第2条日期改成11月18日", "-"],
  ["张伟", "第3条 人数 改成 12人", "-"],
  ["张伟", "第1条对象是王强", "-"],
  ["张伟", "第3条题目删掉", "-"],
  ["张伟", "第5条不要了", "-"],
  ["张伟", "第2条 不对 是 11月13号", "-"],
  ["张伟", "第一条：11月6日与陈志强进行廉政谈话", "廉谈 11-06 >陈志强 @-"],
  ["张伟", "第2条是11月21日与王强进行廉政谈话", "廉谈 11-21 >王强 @财务科"],
  ["张伟", "11月28日报送调研报告1篇，是第2篇", "调研 11-28 > @-"],
  ["张伟", "第3季度第2次专题会议11月20日召开", "专题 11-20 > @-"],
  ["赵敏", "11月21日到宣文部开展了作风纪律检查", "作风 11-21 > @宣文部"],
];
