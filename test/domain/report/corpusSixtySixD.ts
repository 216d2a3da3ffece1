// Round 66 (issue 10), fixer gfd: corrections of stored records and waiting cards — who it was signed with, notes that are
// no longer true, 「2号那条」 on a numbered card, a kind of another family by number, 对象改成我, a card's line numbers.
// Findings before → after (clock of the dialog tests Mon 2026-12-07; test/e2e/storedAndCardCorrectionsSixtySixD.test.ts):
// (a) 刘芳「昨天那个其实是我和郑华签的 不是吴静」 of her stored 刘芳–吴静: 吴静 read as the doer denied (没有找到…活动人是吴静) →
// the person 吴静 → 郑华 on 请确认修改 (claimedDoerChange steps aside when the one denied is the record's other party);
// 「昨天签责任书那条，吴静不对，是郑华」 was a card of a NEW signing beside the stored one → the same change card
// (personSwapWords reads 「…那条，X不对/写错了，是Y」).
// (b) a waiting card of 12-01 and 12-03: 「2号那条不用记」 was 「卡片上没有「2号」的记录」 → asked 「是指第2条（…）吗？」 with
// 是/不是; 「1号的不要了」 was read as a new report of the 1st (没读出活动) → the record of the 1st off the card.
// (c) 「第2条改成作风纪律检查」 of a stored batch's film, 「12月2日那次观看警示片改成作风纪律检查」: a change card making a film a
// check → said a film is no check and asked (kindFamilyUnfit).
// (d) 赵敏「对象改成我」 on a card or after her stored report of 张伟–何平: 没看懂 / 这条消息没有记录 → 对象改为赵敏; on her own talk
// refused. 「第4条对象是王强」 on a card numbered 1. 2. 4.: 这条消息没有记录 → record 4 changed.
// (e) 「「组联部」按其负责人周涛记录」 stayed after 「第2条对象是组联部全体人员」 → gone (headNotesKept).
// The parser reads none of the correction words as a report ('-', as before: they are the bot's dialog words); the
// near-misses are new reports that keep their reading. Before → after: no row reads differently in the parser.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_SIX_D_ROWS: CorpusRow[] = [
  // (a) a wrong other party named by name, the right one after (其实是我和Y签的 不是X · X不对，是Y · 不是X是Y · 把X改成Y) — no report.
  ["刘芳", "昨天那个其实是我和郑华签的 不是吴静", "-"],
  ["刘芳", "昨天那个其实是我和郑华签的，不是吴静", "-"],
  ["刘芳", "昨天那个 其实是我和郑华签的 不是吴静", "-"],
  ["刘芳", "昨天签责任书那条，吴静不对，是郑华", "-"],
  ["刘芳", "昨天签责任书那条 吴静不对 是郑华", "-"],
  ["刘芳", "昨天签责任书那条，吴静不对，是郑华。", "-"],
  ["刘芳", "昨天那条，吴静不对，应该是郑华", "-"],
  ["刘芳", "昨天那条 对象吴静写错了 应该是郑华", "-"],
  ["刘芳", "昨天那条吴静写错了，是郑华", "-"],
  ["刘芳", "昨天那条，吴部长不对，是郑部长", "-"],
  ["刘芳", "昨天那条 不是吴静是郑华", "-"],
  ["刘芳", "昨天那条把吴静改成郑华", "-"],
  ["刘芳", "那条吴静不对是郑华签的", "-"],
  ["刘芳", "昨天签责任书那条，吴静记错了，是郑华", "-"],
  ["刘芳", "昨天签责任书那条，吴静不对，是郑华，麻烦改一下", "-"],
  ["陈志强", "上周五谈话那条，郑华不对，是冯雪", "-"],
  ["陈志强", "上周五那次其实是我和冯雪谈的 不是郑华", "-"],
  ["王建国", "12.3那条 孙丽不对 是王强", "-"],
  ["王建国", "3号那条，孙科长不对，是王强", "-"],
  ["张伟", "昨天那个其实是我和赵敏谈的 不是刘芳", "-"],
  ["赵敏", "上周四那条 王磊弄错了 应该是何平", "-"],
  ["黄志刚", "昨天谈话那条，林晓不对，是王芳", "-"],
  ["刘芳", "昨天签责任书那条，吴静不对，是郑华签的", "-"],
  ["刘芳", "昨天签责任书那条，吴静不对，是和郑华签的", "-"],
  // near-misses: a new deed with the person said — the report as before.
  ["刘芳", "昨天和郑华签订了党风廉政建设责任书", "签责 11-29 >郑华"],
  ["刘芳", "今天和郑华签订了责任书，不是吴静", "签责 11-30 >郑华"],
  ["陈志强", "上周五和冯雪进行了廉政谈话", "廉谈 11-27 >冯雪"],
  ["王建国", "12月3日和王强进行了谈心谈话", "谈心 12-03 >王强 ?future_date"],
  // (b) 「N号那条不用记」 · 「N号的不要了」 · 「二号那个删掉」 on a waiting card — the card's words, no report.
  ["孙丽", "2号那条不用记", "-"],
  ["孙丽", "2号那条不用记了", "-"],
  ["孙丽", "1号的不要了", "-"],
  ["孙丽", "1号的不要了。", "-"],
  ["孙丽", "二号那个删掉", "-"],
  ["孙丽", "把2号那条删掉", "-"],
  ["孙丽", "删掉2号那条", "-"],
  ["孙丽", "3号的不用记", "-"],
  ["孙丽", "2号那个不要", "-"],
  ["孙丽", "2号的那条不算", "-"],
  ["孙丽", "是", "-"],
  ["孙丽", "不是", "-"],
  ["孙丽", "是的", "-"],
  ["吴静", "2号那条去掉吧", "-"],
  ["吴静", "1号那个不要了", "-"],
  // near-misses: a day 2号 with a deed is a report.
  ["孙丽", "2号和王强进行了廉政谈话", "廉谈 11-02 >王强"],
  ["孙丽", "11月2号和李娟谈心谈话", "谈心 11-02 >李娟"],
  ["冯雪", "11月2号组织维权部观看警示教育片", "警示 11-02 > @维权部"],
  // (c) a kind of another family by number, or by day and deed — no report (kindFamilyUnfit answers).
  ["冯雪", "第2条改成作风纪律检查", "-"],
  ["冯雪", "第二条改成作风纪律检查", "-"],
  ["冯雪", "第2条 改成 作风纪律检查", "-"],
  ["冯雪", "第2条改为作风纪律检查", "-"],
  ["冯雪", "第2条算作风纪律检查吧", "-"],
  ["冯雪", "第2条改为专项资金检查吧", "-"],
  ["冯雪", "第2条改成专项资金检查", "-"],
  ["冯雪", "12月2日那次观看警示片改成作风纪律检查", "-"],
  ["冯雪", "12月2日那次警示教育片改成作风纪律检查", "-"],
  ["冯雪", "2号那次观看警示教育片改为作风纪律检查", "-"],
  ["冯雪", "第1条改成谈心谈话", "-"],
  ["冯雪", "第2条改成廉政教育", "-"],
  ["王建国", "第1条改成廉政教育", "-"],
  // (d) 对象改成我 · 第N条对象是我 · 第4条对象是王强 — no report.
  ["赵敏", "对象改成我", "-"],
  ["赵敏", "对象改成我。", "-"],
  ["赵敏", "对象改为我", "-"],
  ["赵敏", "对象应该是我", "-"],
  ["赵敏", "刚才那条对象改成我", "-"],
  ["赵敏", "第1条对象是我", "-"],
  ["何平", "对象改成我本人", "-"],
  ["孙丽", "第4条对象是王强", "-"],
  ["孙丽", "第4条对象改成王强", "-"],
  ["孙丽", "第3条对象是王强", "-"],
  // (e) a group said of a numbered record on a card — no report.
  ["刘芳", "第2条对象是组联部全体人员", "-"],
  ["刘芳", "第2条对象是组联部全体", "-"],
  ["刘芳", "第2条是和组联部全体人员签的", "-"],
  // near-misses: the unit named in a report keeps its reading.
  ["刘芳", "今天和组联部全体人员签订了责任书", "!签责 11-30 >周涛 | 签责 11-30 >张颖"],
];
