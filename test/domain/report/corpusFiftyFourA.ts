// Round 54, fixer fja (issue 10): a typed correction of a record already stored, read as a change of it, never a new one.
// Findings (dialog proof in test/e2e/storedCorrectionFiftyFourA.test.ts): 1. a report restated with 之前报的/刚才/上次报的…写错了 ·
// 报错了 · 以这条为准 · 更正： was stored at once as a second record (or offered on a duplicate card); now restatedSlip marks it
// (ConfirmReason `restated`: a card when nothing is stored) and the bot's restatedReportChange changes the stored record of its
// type on its day (else the latest of its type) on the 请确认修改 card with the fields that differ — nothing differing, none
// found, or another's record (李娟 restating 孙丽's) said, never stored. 2. 刚才说的是和李娟谈心 stored a new talk; the talk noun
// after the person (谈心 · 谈话 · 谈心谈话) is now the restating correctionsInWords reads, and 刚才 + only changes is no report
// (哦 before, a voice space after 刚才 too). 3. 刚才报的那次警示教育其实是上周五 with only a 党课 stored moved the 党课; a kind
// the pointer names that the latest report does not hold is said, what was stored offered as a question. 4. 和张颖的谈心谈话
// 改到周三 with that talk stored (the day past) is a change of its day; a day ahead, or none stored, stays the plan reply.
// 5. 撤销党组会议 (no day) was 没看懂; a kind noun of one type (党组会议) finds the member's such records, as with a day.
// Rows here are the single-message readings (no record stored): a restated report is shown on a card (`!`), a bare
// correction is no report (`-`); near-misses with no slip word keep today's reading.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_FOUR_A_ROWS: CorpusRow[] = [
  // 1. A report restated with a slip owned: a card when nothing is stored (the bot changes the stored one when there is).
  ["孙丽", "昨天财务科组织观看警示片，7人参加，之前报的写错了", "!警示 11-29 > #7 @财务科"],
  ["孙丽", "今天上午组织科室观看警示片，刚才写错了", "!警示 11-30 > @财务科"],
  ["李娟", "昨天组织观看警示教育片，8人参加，上次报的人数写错了", "!警示 11-29 孙丽> #8"],
  ["孙丽", "不好意思，之前报的人数写错了，昨天观看警示片是7人参加，麻烦改一下", "!警示 11-29 > #7"],
  ["孙丽", "11月27日组织观看警示教育片，7人参加，以这条为准", "!警示 11-27 > #7"],
  ["孙丽", "昨天组织财务科观看警示教育片 7人参加 之前报的写错了", "!警示 11-29 > #7 @财务科"],
  ["孙丽", "上周五组织科室集中学习《廉洁自律准则》，9人参加，刚才报的日期写错了", "!廉教 11-27 > 《廉洁自律准则》 #9 @财务科"],
  ["孙丽", "昨天组织财务科学习了《纪律处分条例》，8人参加，上次报错了", "!廉教 11-29 > 《纪律处分条例》 #8 @财务科"],
  ["孙丽", "11月26日组织观看警示教育片《迷途》，6人参加，以此为准", "!警示 11-26 > 《迷途》 #6"],
  ["孙丽", "昨天观看警示片，7人参加啊，之前写错了", "!警示 11-29 > #7"],
  ["孙丽", "昨天组织观看警示片七人参加，之前报的人数不对", "!警示 11-29 > #7"],
  ["孙丽", "哦，刚才写错了，昨天组织观看警示片是7人参加", "!警示 11-29 > #7"],
  ["张颖", "11月25日组联部组织观看警示教育片，10人参加，前面那条写错了", "!警示 11-25 周涛> #10 @组联部"],
  ["王强", "昨天和王芳进行了谈心谈话，之前报的对象写错了", "!谈心 11-29 >王芳"],
  ["刘芳", "11月27日讲了一堂廉政党课，刚才报的日期写错了", "!党课 11-27 >"],
  ["李娟", "昨天观看警示片是7人参加，之前报的写错了", "!警示 11-29 孙丽> #7"],
  ["李娟", "孙科长昨天组织观看警示片，实际7人参加，上次报的人数写错了", "!警示 11-29 孙丽> #7"],
  // Near-misses: a new report with no slip word is recorded at once; 写错 inside the deed's content is no slip.
  ["孙丽", "昨天组织财务科观看警示教育片，7人参加", "警示 11-29 > #7 @财务科"],
  ["孙丽", "11月27日组织观看警示教育片，7人参加", "警示 11-27 > #7"],
  ["孙丽", "昨天组织观看警示片，7人参加，片子里的案例都写错了账", "警示 11-29 > #7"],
  ["刘芳", "上周五组织观看了警示教育片", "警示 11-27 >"],
  // 2. The person of the talk just reported, said again: no report (correctLatest changes the stored talk on a card).
  ["王强", "刚才说的是和李娟谈心", "-"],
  ["王强", "我刚才说的是和李娟", "-"],
  ["王强", "刚才说的是和李娟谈心谈话", "-"],
  ["王强", "哦 刚才 说的是跟李娟谈话", "-"],
  ["王强", "我刚才说的是跟李娟谈的", "-"],
  ["王强", "刚才说的是和李娟谈的", "-"],
  ["王强", "说错了，是跟李娟谈的", "? ? >李娟 ?missing_type,missing_date"],
  // Near-misses: a talk held just now (刚才 as its time) is a report.
  ["王强", "昨天和李娟进行了谈心谈话", "谈心 11-29 >李娟"],
  ["王强", "刚才和李娟谈心了", "谈心 11-30 >李娟"],
  ["王强", "刚才和李娟进行了谈心谈话", "谈心 11-30 >李娟"],
  // 3. A correction pointing at a kind: no report (the bot says when the latest report holds no such record).
  ["刘芳", "刚才报的那次警示教育其实是上周五", "-"],
  ["刘芳", "刚才报的那次党课其实是上周五", "-"],
  // 4. 改到 + a day: no report here (周三 is ahead on this Monday; the bot changes a stored past one).
  ["王强", "和张颖的谈心谈话改到周三", "-"],
  ["王强", "和张颖的谈心谈话改到下周三", "-"],
  ["王强", "原定周四和张颖的谈心谈话改到周五", "-"],
  // 5. 撤销 a 党组会议 with or without its day: no report; a meeting held is recorded.
  ["张伟", "撤销党组会议", "-"],
  ["张伟", "撤销12月1日的党组会议", "-"],
  ["张伟", "今天主持召开党组会议，专题研究党风廉政建设工作", "专题 11-30 >"],
];
