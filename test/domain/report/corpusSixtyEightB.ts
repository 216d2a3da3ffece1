// Round 68, helper ghb (issue 10): counted summaries — totals against listed items, notes on some items, a whole month's days.
// Findings (t70b on the round-67 merge, its clock Tue 2026-12-08): 林晓「11月份纪检工作小结：本月共开展作风纪律检查3次，其中上班纪
// 律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。」 was a card of four checks — the three listed and a fourth of no
// day made from the total; without the title the same text read three. The title's colon (or a voice space after it) now
// opens the sub-kind lead as a line start does (subtotalOverItems: withSubKindBreakdown), so the parts that sum to the total
// are the records and a total unlike them is said on the card (消息说共4次…写明日期的有3次), never padded; 上周四 · 前天 in
// the brackets are days too (they were dropped: 11月5日 alone kept). A talk breakdown 其中我与徐辉谈话1次（10月15日）… is read
// with its 我 (countedLeadOverBreakdown; was a talk of no one and three untyped). 胡军「本月办公室谈心谈话2人次、警示教育1次」
// read 「本月办公室」 as one unit name with no span, so not a total: 李明's talk asked its day and person, the film its day; a
// unit's name now holds no 月/周/年/季 (periodTotal) and the totals reply asks for the deeds. A bare total under an account's
// title (11月份纪检工作小结：本月共开展作风纪律检查3次) is the same total (was one check asked its day). 张颖「11月份组联部报送廉政
// 信息2条，其中被市纪委网站采用1条。」 kept 「其中被市纪委网站采用」 on every paper; the note is now 「其中1条被市纪委网站采用」 on the
// first only (adoptedPaperNote + partNoteOnce; the dialog's copies too: test/e2e/countedSummariesSixtyEightB.test.ts, with
// 「具体哪天记不清了 都是11月份报的」 answered by dayNotRemembered and 「都算11月30日吧」 giving both papers the day).
// Before → after: 58 of these 72 rows read differently on main (d9ad6b3c; marked // was …); the others are near-misses and
// variants read as before. Old labels changed: corpusSixtyF (林晓's 本月纪检监督情况 heading, its leftover), corpusSixtyOneB
// (报告：办公室本月组织廉政教育2次) and corpusSixtyTwoA (本月我科廉政教育2次): both totals now, as round 64 gdb's rule has it.
// Left as today: a plan with its parts (本月计划开展作风纪律检查3次，其中上班纪律检查2次…: a check asked its day), 本月办公室计划
// 开展谈心谈话2人次、警示教育1次 (the film asked its day), a running total with this month's part (截至目前…共开展作风纪律检查9次，
// 其中本月3次: one check asked its day), dotted days in a talk breakdown's brackets (其中我和刘洋谈话2次（11.9、11.23）: untyped
// talks and a remainder asked), a sub-kind's check words as the note of one check (财务报销检查).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_EIGHT_B_ROWS: CorpusRow[] = [
// t70b's kind: a titled account's total over sub-kinds with their days in （）: the parts sum to the total, no remainder.
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（11.5、11.19），公车使用情况检查1次（11.26）。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（5日、19日），公车使用情况检查1次（26日）。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["林晓", "11月份紀檢工作小結：本月共開展作風紀律檢查3次，其中上班紀律檢查2次（11月5日、11月19日），公車使用情況檢查1次（11月26日）。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["林晓", "11月份纪检工作小结 本月共开展作风纪律检查3次 其中上班纪律检查2次（11月5日、11月19日） 公车使用情况检查1次（11月26日）", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、11月19日）、公车使用情况检查1次（11月26日）。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 >
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次，其中：上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["林晓", "纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["林晓", "10月份纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（10月9日、10月22日），公车使用情况检查1次（10月28日）。", "!作风 10-09 > | 作风 10-22 > | 作风 10-28 >"],  // was 作风 ? > ?missing_date | 作风 10-09 > | 作风 10-22 > | 作风 10-28 >
  ["林晓", "上月纪检工作小结：共开展作风纪律检查3次，其中上班纪律检查2次（10月9日、10月22日），公车使用情况检查1次（10月28日）。", "!作风 10-09 > | 作风 10-22 > | 作风 10-28 >"],  // was !作风 10-09 > | 作风 10-09 > | 作风 10-22 > | 作风 10-28 >
  ["黄志刚", "11月份机关纪委工作小结：本月共开展作风纪律检查3次，其中节前廉洁纪律检查1次（11月6日），上班纪律检查2次（11月13日、11月27日）。", "!作风 11-06 > | 作风 11-13 > | 作风 11-27 >"],  // was 作风 ? > ?missing_date | 作风 11-06 > | 作风 11-13 > | 作风 11-27 >
  ["黄志刚", "11月份机关纪委工作情况：本月共开展作风纪律检查2次，其中上班纪律检查1次（11月13日），公车使用情况检查1次（11月27日）。", "!作风 11-13 > | 作风 11-27 >"],  // was 作风 ? > ?missing_date | 作风 11-13 > | 作风 11-27 >
  ["王芳", "11月份办公室工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。", "!作风 11-05 李明> | 作风 11-19 李明> | 作风 11-26 李明>"],  // was 作风 ? 李明> ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日），发现问题2个。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["黄志刚", "11月份机关纪委工作小结：本月共开展作风纪律检查3次，其中上班纪律检查1次（11月13日），公车使用情况检查1次（11月20日），节前廉洁纪律检查1次（11月27日）。", "!作风 11-13 > | 作风 11-20 > | 作风 11-27 >"],  // was 作风 ? > ?missing_date | 作风 11-13 > | 作风 11-20 > | 作风 11-27 >
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、上周四），公车使用情况检查1次（前天）。", "!作风 11-05 > | 作风 11-26 > | 作风 11-28 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-28 >
  ["林晓", "本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、上周四），公车使用情况检查1次（前天）。", "!作风 11-05 > | 作风 11-26 > | 作风 11-28 >"],  // was !作风 11-05 >
// Totals larger or smaller than the parts: the listed checks, the count weighed on the card, no check made up or dropped.
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查4次，其中上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查2次，其中上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 > | 作风 11-26 >
  ["林晓", "纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、11月19日），另有1次公车检查日期待补。", "!作风 11-05 > | 作风 11-19 >"],  // was 作风 ? > ?missing_date | 作风 11-05 > | 作风 11-19 >
// Education totals over 集中学习 / 观看警示片 parts under 10月份 · 上月 · 11月份 headings; the days with 分别 or all in （）.
  ["徐辉", "11月份中心工作小结：本月共开展廉政教育3次，其中集中学习2次（11月11日、11月25日），观看警示教育片1次（11月18日）。", "!廉教 11-11 何平> | 廉教 11-25 何平> | 警示 11-18 何平>"],  // was 廉教 ? 何平> ?missing_date | ? 11-11 > ?missing_type | ? 11-25 > ?missing_type | 警示 11-18 何平>
  ["徐辉", "11月份中心工作小结：本月共开展廉政教育3次，其中集中学习2次（11月11日、11月25日），观看警示教育片1次（11月18日，《蛀虫》）。", "!廉教 11-11 何平> | 廉教 11-25 何平> | 警示 11-18 何平> 《蛀虫》"],  // was 廉教 ? 何平> ?missing_date | ? 11-11 > ?missing_type | ? 11-25 > ?missing_type | 警示 11-18 何平> 《蛀虫》
  ["何平", "10月份康复中心工作小结：本月共开展廉政教育2次，其中集中学习1次（10月14日），观看警示片1次（10月28日）。", "!廉教 10-14 > | 警示 10-28 >"],  // was 廉教 ? > ?missing_date | ? 10-14 > ?missing_type | 警示 10-28 >
  ["何平", "上月中心工作小结：共开展廉政教育3次，其中集中学习2次（10月14日、10月21日），观看警示片1次（10月28日）。", "!廉教 10-14 > | 廉教 10-21 > | 警示 10-28 >"],
  ["周涛", "11月份组联部小结：本月共组织廉政教育3次，其中集中学习2次（11月4日、11月18日），观看警示教育片1次（11月25日）。", "!廉教 11-04 > | 廉教 11-18 > | 警示 11-25 >"],  // was 廉教 ? > ?missing_date | ? 11-04 > ?missing_type | ? 11-18 > ?missing_type | 警示 11-25 >
  ["周涛", "11月份组联部工作小结：本月共组织廉政教育3次，其中集中学习2次（11月4日、11月18日），观看警示教育片1次（11月25日），参加9人。", "!廉教 11-04 > | 廉教 11-18 > | 警示 11-25 > #9"],  // was 廉教 ? > ?missing_date | ? 11-04 > ?missing_type | ? 11-18 > ?missing_type | 警示 11-25 > #9
  ["孙丽", "财务科11月份工作小结：本月共开展作风纪律检查2次，其中财务报销检查1次（11月10日），公务接待检查1次（11月24日）。", "!作风 11-10 > | 作风 11-24 >"],  // was 作风 ? > ?missing_date | 作风 11-24 >
  ["杨帆", "11月份宣文部工作小结：本月共开展廉政教育3次，其中集中学习2次（11月5日、11月19日），观看警示教育片1次（11月26日），参加12人。", "!廉教 11-05 王磊> | 廉教 11-19 王磊> | 警示 11-26 王磊> #12"],  // was 廉教 ? 王磊> ?missing_date | ? 11-05 > ?missing_type | ? 11-19 > ?missing_type | 警示 11-26 王磊> #12
  ["赵磊", "11月份维权部工作小结：本月共开展廉政教育2次，其中集中学习1次（11月12日），观看警示教育片1次（11月26日）。", "!廉教 11-12 冯雪> | 警示 11-26 冯雪>"],  // was 廉教 ? 冯雪> ?missing_date | ? 11-12 > ?missing_type | 警示 11-26 冯雪>
  ["陈静", "11月份教就部工作小结：本月共开展廉政教育3次，其中集中学习2次（11.3、11.17），观看警示片1次（11.24）。", "!廉教 11-03 郑华> | 廉教 11-17 郑华> | 警示 11-24 郑华>"],  // was 廉教 ? 郑华> ?missing_date | ? 11-03 > ?missing_type | ? 11-17 > ?missing_type | 警示 11-24 郑华>
  ["冯雪", "11月份维权部工作总结：本月共开展廉政教育3次，其中集中学习2次（11月2日、11月16日），观看警示教育片1次（上周三）。", "!廉教 11-02 > | 廉教 11-16 > | 警示 11-25 >"],  // was 廉教 ? > ?missing_date | ? 11-02 > ?missing_type | ? 11-16 > ?missing_type | 警示 11-25 >
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次，分别是11月5日、11月19日、11月26日。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次（11月5日、11月19日、11月26日）。", "作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],
  ["郑华", "11月份教就部工作小结：本月共开展廉政教育2次，其中集中学习1次（11月10日），观看警示教育片1次（11月24日），参加8人。", "!廉教 11-10 > | 警示 11-24 > #8"],  // was 廉教 ? > ?missing_date | ? 11-10 > ?missing_type | 警示 11-24 > #8
  ["吴静", "康复部11月份工作小结：本月共开展廉政教育3次，其中集中学习2次（11月6日、11月20日），观看警示片1次（11月27日）。", "!廉教 11-06 > | 廉教 11-20 > | 警示 11-27 >"],  // was 廉教 ? > ?missing_date | ? 11-06 > ?missing_type | ? 11-20 > ?missing_type | 警示 11-27 >
  ["王磊", "11月份宣文部工作情况：本月共开展廉政教育3次，其中集中学习1次（11月5日），观看警示教育片2次（11月12日、11月26日）。", "!廉教 11-05 > | 警示 11-12 > | 警示 11-26 >"],  // was 廉教 ? > ?missing_date | ? 11-05 > ?missing_type | 警示 11-12 > | 警示 11-26 >
// Talk totals over 其中我与X谈话N次（days）: the sender's talks on their days, no talk of no one for the total.
  ["何平", "本月共开展谈心谈话3人次，其中我与徐辉谈话1次（11月15日），与孙杰谈话2次（11月16日、11月29日）。", "!谈心 11-15 >徐辉 | 谈心 11-16 >孙杰 | 谈心 11-29 >孙杰"],  // was 谈心 ? > ?missing_date,missing_counterpart | ? 11-15 >徐辉 ?missing_type | ? 11-16 >孙杰 ?missing_type | ? 11-29 >孙杰 ?missing_type
  ["何平", "10月份中心工作小结：本月共开展谈心谈话3人次，其中我与徐辉谈话1次（10月15日），与孙杰谈话2次（10月16日、10月29日）。", "!谈心 10-15 >徐辉 | 谈心 10-16 >孙杰 | 谈心 10-29 >孙杰"],  // was 谈心 ? > ?missing_date,missing_counterpart | ? 10-15 >徐辉 ?missing_type | ? 10-16 >孙杰 ?missing_type | ? 10-29 >孙杰 ?missing_type
  ["周涛", "上月组联部工作小结：共开展谈心谈话2人次，其中我与张颖谈话2次（10月13日、10月27日）。", "谈心 10-13 >张颖 | 谈心 10-27 >张颖"],  // was 谈心 10-13 > ?missing_counterpart | ? 10-13 >张颖 ?missing_type | ? 10-27 >张颖 ?missing_type
  ["周涛", "上月组联部工作小结：共开展谈心谈话3人次，其中我与张颖谈话2次（10月13日、10月27日）。", "!谈心 10-13 >张颖 | 谈心 10-27 >张颖"],  // was 谈心 10-13 > ?missing_counterpart | ? 10-13 >张颖 ?missing_type | ? 10-27 >张颖 ?missing_type
  ["冯雪", "11月份维权部工作小结：本月共开展谈心谈话2人次，其中我与赵磊谈话2次（11月10日、11月24日）。", "!谈心 11-10 >赵磊 | 谈心 11-24 >赵磊"],  // was 谈心 ? > ?missing_date,missing_counterpart | ? 11-10 >赵磊 ?missing_type | ? 11-24 >赵磊 ?missing_type
// 其中被市纪委网站采用1条: the part's count kept in the note (其中1条被…采用), on one paper only.
  ["张颖", "11月份组联部报送廉政信息2条，其中被市纪委网站采用1条。", "信息 ? 周涛> ?missing_date"],
  ["张颖", "11月份组联部报送廉政信息2条，其中1条被市纪委网站采用。", "信息 ? 周涛> ?missing_date"],
  ["胡军", "11月份办公室报送廉政信息3篇，其中被市纪委网站采用2篇。", "信息 ? 李明> ?missing_date"],
  ["张颖", "11月5日、11月20日组联部各报送廉政信息1条，其中被市纪委网站采用1条。", "信息 11-05 > | 信息 11-20 >"],
  ["杨帆", "11月20日报送廉政信息2条，其中被市纪委网站采用1条。", "!信息 11-20 > | 信息 11-20 >"],
// Bare monthly counts with the unit between the span and the kinds (t70b 胡军): a total, no record; the deeds asked one by one.
  ["胡军", "本月办公室谈心谈话2人次、警示教育1次", "-"],  // was 谈心 ? 李明> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
  ["胡军", "本月办公室谈心谈话2人次，警示教育1次。", "-"],  // was 谈心 ? 李明> ?missing_date,missing_counterpart | 谈心 ? 李明> ?missing_counterpart,missing_date | 警示 ? > ?missing_date
  ["王芳", "本月办公室廉政谈话3人次、警示教育1次", "-"],  // was 廉谈 ? 李明> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
  ["陈静", "本月教就部谈心谈话4人次、警示教育1次", "-"],  // was 谈心 ? 郑华> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
  ["赵磊", "上月维权部谈心谈话2人次、警示教育1次", "-"],  // was 谈心 ? 冯雪> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
  ["胡军", "11月份办公室工作小结：本月办公室谈心谈话2人次、警示教育1次", "-"],  // was 谈心 ? 李明> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
  ["孙杰", "本月康复中心谈心谈话3人次、警示教育1次", "-"],  // was 谈心 ? 何平> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
  ["李娟", "本月财务科谈心谈话2人次、廉政教育1次", "-"],  // was 谈心 ? 孙丽> ?missing_date,missing_counterpart | 廉教 ? > ?missing_date
  ["刘洋", "本月康复部谈心谈话2人次、警示教育1次、廉政教育1次", "-"],  // was 谈心 ? 吴静> ?missing_date,missing_counterpart | 警示 ? > ?missing_date | 廉教 ? > ?missing_date
  ["张颖", "本月组联部廉政谈话2人次、警示教育1次", "-"],  // was 廉谈 ? 周涛> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
  ["胡军", "本月 办公室 谈心谈话2人次 警示教育1次", "-"],  // was 谈心 ? 李明> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
  ["胡军", "本月辦公室談心談話2人次、警示教育1次", "-"],  // was 谈心 ? 李明> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
  ["杨帆", "上月宣文部谈心谈话3人次、警示教育1次", "-"],  // was 谈心 ? 王磊> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
// A titled account over a bare total: the total it heads, as without the title.
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次。", "-"],  // was 作风 ? > ?missing_date
  ["林晓", "11月份纪检工作小结：本月共开展作风纪律检查3次、警示教育1次。", "-"],  // was 作风 ? > ?missing_date | 警示 ? > ?missing_date
  ["徐辉", "10月份中心工作情况：本月中心开展谈心谈话4人次", "-"],  // was 谈心 ? 何平> ?missing_date,missing_counterpart
  ["周涛", "上月组联部工作小结：共开展谈心谈话3人次、廉政谈话1人次", "-"],  // was 谈心 ? > ?missing_date,missing_counterpart
  ["徐辉", "11月份中心工作小结：本月中心谈心谈话4人次、警示教育1次", "-"],  // was 谈心 ? 何平> ?missing_date,missing_counterpart | 警示 ? > ?missing_date
  ["林晓", "上月纪检工作小结：共开展作风纪律检查4次。", "-"],  // was 作风 ? > ?missing_date
  ["孙丽", "财务科11月份工作小结：本月共开展作风纪律检查2次。", "-"],  // was 作风 ? > ?missing_date
// Near-misses: a plan, a running total, one deed with its unit (asked its day, as before).
  ["林晓", "本月计划开展作风纪律检查3次", "-"],
  ["林晓", "11月份纪检工作小结：本月计划开展作风纪律检查3次。", "-"],
  ["林晓", "截至目前共开展作风纪律检查5次", "-"],
  ["林晓", "截至目前，今年共开展作风纪律检查12次，其中上班纪律检查8次、公车使用情况检查4次。", "-"],
  ["胡军", "本月办公室开展警示教育1次", "警示 ? 李明> ?missing_date"],
  ["林晓", "本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。", "!作风 11-05 > | 作风 11-19 > | 作风 11-26 >"],
];
