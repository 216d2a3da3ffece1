// Round 64, fixer gdb (issue 10): totals and references on cards — a count alone, a counted heading over its items, 「2号那条」,
// items that are not on the card, a numbered record's kind changed with no card waiting.
// Findings before → after (clock of the dialog tests Mon 2026-12-07):
// 1. (gcb left) 张伟「本月共开展廉政谈话3人次」 alone was a talk asked its day and person. Now (periodTotal) a total of one kind with no
//    item — 本周开展谈心谈话5次 · 截至目前共签订责任书12份 · 今年以来累计开展警示教育4次 · voice spaces — is no report; the bot says it is a
//    total and asks for the deeds one by one (periodTotalReply, or the older tally replies where they answer). 17 older rows of a single-kind
//    total alone changed to '-'.
// 2. (gcb left) 「11月24日共开展廉政谈话3人次：⏎1. 与孙杰…」 was one talk with no one. Now (countedHeadingItems) the heading's day goes to
//    items without one, its kind to items of none (与孙杰 · 孙杰 · 办公室 under a check), and its count is weighed against the records: a
//    difference is a remark on the card and a tap, never trimmed or padded.
// 3. (gci left) 「第2条不是谈心 算廉政谈话吧」 with no card waiting was two new talks. Now (numberedKindWords) no report: record 2 of the
//    latest report is changed on 请确认修改 (numberedKindChange).
// 4. (gcb/gci/gcj left) 「2号那条不用记」 on a card, 「最后三条不用记」 on a card of two, 「把您刚才的 2 条记录」 for records of days ago:
//    dialog behaviour (see test/e2e/totalsAndReferencesSixtyFourB.test.ts); their words are '-' here.
// Left as today: a tally of several kinds (本月开展廉政谈话2次、谈心谈话1次: rounds 58–59 ask each deed), papers (本月报送廉政信息3篇),
// a day with a count and no one (11月24日共开展廉政谈话3人次: one talk asked whom), a no-day heading over typed, dated items (gcb's reading,
// which asks the missing ones).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_FOUR_B_ROWS: CorpusRow[] = [
  // 1. A total sent alone (a span or a total word, one kind, a count of 2 or more; no day, person, place or title): no record (was: one deed asked its day and whom). The bot says it is a total and asks for the deeds one by one.
  ["张伟", "本月共开展廉政谈话3人次", "-"],
  ["张伟", "本月共开展廉政谈话3人次。", "-"],
  ["张伟", "本月 共开展廉政谈话 3人次", "-"],
  ["张伟", "本月共开展廉政谈话三人次", "-"],
  ["王建国", "本周开展谈心谈话5次", "-"],
  ["王建国", "本周 开展谈心谈话 5次", "-"],
  ["刘芳", "这周开展了谈心谈话4次", "-"],
  ["王建国", "截至目前共签订责任书12份", "-"],
  ["王建国", "截至目前，共签订责任书12份", "-"],
  ["张伟", "截至目前共签订党风廉政建设责任书12份", "-"],
  ["赵敏", "今年以来累计开展警示教育4次", "-"],
  ["王磊", "今年以来累计开展警示教育4次", "-"],
  ["黄志刚", "本月共开展作风纪律检查6次", "-"],
  ["林晓", "本月共开展作风纪律检查6次", "-"],
  ["林晓", "截至目前共开展作风纪律检查8次", "-"],
  ["陈志强", "本季度共开展谈心谈话9人次", "-"],
  ["孙丽", "本月财务科共开展谈心谈话2人次", "-"],
  ["孙丽", "财务科本月共开展谈心谈话2人次", "-"],
  ["周涛", "组联部本月共开展廉政谈话3人次", "-"],
  ["吴静", "我们部门本月组织警示教育2场", "-"],
  ["何平", "中心本月共组织廉政教育3次", "-"],
  ["赵敏", "本月共讲授廉政党课2次", "-"],
  ["张伟", "本年度共召开专题会议4次", "-"],
  ["郑华", "本月合计开展谈心谈话6人次", "-"],
  ["冯雪", "本月累计开展谈心谈话5人次", "-"],
  ["王磊", "本周共开展谈心谈话两次", "-"],
  ["李明", "这个月一共开展了谈心谈话4次", "-"],
  ["李明", "这个月一共开展了谈心谈话4次！", "-"],
  ["陈志强", "11月份共开展谈心谈话7人次", "-"],
  ["刘芳", "本月共签订廉洁承诺书6份", "-"],
  ["孙丽", "本月共签订承诺书3份", "-"],
  ["何平", "本月共开展谈心谈话3人次", "-"],
  ["张伟", "最后三条不用记", "-"],
  // 2. Near-misses of a total alone, read as today: a person (本月和孙杰谈了3次), one deed (1次), a day, a place, papers (篇), a title, several kinds, a total over its own items.
  ["张伟", "本月和孙杰谈了3次", "? ? >孙杰 ?missing_type,missing_date"],
  ["张伟", "本月与孙杰谈了3次", "? ? >孙杰 ?missing_type,missing_date"],
  ["王建国", "本月开展廉政谈话1次", "廉谈 ? > ?missing_date,missing_counterpart"],
  ["张伟", "11月24日共开展廉政谈话3人次", "廉谈 11-24 > ?missing_counterpart"],
  ["张伟", "今天开展廉政谈话3人次", "廉谈 11-30 > ?missing_counterpart"],
  ["黄志刚", "本月对财务科开展作风纪律检查2次", "作风 ? > @财务科 ?missing_date"],
  ["赵敏", "本月与王磊、何平签订责任书2份", "签责 ? >王磊 ?missing_date | 签责 ? >何平 ?missing_date"],
  ["张伟", "本月组织观看警示教育片《清风》2次", "警示 ? > 《清风》 ?missing_date"],
  ["林晓", "本月共开展廉政谈话3人次，分别是11月9日黄书记与何平、11月16日黄书记与徐辉、11月23日黄书记与孙杰", "!廉谈 11-09 黄志刚>何平 | 廉谈 11-16 黄志刚>徐辉 | 廉谈 11-23 黄志刚>孙杰"],
  ["周涛", "本月共开展廉政谈话3人次，其中11月24日与张颖进行了廉政谈话", "!廉谈 11-24 >张颖"],
  // 3. A counted heading over a numbered list: its day given to the items without one, its kind to items of no kind (与孙杰 · 孙杰 · 办公室), its count weighed — a difference said on the card (was: one record of no one, the items asked their day).
  ["张伟", "11月24日共开展廉政谈话3人次：\n1. 与孙杰进行廉政谈话\n2. 与李明进行廉政谈话\n3. 与孙丽进行廉政谈话", "!廉谈 11-24 >孙杰 | 廉谈 11-24 >李明 | 廉谈 11-24 >孙丽"],
  ["张伟", "11月24日共开展廉政谈话3人次：\n1. 与孙杰\n2. 与李明\n3. 与孙丽", "!廉谈 11-24 >孙杰 | 廉谈 11-24 >李明 | 廉谈 11-24 >孙丽"],
  ["张伟", "11月24日共开展廉政谈话3人次：\n1. 孙杰\n2. 李明\n3. 孙丽", "!廉谈 11-24 >孙杰 | 廉谈 11-24 >李明 | 廉谈 11-24 >孙丽"],
  ["张伟", "11月24日共开展廉政谈话3人次：\n1. 与孙杰\n2. 与李明", "!廉谈 11-24 >孙杰 | 廉谈 11-24 >李明"],
  ["张伟", "11月24日共开展廉政谈话2人次：\n1. 与孙杰\n2. 与李明\n3. 与孙丽", "!廉谈 11-24 >孙杰 | 廉谈 11-24 >李明 | 廉谈 11-24 >孙丽"],
  ["黄志刚", "11.24共开展廉政谈话2人次：\n1. 与孙杰进行廉政谈话\n2. 与徐辉进行廉政谈话", "!廉谈 11-24 >孙杰 | 廉谈 11-24 >徐辉"],
  ["黄志刚", "24号共开展廉政谈话2人次：\n1、与孙杰\n2、与徐辉", "!廉谈 11-24 >孙杰 | 廉谈 11-24 >徐辉"],
  ["周涛", "上周二共开展谈心谈话2人次：\n1. 与张颖\n2. 与刘洋", "!谈心 11-24 >张颖 | 谈心 11-24 >刘洋"],
  ["王建国", "11月24日共签订责任书2份：\n1. 与李明\n2. 与孙丽", "!签责 11-24 >李明 | 签责 11-24 >孙丽"],
  ["王建国", "11月24日共签订党风廉政建设责任书2份：\n1. 李明\n2. 孙丽", "!签责 11-24 >李明 | 签责 11-24 >孙丽"],
  ["刘芳", "11月25日共签订责任书2份：\n1. 与周涛签订\n2. 与吴静签订", "!签责 11-25 >周涛 | 签责 11-25 >吴静"],
  ["林晓", "11月24日共开展作风纪律检查2次：\n1. 办公室\n2. 财务科", "!作风 11-24 > @办公室 | 作风 11-24 > @财务科"],
  ["林晓", "11月24日共开展作风纪律检查2次：\n1. 到办公室检查\n2. 到财务科检查", "!作风 11-24 > @办公室 | 作风 11-24 > @财务科"],
  ["赵敏", "11月24日共开展谈心谈话2人次：\n1. 与王磊进行谈心谈话\n2. 11月25日与何平进行谈心谈话", "!谈心 11-24 >王磊 | 谈心 11-25 >何平"],
  ["张伟", "11月24日共开展廉政谈话3人次：\n1. 与孙杰进行廉政谈话\n2. 与李明进行谈心谈话\n3. 与孙丽进行廉政谈话", "!廉谈 11-24 >孙杰 | 谈心 11-24 >李明 | 廉谈 11-24 >孙丽"],
  ["陈志强", "11月24日合计开展谈心谈话2人次：\n1. 与郑华\n2. 与冯雪", "!谈心 11-24 >郑华 | 谈心 11-24 >冯雪"],
  ["陈志强", "11月24日 共开展谈心谈话 2人次\n1. 与郑华\n2. 与冯雪", "!谈心 11-24 >郑华 | 谈心 11-24 >冯雪"],
  ["王建国", "昨天共开展廉政谈话2人次：\n1. 与李明\n2. 与孙丽", "!廉谈 11-29 >李明 | 廉谈 11-29 >孙丽"],
  ["孙丽", "11月24日共开展谈心谈话2人次：\n①与王强\n②与李娟", "!谈心 11-24 >王强 | 谈心 11-24 >李娟"],
  ["张伟", "本月共开展廉政谈话2人次：\n1. 11月24日与孙杰\n2. 11月25日与李明", "!廉谈 11-24 >孙杰 | 廉谈 11-25 >李明"],
  ["张伟", "本月共开展廉政谈话3人次：\n1. 11月24日与孙杰\n2. 11月25日与李明", "!廉谈 11-24 >孙杰 | 廉谈 11-25 >李明"],
  ["张伟", "本月共开展廉政谈话2人次：\n1. 11.24 与孙杰\n2. 11.25 与李明", "!廉谈 11-24 >孙杰 | 廉谈 11-25 >李明"],
  ["王建国", "本月共签订责任书2份：\n1. 11月20日与李明\n2. 11月21日与孙丽", "!签责 11-20 >李明 | 签责 11-21 >孙丽"],
  ["刘芳", "本月共开展谈心谈话2人次：\n1. 上周一与周涛\n2. 上周三与吴静", "!谈心 11-23 >周涛 | 谈心 11-25 >吴静"],
  ["林晓", "本月共开展廉政谈话3人次：\n1. 11月24日对孙杰进行廉政谈话\n2. 11月25日对徐辉进行廉政谈话", "廉谈 11-24 >孙杰 | 廉谈 11-25 >徐辉 | 廉谈 ? > ?missing_counterpart,missing_date"],
  ["林晓", "本月共开展廉政谈话2人次：\n1. 11月24日对孙杰进行廉政谈话\n2. 11月25日对徐辉进行廉政谈话\n3. 11月26日对何平进行廉政谈话", "!廉谈 11-24 >孙杰 | 廉谈 11-25 >徐辉 | 廉谈 11-26 >何平"],
  ["郑华", "本月共开展谈心谈话3人次：\n1. 11月20日与陈静\n2. 11月24日与陈静\n3. 11月26日与陈静", "!谈心 11-20 >陈静 | 谈心 11-24 >陈静 | 谈心 11-26 >陈静"],
  ["张伟", "11月24日开展廉政谈话：\n1. 与孙杰\n2. 与李明", "廉谈 11-24 > ?missing_counterpart"],
  ["张伟", "11月24日：\n1. 与孙杰进行廉政谈话\n2. 与李明进行廉政谈话", "!廉谈 11-24 >孙杰 | 廉谈 11-24 >李明"],
  ["王磊", "11月20日共开展廉政教育2次：\n1. 宣文部\n2. 康复中心", "廉教 11-20 > | 廉教 ? > ?missing_date"],
  // 4. Dialog words with nothing to read as a report: 第N条不是X 算Y吧 (a change of the latest report's record N, was: new talks), 2号那条不用记 / 最后三条不用记 (a waiting card's items; the bot's).
  ["张伟", "第2条不是谈心 算廉政谈话吧", "-"],
  ["王建国", "第2条不是谈心，算廉政谈话吧", "-"],
  ["刘芳", "第二条不是谈心谈话 是廉政谈话", "-"],
  ["陈志强", "第2条不是谈心谈话，应该是廉政谈话", "-"],
  ["赵敏", "第1条不是廉政教育 是警示教育", "-"],
  ["黄志刚", "第3条不是作风纪律检查，算专项资金检查", "-"],
  ["张伟", "第2条 不是 谈心 算 廉政谈话 吧", "-"],
  ["孙丽", "第1条不是廉政谈话，是谈心谈话。", "-"],
  ["张伟", "2号那条不用记", "-"],
  ["张伟", "12月2日那条不用记", "-"],
  ["张伟", "周三那条不用记", "-"],
  ["张伟", "2号那条改成3号", "-"],
  ["张伟", "第2条对", "-"],
];
