// Round 61, fixer gaf (issue 10): changing a stored record's day or doer, and edits typed on a waiting card — not understood
// or wrong (t63a/t63b Part B).
// Findings before → after:
// 1. 郑华「刚才和陈静那次 不是上周四 是上周三」「和陈静那条不是1号 是2号单独谈的」, 张伟「和王建国那条不是昨天 是上周的 上周四」
// were 「没有在通讯录或活动类型里找到「上周四」「上周三」」 (the days looked up as names), the stored day left wrong. Now
// (daySwapCorrection) a 不是X是Y whose both sides are days (a deed's 单独谈的 after the right one set aside; a bare week 上周的 before
// the day dropped) is the day change, offered on the 请确认修改 card; a day still ahead is said, nothing changed.
// 2. 林晓「杨帆那次是王磊谈的不是我」 was 没看懂, 「刚才第2条撤了 杨帆那次是王磊谈的不是我」 a new talk of 杨帆 and 王磊 asked its kind.
// Now (storedDoerWords, storedDoerChange) the record named (by its person) whose doer the member is takes the doer said, on
// the 请确认修改 card; 第2条撤了 before it withdraws nothing and is said so. The parser reads no report (changesStoredRecord).
// 3. 黄志刚「林晓说上周五维权部那次检查 她没去 是我一个人去的」 was 没看懂. Now (companionAbsentWords, storedCompanionAbsent) the
// named check's companion is taken off on the card, or — as 和林晓到维权部检查 keeps 林晓 only as the receipt's remark — said
// never recorded, nothing changed.
// 4. 王芳「撤销张书记和王建国那条」 looked only in her latest report (「您最近一次上报…里没有找到」). Now the records she reported in
// the last 92 days are searched and the one found is offered with 撤销 (a typed 撤销 withdraws it), nothing withdrawn unasked.
// 5. On a waiting card 「还有办公室李明主任，漏了」「对象加上李明」「把孙丽科长也加上」 were 「这条消息没有记录」: now
// (cardPersonAddedWords) one more record like the card's; 「对 没问题」「可以，确认」 on a 请确认修改 or 请确认 card were the card
// again: now (confirmationSaid) a yes said in more words confirms it; 「对了，还有一件事」 and 「对 是廉政谈话」 are no yes.
// Left as today: 「谈话也是张书记谈的，不是我」 on a card changes the card's talk's doer (it already did); 「不对 是廉政谈话 徐辉也在场」
// says 徐辉 back, not added; 「只查了财务科，办公室没去」 narrows the card (all three already so; alone they ask, so not rows here).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_ONE_F_ROWS: CorpusRow[] = [
  // 1. t63a/t63b Part B: 不是D1是D2 of a stored record named by its person (weekdays, bare days, 11.20, a week before the day, voice spaces, 单独谈的/签的 after the day; a day ahead): no report (correctLatest changes the record on a 确认 card).
  ["郑华", "刚才和陈静那次 不是上周四 是上周三", "-"],
  ["郑华", "和陈静那条不是1号 是2号单独谈的", "-"],
  ["张伟", "和王建国那条不是昨天 是上周的 上周四", "-"],
  ["郑华", "刚才和陈静那次，不是上周四，是上周三", "-"],
  ["郑华", "和陈静那次不是周四 是周三谈的", "-"],
  ["郑华", "刚才和陈静那条 不是11月26日 是11月25日", "-"],
  ["郑华", "和陈静那条不是26号是25号", "-"],
  ["郑华", "和陈静那次不是26号，是25号单独谈的", "-"],
  ["张伟", "刚才和王建国那条 不是昨天 是前天", "-"],
  ["张伟", "和王副理事长那条不是昨天 是上周四谈的", "-"],
  ["张伟", "和王建国那条不是昨天 是上周的 周四", "-"],
  ["何平", "和孙杰那条不是上周三 是上周二", "-"],
  ["何平", "和孙杰那次不是24号 是23号", "-"],
  ["孙丽", "和王强那条不是11.20 是11.19", "-"],
  ["孙丽", "和王强那次 不是20号 是19号签的", "-"],
  ["周涛", "和张颖那条不是上周五 是上周四谈的", "-"],
  ["冯雪", "和赵磊那次不是前天 是大前天", "-"],
  ["郑华", "和陈静那条不是上周四 是下周三", "-"],
  ["张伟", "和王建国那条不是昨天 是明天", "-"],
  // 2. A stored record's doer: <person>那次是X谈的不是我 (第2条撤了 before it, titles, 麻烦改一下): no report (storedDoerChange).
  ["林晓", "杨帆那次是王磊谈的不是我", "-"],
  ["林晓", "刚才第2条撤了 杨帆那次是王磊谈的不是我", "-"],
  ["林晓", "孙杰那次是何平谈的不是我", "-"],
  ["林晓", "孙杰那次是何平谈的，不是我", "-"],
  ["林晓", "和孙杰那条 不是我谈的 是何主任谈的", "-"],
  ["林晓", "杨帆那条不是我谈的，是王部长谈的", "-"],
  ["林晓", "杨帆那次其实是王磊谈的", "-"],
  ["林晓", "刚才第二条撤了 杨帆那次是王磊谈的 不是我", "-"],
  ["王芳", "胡军那次是李主任谈的不是我", "-"],
  ["王芳", "胡军那次是李明主任谈的，不是我，麻烦改一下", "-"],
  ["李娟", "王强那次是孙科长谈的不是我", "-"],
  // 3. A stored check's companion said not there (relayed 林晓说…她没去, 是我一个人去的): no report (storedCompanionAbsent).
  ["黄志刚", "林晓说上周五维权部那次检查 她没去 是我一个人去的", "-"],
  ["黄志刚", "上周五维权部那次检查林晓没去，是我一个人去的", "-"],
  ["黄志刚", "11.27那次检查 林晓没参加", "-"],
  ["黄志刚", "林晓说上周五那次 她没去", "-"],
  ["黄志刚", "林晓说11月26日财务科那次检查她没去 是我一个人查的", "-"],
  // 4. A clerk withdrawing a leader's record reported before her latest report: no report (dropNamedRecord searches what she reported).
  ["王芳", "撤销张书记和王建国那条", "-"],
  ["王芳", "撤销张书记和王建国的那条谈话", "-"],
  ["王芳", "张书记和王建国那条删掉吧 记错了", "-"],
  ["王芳", "撤销11月20日张书记和王建国那条", "-"],
  // 5. Typed on a waiting card: the person added (还有…漏了 · 对象加上… · 把…加上 · 漏了…), a yes in more words (对 没问题), a doer or a kind said — alone, no report; 对 是廉政谈话 / 谈话也是张书记谈的 / 徐辉也在场 alone ask what is missing.
  ["张伟", "还有办公室李明主任，漏了", "-"],
  ["张伟", "还有李明主任 漏了", "-"],
  ["张伟", "对象加上李明", "-"],
  ["张伟", "对象再加上孙丽科长", "-"],
  ["张伟", "把孙丽科长也加上", "-"],
  ["张伟", "把李明加进去", "-"],
  ["张伟", "漏了李明主任", "-"],
  ["张伟", "还漏了孙丽", "-"],
  ["何平", "对 没问题", "-"],
  ["何平", "对，没问题", "-"],
  ["何平", "可以 确认", "-"],
  ["何平", "好的 就这样改吧", "-"],
  ["何平", "是的 没错", "-"],
  ["何平", "没问题 改吧", "-"],
  ["何平", "对没问题", "-"],
  ["何平", "嗯嗯 可以", "-"],
  ["何平", "对了，还有一件事", "-"],
  ["黄志刚", "只查了财务科，办公室没去", "-"],
  ["林晓", "孙杰那条 不是我谈的 是何平谈的", "-"],
  ["张伟", "还有孙丽科长，漏了", "-"],
  ["何平", "对，没问题，谢谢", "-"],
  // 6. Near-misses that stay reports: the days and people of the rows above told as new deeds, and 对了/还有一件事 that is no yes.
  ["郑华", "11月25日和陈静进行了谈心谈话", "谈心 11-25 >陈静"],
  ["何平", "上周二和孙杰进行了提醒谈话", "廉谈 11-24 >孙杰"],
  ["林晓", "11月25日王磊和杨帆进行了廉政谈话", "!廉谈 11-25 王磊>杨帆"],
  ["孙丽", "11.19和王强签订了党风廉政建设责任书", "签责 11-19 >王强"],
  ["黄志刚", "11月26日和林晓到财务科开展了作风纪律检查", "!作风 11-26 > @财务科"],
  ["郑华", "上周三和陈静单独谈了一次 廉政谈话", "廉谈 11-25 >陈静"],
  ["林晓", "王磊上周二和杨帆谈的话 是廉政谈话", "!廉谈 11-24 王磊>杨帆"],
  ["周涛", "上周四和张颖进行了谈心谈话", "谈心 11-26 >张颖"],
  ["冯雪", "大前天和赵磊进行了廉政谈话", "!廉谈 11-27 >赵磊"],
  ["何平", "11.23和孙杰进行了提醒谈话", "廉谈 11-23 >孙杰"],
  ["张伟", "上周四和王建国副理事长进行了廉政谈话", "廉谈 11-26 >王建国"],
  ["张伟", "还有一件事要说", "-"],
  ["张伟", "对了 下周和李明谈话", "-"],
];
