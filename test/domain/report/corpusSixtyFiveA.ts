// Round 65 (issue 10), fixer gea: stored records corrected in loose words — a denial first, someone else's report, a kind
// that does not fit; and one intent for "this kind does not fit".
// Findings before → after (clock of the dialog tests Mon 2026-12-07; test/e2e/storedCorrectionsLooseSixtyFiveA.test.ts):
// (a) 孙丽「不是王副理事长，那两份承诺书是我和王强签的」 about her stored 王建国–孙丽 and 王建国–王强 signings: the parser read a
// NEW signing 孙丽–王强 asked its day (the bot offered it). Now (doerClaimWords reads the stored doer denied first as the same
// claim said last) no report ('-'), and the bot shows ONE 孙丽–王强 on 请确认修改 replacing the two; 不是王建国签的 是我跟王强签的 ·
// 不是王副理事长 是我签的 和王强 · a talk · a check's 带队 likewise; a denial with nothing of the denied doer stored says 没有找到.
// (b) 冯雪「维权部那次算作风纪律检查吧」 about her stored 警示教育 film was a 请确认修改 card turning it into a check: now
// (kindFamilyUnfit, one intent for kindHedgeUnfit and kindAcrossFamilyUnfit) said a film is no check and asked; 改成/改为 too;
// within a family (算谈心谈话吧 after a 廉政谈话, 算廉政教育吧 after a film, a check for a check) the change card stands. The
// parser reads none of these as a report ('-', as before).
// (c) 刘芳「其实是我和郑华签的 不是周涛」 when 周涛 reported the signing 刘芳–周涛 was the generic help: now 请确认修改 naming who
// reported it (周涛12月6日报的); someone no side of it is told who may change it. The parser's reading ('-') is as before.
// Before → after: 11 of these rows read differently before (孙丽's denial first with a pointer after: a signing with 王强, or
// of 王建国's, or a talk of no type, asked its day); the rest are bot-level words the parser already left alone, and
// near-misses (new reports) that keep their reading.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_FIVE_A_ROWS: CorpusRow[] = [
  // (a) the stored doer denied first (不是X，那两份…是我和Y签的 · 不是X签的 是我跟Y签的 · 不是X 是我签的 和Y) — no report; near-misses with another doer or none said stay no report.
  ["孙丽", "不是王副理事长，那两份承诺书是我和王强签的", "-"],
  ["孙丽", "不是王副理事长 那两份承诺书是我跟王强签的", "-"],
  ["孙丽", "不是王副理事长，那两份承诺书其实是我和王强签的。", "-"],
  ["孙丽", "不是王建国签的 是我跟王强签的", "-"],
  ["孙丽", "不是王建国签的，是我跟王强签的", "-"],
  ["孙丽", "不是王副理事长 是我签的 和王强", "-"],
  ["孙丽", "不是王副理事长，是我签的，和王强一起", "-"],
  ["孙丽", "那两份不是王副理事长签的，是我和王强", "-"],
  ["孙丽", "那两份不是王副理事长签的 是我和王强", "-"],
  ["孙丽", "不是王副理事长签的，其实是我和王强签的。", "-"],
  ["孙丽", "不是王副理事长签的 是我和王强", "-"],
  ["孙丽", "不对 不是王副理事长 上周三那两份承诺书是我和王强签的", "-"],
  ["孙丽", "不是王副理事长，上周三那两份承诺书是我和王强签的", "-"],
  ["孙丽", "不是王副理事长，那两次谈话是我和王强谈的", "-"],
  ["孙丽", "不是王建国，那两份是我和王强签的", "-"],
  ["孙丽", "不是王副理事长签的，是我签的", "-"],
  ["孙丽", "不是王副理事长，那两份责任书是我和王强签的", "-"],
  ["孙丽", "不是王副理事长，那两份承诺书是我和李娟签的", "-"],
  ["孙丽", "不是王副理事长 那两份 是我和王强签的", "-"],
  ["孙丽", "并不是王副理事长签的，是我和王强签的", "-"],
  ["林晓", "不是黄书记带队，那次检查是我带队的", "-"],
  ["林晓", "不是黄书记带队 那次检查是我带队的", "-"],
  ["林晓", "不是黄志刚带队，那次是我带队的", "-"],
  ["刘芳", "不是周涛，那次是我和郑华签的", "-"],
  ["王强", "不是王副理事长，那两份是孙科长和我签的", "-"],
  ["孙丽", "不是王副理事长　那两份承诺书是我和王强签的", "-"],
  ["孙丽", "不是王副理事长，那两份承诺书是我和王强签的！", "-"],
  ["孙丽", "不是王建国签的，是我和王强签的，麻烦改一下", "-"],
  ["孙丽", "不是王建国 是我和王强签的", "-"],
  ["林晓", "不是黄书记带队的，那次检查是我带队的。", "-"],
  ["孙丽", "不是王副理事长签的，是陈副理事长", "-"],
  ["孙丽", "那两份不是王副理事长签的，是陈副理事长", "-"],
  ["孙丽", "不是王副理事长签的", "-"],
  // (b) a kind said of a pointed record (算…吧 · 应该算 · 改成 · 改为), across families or within one — no report (kindFamilyUnfit or correctLatest answers).
  ["冯雪", "维权部那次算作风纪律检查吧", "-"],
  ["冯雪", "维权部那次应该算作风纪律检查", "-"],
  ["冯雪", "维权部那次改成作风纪律检查", "-"],
  ["冯雪", "维权部那次改为作风纪律检查吧", "-"],
  ["冯雪", "维权部那次 算作风纪律检查吧", "-"],
  ["冯雪", "维权部那次算作风纪律检查吧。", "-"],
  ["冯雪", "12月2日那次算作风纪律检查吧", "-"],
  ["冯雪", "12月2日维权部那次算作风纪律检查吧", "-"],
  ["冯雪", "刚才那次算专项资金检查吧", "-"],
  ["冯雪", "那条改成作风纪律检查", "-"],
  ["冯雪", "维权部那次改成专项检查", "-"],
  ["冯雪", "维权部那次算廉政教育吧", "-"],
  ["冯雪", "维权部那次改成廉政教育", "-"],
  ["王建国", "和孙丽那次改成廉政教育", "-"],
  ["王建国", "和孙丽那次算廉政教育吧", "-"],
  ["王建国", "刚才那次算谈心谈话吧", "-"],
  ["王建国", "和孙丽那条改成谈心谈话", "-"],
  ["周涛", "今天那个会改成作风纪律检查", "-"],
  ["周涛", "今天那个会 算廉政教育吧", "-"],
  ["黄志刚", "维权部那次应该算作风纪律检查吧", "-"],
  ["黄志刚", "12月2日维权部那次改成作风纪律检查", "-"],
  ["黄志刚", "维权部那次改成专项资金检查", "-"],
  ["冯雪", "维权部那次 改成 作风纪律检查", "-"],
  ["冯雪", "维权部那次改成作风纪律检查吧！", "-"],
  ["冯雪", "维权部那次就算作风纪律检查吧", "-"],
  ["冯雪", "12月2日维权部那次改成作风纪律检查", "-"],
  ["王建国", "和孙丽那次算作风纪律检查吧", "-"],
  ["周涛", "今天那个会改成廉政谈话", "-"],
  // (c) the person of a record said to be another (其实是我和X签的 不是Y), whoever reported it — no report.
  ["刘芳", "其实是我和郑华签的 不是周部长", "-"],
  ["刘芳", "其实是和郑华签的，不是周涛", "-"],
  ["刘芳", "不是跟周涛 是跟郑华签的", "-"],
  ["刘芳", "其实是我跟郑华签的，不是周涛。", "-"],
  ["刘芳", "其实是我和郑华签的不是周涛", "-"],
  ["刘芳", "其实是跟郑华签的 不是跟周涛", "-"],
  ["王芳", "其实是和郑华签的 不是周涛", "-"],
  ["陈志强", "其实是我和冯雪签的 不是郑华", "-"],
  ["陈志强", "其实是和冯雪谈的 不是郑华", "-"],
  ["刘芳", "其实是我和郑华签的，不是周涛，麻烦改一下", "-"],
  // Near-misses: new reports keep their reading.
  ["冯雪", "11月24日组织维权部观看警示教育片", "警示 11-24 > @维权部"],
  ["冯雪", "11月24日到维权部开展了作风纪律检查", "作风 11-24 > @维权部"],
  ["黄志刚", "11月24日到维权部开展了专项资金检查", "资金 11-24 > @维权部"],
  ["林晓", "11月23日黄书记带队到财务科开展了作风纪律检查", "!作风 11-23 黄志刚> @财务科"],
  ["孙丽", "11月25日王副理事长和我、王强签了廉政承诺书", "!签责 11-25 王建国>孙丽 | 签责 11-25 王建国>王强"],
  ["王强", "上周三王副理事长和孙科长、我签了廉政承诺书", "!签责 11-25 王建国>王强 | 签责 11-25 王建国>孙丽"],
  ["周涛", "昨天刘副理事长和我签了责任书", "!签责 11-29 刘芳>周涛"],
  ["刘芳", "今天和郑华签订了责任书", "签责 11-30 >郑华"],
  ["王建国", "今天和孙丽进行了谈心谈话", "谈心 11-30 >孙丽"],
  ["孙丽", "不是在会议室签的，今天和王强签了承诺书", "签责 11-30 >王强"],
  ["陈志强", "今天和冯雪进行了廉政谈话，不是郑华", "廉谈 11-30 >冯雪"],
  ["冯雪", "今天组织维权部全体人员观看警示教育片，参加4人", "警示 11-30 > #4 @维权部"],
  ["冯雪", "今天到维权部开展了作风纪律检查", "作风 11-30 > @维权部"],
];
