// Round 66, fixer gfi (t69a): a waiting card's button label typed back, a stored deed's count said fewer, a receipt's item
// dropped in loose words, and the duplicate question's no.
// Findings (a fresh tester on main after round 65, clock Tue 2026-12-08 00:35): 张伟 typed 「是不是王建国？」, the label of the
// who-is-it question's button, and got 王建国's completion card (a query) with the question still open: now a label typed
// back (or nearly: 是不是王建国 · 是王建国 · 对 是王建国 · 是他) answers as the tap would, on every waiting card with buttons
// (typedButtonLabel; in the dialog, e2e). 胡军's stored 「报送廉政信息2篇」 (two records) and then 「刚才那个信息报送是1篇 不是2篇」
// was 「没有…找到「2篇」「1篇」，记录没有改动」: now a 请确认修改 card withdrawing the one too many (countDownStored; 多记了1篇 ·
// 报多了一篇 · 次 and 份 alike); 「那就把第4条删掉」 after the receipt was 没看懂: now 那就 · 删了 · 删第N条 withdraw item N as
// 撤销第N条 does (on a waiting card the card's item). 冯雪's 「重复发了，不用再记」 on the duplicate question was 「这条消息没有
// 记录」 and the card again: now 「好的，没有再记」, and the card's hint says plainly which reply records a second one.
// These rows pin what the parser alone reads of those messages (most are no report: the dialog readers take them first,
// checked in test/e2e/typedLabelsCountsDuplicatesSixtySixI.test.ts); 信息报送是1篇不是2篇 and 廉政信息多记了1篇 read alone as
// a paper of no day, and 不好意思，刚才那条信息其实只有1篇 as today's paper, are the bot's count corrections once a paper is
// stored (and 「没有找到」 when none is: never a new paper).
// Before → after: none of these 35 messages reads differently in the parser; the changes are the dialog's.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_SIX_I_ROWS: CorpusRow[] = [
  ["张伟", "今天和王建过同志进行了廉政谈话", "廉谈 11-30 > ?unknown_counterpart"], // F4's report: 王建过 asked as 是不是王建国？
  ["张伟", "是不是王建国？", "-"], // F4: the button label typed; in the dialog the tap's answer (e2e)
  ["张伟", "是不是王建国", "-"], // F4: without ？
  ["张伟", "是王建国", "-"], // F4
  ["张伟", "对 是王建国", "-"], // F4
  ["张伟", "对，是王建国同志", "-"], // F4
  ["张伟", "是他", "-"], // F4
  ["刘芳", "是不是周涛？", "-"], // F4: another who-is-it label
  ["胡军", "报送廉政信息2篇", "信息 ? > ?missing_date"], // FB1's report: two papers, the day asked
  ["胡军", "11月27日报送廉政信息2篇", "!信息 11-27 > | 信息 11-27 >"], // FB1: two records
  ["胡军", "11月27日的信息报送应该是1篇，不是2篇", "!信息 11-27 > | 信息 11-27 >"], // FB1: the day named
  ["胡军", "刚才那个信息报送是1篇 不是2篇", "-"], // FB1: a count correction, no report (e2e: 请确认修改 withdrawing one)
  ["胡军", "刚才那个信息报送不是2篇，是1篇", "-"], // FB1
  ["胡军", "信息报送是1篇不是2篇", "信息 ? > ?missing_date"], // FB1
  ["胡军", "廉政信息多记了1篇", "信息 ? > ?missing_date"], // FB1
  ["胡军", "刚才报多了一篇", "-"], // FB1
  ["胡军", "不好意思，刚才那条信息其实只有1篇", "!信息 11-30 >"], // FB1
  ["林晓", "刚才那个检查是1次 不是2次", "-"], // FB1: 次
  ["胡军", "那就把第4条删掉", "-"], // FB1: the receipt's item (e2e)
  ["胡军", "第4条删了", "-"], // FB1
  ["胡军", "删掉第4条", "-"], // FB1
  ["胡军", "第4条不要了", "-"], // FB1
  ["胡军", "把第2条删了吧", "-"], // FB1
  ["胡军", "删第3条", "-"], // FB1
  ["胡军", "今天又报送了1篇廉政信息", "信息 11-30 >"], // FB1 near-miss: a new paper, a report
  ["冯雪", "11月27日在维权部开展了警示教育", "警示 11-27 >"], // FB2 report
  ["冯雪", "重复发了，不用再记", "-"], // FB2: the duplicate question's no (e2e)
  ["冯雪", "不用再记", "-"], // FB2
  ["冯雪", "发重了", "-"], // FB2
  ["冯雪", "多发了一次", "-"], // FB2
  ["冯雪", "重复了，不用记了", "-"], // FB2
  ["冯雪", "是同一次，不用再记", "-"], // FB2
  ["冯雪", "再记一条", "-"], // FB2: the yes, recorded again (e2e)
  ["冯雪", "11月27日在维权部又开展了一次警示教育", "警示 11-27 >"], // FB2 near-miss: another deed told, a report
  ["冯雪", "不用了，重复发了", "-"], // FB2
];
