// Round 65, gei: loose words on a waiting card or about the latest record (t68a on main f8da23c5) — a field word naming
// whose name follows, filler words before 是和, a kind said back, who went along, 部门 as the sender's own, fillers around 不用记,
// a batch pointed at by the time of day.
// Findings before → after (clock of the dialog tests Mon 2026-12-07; test/e2e/looseWordsLatestSixtyFiveI.test.ts,
// cardAndBatchWordsSixtyFiveI.test.ts, waitingCardWordsSixtyFiveI.test.ts):
// B2. 赵敏「刚才那条活动人错了，是赵敏」 was a card changing the COUNTERPART: now the doer (the lead-in's field names the role;
// correctionsInWords); 「刚才那条活动人改成我」 (没看懂) → the doer becomes the sender (fieldChange's 我); 「刚才那条说错了 其实是
// 我找王磊谈的 张书记只是在场」 (没看懂) → the doer becomes the sender (OWN_DEED_LATEST). The parser reads none of them ('-').
// B5. 王芳「第3条其实是和王强谈的 不是孙丽」 was 「没有找到您最近上报的「其实」的记录」: now record 3's person → 王强
// (numberedCorrection's TALKED_WITH_NOT; restatedCorrection takes no filler word as the record's naming words). '-'.
// B1. 周涛「不对 还是廉政教育」 right after a change of his record stored a NEW bare 廉政教育: now the bot reads it as the kind
// correction of the latest record (correctLatest's KIND_BACK); the parser's reading alone is unchanged (a study, no day).
// B6–B8 on a waiting card (孙丽只是陪着来的 没跟她谈 · 第2条对象是部门全体人员 不光赵磊 · 最后两条先不用记 回头再报 · 第2条维权部那次
// 王强也去了 他是配合检查的): the card's readers; the parser reads none ('-').
// F5. 黄志刚's answer 「我带的队 王副理事长是一起去的」 to 是谁带队检查的？ named 王建国 the doer: now the sender, 王建国 along
// (followUp's SELF_LED). '-' alone.
// B9. 张伟「下午那个 赵敏晚上提前回来了 也补谈了」 asked the type: now one more record of the latest batch (madeUpWords'
// POINTED_TIME); the parser's reading alone is as before (赵敏, day and kind asked).
// Before → after: none of these rows reads differently in the parser; the changes are the bot's readers.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_FIVE_I_ROWS: CorpusRow[] = [
  // B2: the doer's field named, then who (错了，是X · 改成我), or the sender claiming the latest record's deed — no report.
  ["赵敏", "刚才那条活动人错了，是赵敏", "-"],
  ["赵敏", "刚才那条活动人错了 是赵敏", "-"],
  ["赵敏", "刚才那条活动人改成我", "-"],
  ["赵敏", "刚才那条活动人改为我本人", "-"],
  ["赵敏", "刚才那条负责人改成赵敏", "-"],
  ["赵敏", "刚才那条说错了 其实是我找王磊谈的 张书记只是在场", "-"],
  ["赵敏", "刚才那条说错了，其实是我和王磊谈的，张书记只是在场。", "-"],
  ["赵敏", "刚才那条记错了 是我跟王磊谈的 张书记不在", "-"],
  // B2 near-miss: 对象 names the other side, as before.
  ["张伟", "刚才那条对象错了，是赵敏", "-"],
  // B5: filler words (其实 · 确实 · 应该 · 好像) before 是和 on a numbered record — no report.
  ["王芳", "第3条其实是和王强谈的 不是孙丽", "-"],
  ["王芳", "第3条确实是和王强谈的，不是孙丽", "-"],
  ["王芳", "第3条应该是跟王强谈的 不是孙丽", "-"],
  ["王芳", "第2条好像是和胡军谈的 不是李娟", "-"],
  // B1: the kind said back — the parser's reading kept (the bot reads it after a record of the sender's).
  ["周涛", "不对 还是廉政教育", "廉教 ? > ?missing_date"],
  ["周涛", "不对，应该还是廉政教育", "廉教 ? > ?missing_date"],
  ["周涛", "不对 改回廉政教育", "-"],
  // B6: one talked to said to have come along only — no report.
  ["吴静", "孙丽只是陪着来的 没跟她谈", "-"],
  ["吴静", "孙丽只是陪着来的，没跟她谈。", "-"],
  // B7: 部门 as the sender's own, fillers around 不用记 — no report.
  ["冯雪", "第2条对象是部门全体人员 不光赵磊", "-"],
  ["冯雪", "第2条对象是本部门全体人员", "-"],
  ["冯雪", "最后两条先不用记 回头再报", "-"],
  ["冯雪", "最后两条暂时不用记，以后再说", "-"],
  ["冯雪", "第3条先不要 回头再报", "-"],
  // B8: one more went along on a numbered check — no report.
  ["林晓", "第2条维权部那次 王强也去了 他是配合检查的", "-"],
  ["林晓", "第2条 王强也去了", "-"],
  // F5: the sender led, the other along — an answer, no report alone.
  ["黄志刚", "我带的队 王副理事长是一起去的", "-"],
  ["黄志刚", "是我带队的 王建国陪同", "-"],
  // B9: a batch pointed at by the time of day — the parser's reading alone as before (the bot finds the batch).
  ["张伟", "下午那个 赵敏晚上提前回来了 也补谈了", "? ? >赵敏 ?missing_date,missing_type"],
  ["张伟", "下午那个，赵敏晚上提前回来了，也补谈了。", "? ? >赵敏 ?missing_date,missing_type"],
  ["张伟", "上午那批 陈志强下午回来了 也补谈了", "? 11-30 >陈志强 ?missing_type"],
  // Near-miss: a signing made up after a batch pointed at by the time of day stays the report the parser reads (confirmed).
  ["刘芳", "下午那个 郑华回来了 也补签了", "!签责 11-30 >郑华"],
];
