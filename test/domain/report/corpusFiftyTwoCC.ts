// Round 52, fixer fwcc (issue 10): kinds round 52's fixer fwf left — dropped silently, or stored incomplete at once.
// 1. 林晓「按照通知上报廉政信息3篇」 · 「依照通知要求，上报廉政信息3篇」 · 「按照通知要求的时间报送廉政信息2篇」 were no report
//    at all. 上报 (上交 · 递交 · 呈报 · 报出) was no deed word without a day (only 报送/提交 were: parseGate's DEED), so after
//    any lead the papers were dropped as talk about the duty; 按照通知要求的时间 was cut 按照通知，要求的时间报送… and read as
//    urging others. Now a paper sent by any of those verbs is the deed (PAPER_SENT), the notice's 要求的时间/时限/格式 stays in
//    its lead, and 按照/根据/依照/遵照…要求/安排/部署 with no 通知, running straight into a verb of sending, is cut as the
//    purpose clause too (noticeFollowedApart's FOLLOWED_SENT). 督促各部室按照通知要求上报… stays whole (urged, no record).
// 2. 王建国「和孙丽进行了廉政谈话」 → 「是哪一天？」 → 「11月20日，还有11月25日也谈了一次」 kept 11-20 only, 11-25 dropped. A
//    further day after 还有 · 另外 · 此外 (…也/又谈了一次 · 各一次) is one more day of the deed asked: one record per day
//    (followUp's occasionDays). A dialog: test/e2e/moreDaysSigningFiftyTwoCC.test.ts; no rows here.
// 3. 王建国「11月28日签订了责任书」 was a 签订责任书 with nobody, stored at once. A leader's or the secretary's signing duty
//    counts the people signed with (duties.yaml pledge-sign, per subordinate), so their signing naming no one is asked
//    和谁 as a talk naming no one is, the supervised heads (the secretary's: the leaders) offered as buttons
//    (leaderSigningAsked). Only a 责任书/责任状 is asked: a 承诺书 (廉政承诺书 · 家庭助廉承诺书), a 个人/我的 paper, and a head's
//    or member's signing (their own pledge) keep today's reading.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_TWO_CC_ROWS: CorpusRow[] = [
  // 1. any verb of sending a paper after any 按照/根据/依照/遵照…(通知/要求/安排/部署) lead: that paper; near-misses after.
  ["林晓", "按照通知上报廉政信息3篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "依照通知要求，上报廉政信息3篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "按照通知要求的时间报送廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "按照通知要求上报廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "根据通知要求提交廉政信息1篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "按照通知要求报了2篇廉政信息", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "遵照通知精神上报廉政信息1篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "依照通知上报了廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "按照市纪委通知要求，上报廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "按照要求上报廉政信息3篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "按照要求，上报廉政信息3篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "根据市纪委要求上报廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "根据工作安排上报廉政信息1篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "遵照上级部署提交了廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "依照要求 上报廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "按照上级要求向市纪委报送廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "按照通知要求的时限上报廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "根据通知规定的时间报送了廉政信息1篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "11月27日按照通知要求上报廉政信息2篇", "!信息 11-27 > @办公室 | 信息 11-27 > @办公室"],
  ["林晓", "按照通知要求，11月27日上报廉政信息1篇", "!信息 11-27 > @办公室"],
  ["林晓", "根据市纪委安排，11月27日上报廉政信息1篇", "信息 11-27 > @办公室"],
  ["林晓", "昨天按照要求上报了廉政信息2篇", "!信息 11-29 > @办公室 | 信息 11-29 > @办公室"],
  ["林晓", "上周五按照通知要求的时间报送廉政信息2篇", "!信息 11-27 > @办公室 | 信息 11-27 > @办公室"],
  ["李明", "按照通知要求上报我科廉政信息1篇", "信息 ? > @办公室 ?missing_date"],
  ["孙丽", "根据通知要求，财务科上报廉政信息1篇", "信息 ? > @财务科 ?missing_date"],
  ["林晓", "今天按照通知上报廉政信息3篇", "!信息 11-30 > @办公室 | 信息 11-30 > @办公室 | 信息 11-30 > @办公室"],
  ["林晓", "按照要求，已递交廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "上报廉政信息3篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "按照通知要求，报送廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "按照通知要求报送廉政信息2篇", "信息 ? > @办公室 ?missing_date"],
  ["林晓", "督促各部室按照通知要求上报廉政信息", "-"],
  ["林晓", "要求各部室按时上报廉政信息", "-"],
  ["林晓", "通知各科室上报廉政信息", "-"],
  ["林晓", "按照通知要求，各部室需于12月10日前上报廉政信息", "-"],
  ["林晓", "今天收到信息报送通知", "-"],
  ["林晓", "今天下发了信息报送通知", "-"],
  ["林晓", "按照通知要求，准备上报廉政信息2篇", "-"],
  ["林晓", "按照通知要求，下周上报廉政信息", "-"],
  ["林晓", "按照通知要求需要上报廉政信息吗", "-"],
  ["林晓", "按照要求组织观看了警示教育片", "警示 ? > @- ?missing_date"],
  ["王建国", "按照党组安排，11月27日与孙丽进行了廉政谈话", "廉谈 11-27 >孙丽 @财务科"],
  // 3. a leader's or the secretary's 责任书 naming no one: asked 和谁; near-misses after (a 承诺书, one's own, a head's).
  ["王建国", "11月28日签订了责任书", "签责 11-28 > @- ?missing_counterpart"],
  ["王建国", "11月28日签订了党风廉政建设责任书", "签责 11-28 > @- ?missing_counterpart"],
  ["王建国", "昨天签了责任书", "签责 11-29 > @- ?missing_counterpart"],
  ["王建国", "11月28号签订廉政责任书", "签责 11-28 > @- ?missing_counterpart"],
  ["刘芳", "11月27日签订了党风廉政建设责任书", "签责 11-27 > @- ?missing_counterpart"],
  ["刘芳", "今天上午签了责任书", "签责 11-30 > @- ?missing_counterpart"],
  ["陈志强", "上周五签订了党风廉政建设目标责任书", "签责 11-27 > @- ?missing_counterpart"],
  ["赵敏", "11月26日签订了责任书", "签责 11-26 > @- ?missing_counterpart"],
  ["张伟", "11月28日签订了党风廉政建设责任书", "签责 11-28 > @- ?missing_counterpart"],
  ["王建国", "11月28日我签订了责任书", "签责 11-28 > @- ?missing_counterpart"],
  ["王建国", "11月28日 签订了 责任书", "签责 11-28 > @- ?missing_counterpart"],
  ["王建国", "11月28日签订了责任书，并进行了廉政谈话", "签责 11-28 > @- ?missing_counterpart | 廉谈 11-28 > @- ?missing_counterpart"],
  ["王建国", "11月28日进行了廉政谈话，签订了责任书", "廉谈 11-28 > @- ?missing_counterpart | 签责 11-28 > @- ?missing_counterpart"],
  ["王建国", "11月28日进行了廉政谈话", "廉谈 11-28 > @- ?missing_counterpart"],
  ["王建国", "11月28日进行了谈心谈话", "谈心 11-28 > @- ?missing_counterpart"],
  ["王建国", "11月28日进行了提醒谈话", "廉谈 11-28 > @- ?missing_counterpart"],
  ["林晓", "王建国副理事长11月28日签订了责任书", "签责 11-28 王建国> @- ?missing_counterpart"],
  ["王建国", "11月28日与孙丽签订了责任书", "签责 11-28 >孙丽 @财务科"],
  ["王建国", "11月28日和李明、孙丽签订了党风廉政建设责任书", "签责 11-28 >李明 @办公室 | 签责 11-28 >孙丽 @财务科"],
  ["王建国", "11月28日与分管科室负责人签订了责任书", "!签责 11-28 >李明 @办公室 | 签责 11-28 >孙丽 @财务科"],
  ["王建国", "11月28日签订了个人廉洁承诺书", "签责 11-28 > @-"],
  ["王建国", "11月28日签了我的廉洁承诺书", "签责 11-28 > @-"],
  ["孙丽", "11月28日签订了责任书", "签责 11-28 > @- ?missing_counterpart"],
  ["孙丽", "11月28日组织科室全体人员签订了廉洁承诺书", "!签责 11-28 >王强 @财务科 | 签责 11-28 >李娟 @财务科"],
  ["李娟", "11月28日签订了廉洁承诺书", "签责 11-28 > @-"],
  ["王建国", "11月28日起草了《党风廉政建设责任书》", "-"],
  ["王建国", "11月28日和他签订了责任书", "签责 11-28 > @- ?missing_counterpart"],
  ["张伟", "11月28日与班子成员签订了党风廉政建设责任书", "!签责 11-28 >王建国 @- | 签责 11-28 >刘芳 @- | 签责 11-28 >陈志强 @- | 签责 11-28 >赵敏 @-"],
  ["王建国", "11月28日和孙丽进行了廉政谈话", "廉谈 11-28 >孙丽 @财务科"],
  ["王建国", "11月28日签订了家庭助廉承诺书", "签责 11-28 > @-"],
  ["赵敏", "今天签订廉政承诺书", "签责 11-30 > @-"],
  ["王建国", "11月28日签订了党风廉政建设目标责任状", "签责 11-28 > @- ?missing_counterpart"],
];
