// Round 69, helper gif (issue 10): plans, running totals, 其中 with days, and what a record keeps.
// Findings (on main 43ca0dc9, read at this file's clock): 郑华「本月计划开展作风纪律检查3次，其中上班纪律检查2次」 asked the day
// of a check — the plan clause went, its 其中 part stayed as a deed (an answer would have stored the plan as done). A 其中
// going on from a plan clause is the plan's (parseReport's PLAN_GOES_ON), so the message is the plan reply (planAhead), nothing
// stored; voice-spaced (下月 拟 开展…) and traditional (本月計劃開展…) the same. After a deed, 「…，下月计划开展作风纪律检查3次」
// padded the check with a second of no day (withStatedCount counted the plan's 3次): the plan's clauses are out of the text
// the count is read from (countedDeedsText), the receipt saying 其中的计划安排，未记录. 王芳「截至目前，今年共开展警示教育5次，其中
// 本月3次」 asked the day of one 警示教育: a period's part of a running total (其中本月3次 · 其中11月份2次、10月份1次 · 其中第四季度
// 3篇) goes with the total (totalPeriodParts), so the message is the totals reply (累计数…想看累计数，发送「本季度完成情况」) and a
// dated deed beside it (…；11月26日对康复部开展了作风纪律检查) is read alone. 吴静「11月份谈心谈话小结：其中我和刘洋谈话2次（11.9、
// 11.23）」 gave a talk of no one and two untyped talks: dotted days in a breakdown's brackets are written out, and a heading
// naming the talk kind (…谈心谈话小结： · …情况： · a voice space for the colon) is a lead with no count (countedLeadOverBreakdown),
// so two 谈心谈话 with 刘洋 on 11-09 and 11-23. A record has no field for a talk's occasion (src/domain/activity.ts) and a talk
// keeps no words (issue 10 G): 任前/提醒 talks stay 廉政谈话 and the receipt says 「任前廉政谈话」按廉政谈话记录，「任前」未单独记录
// (talkOccasionNoted; not a corpus field). 「组织参观廉政文化展览」 was 没看懂: an exhibition on integrity (展览 · 主题展 · 图片展 · 展)
// is a 廉政教育, its name kept as the note (廉政文化展览) as a base's place is, and a red-education base (红色教育基地 · 革命纪念馆,
// no 市/省) is kept as the place of a study asked its kind (educationBasePlace).
// Before → after: 40 of these 77 rows read differently on main (marked // was …); the others are variants and near-misses
// read as before. Old labels changed: none.
// Voice input's space after 其中 (3次 其中 上班纪律检查 2次) is written away (voiceSpacesJoined), so the part stays the plan's.
// Left as today: 「11.25 组织科室学习《廉洁自律准则》，下月拟再学习2次」 (the planned study a second record of no day, note 下月拟再); voice-spaced
// 「11月份 谈心谈话 小结 其中 我和刘洋 谈话 2次（11.9、11.23）」 (four talks on a card, each day twice); 「截至目前，今年共开展作风纪律
// 检查9次。昨天又对财务科开展了检查」 and 「昨天又对财务科开展了检查」 alone (没看懂: 又 before a bare 检查); 「组织党员到红色教育基地
// 参观」 with no 学习 (没看懂: 参观 alone names no deed); 「本月计划开展作风纪律检查3次，其中上班纪律检查2次已完成」 (one check asked its day).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_NINE_F_ROWS: CorpusRow[] = [
// A plan with its parts (其中…): the plan reply, nothing stored.
  ["郑华", "本月计划开展作风纪律检查3次，其中上班纪律检查2次", "-"],  // was 作风 ? > ?missing_date
  ["林晓", "下月拟开展作风纪律检查3次，其中上班纪律检查2次、公车使用检查1次", "-"],  // was 作风 ? > ?missing_date
  ["黄志刚", "12月份计划开展廉政谈话6人次，其中与班子成员谈话4人次", "-"],  // was ? ? >王建国,刘芳,陈志强,赵敏 ?missing_type,missing_date
  ["周涛", "下月拟组织警示教育2场，其中观看警示教育片1场", "-"],  // was 警示 ? > ?missing_date
  ["王磊", "12月计划开展廉政教育3次，其中集中学习2次", "-"],
  ["孙丽", "本季度计划开展谈心谈话5人次，其中与王强、李娟各1次", "-"],
  ["李明", "下月拟报送廉政信息4篇，其中办公室2篇", "-"],
  ["林晓", "本月計劃開展作風紀律檢查3次，其中上班紀律檢查2次", "-"],  // was 作风 ? > ?missing_date
  ["林晓", "下月 拟 开展 作风纪律检查 3次，其中 上班纪律检查 2次", "-"],  // was 作风 ? > ?missing_date
  ["林晓", "本月 计划 开展 作风纪律检查 3次 其中 上班纪律检查 2次", "-"],  // was 作风 ? > ?missing_date
  ["赵磊", "本月计划开展作风纪律检查2次 其中 节前检查1次", "-"],  // was 作风 ? > ?missing_date
  ["赵敏", "明年计划开展廉政党课4次，其中书记讲党课2次", "-"],  // was 党课 ? > ?missing_date,ambiguous_actor
  ["何平", "12月份中心拟开展警示教育2次，其中赴市警示教育基地1次", "-"],  // was 警示 ? > ?missing_date
  ["陈志强", "下个月准备开展分管部门廉政谈话4人次，其中教就部2人次", "-"],
  ["黄志刚", "12月份機關紀委擬開展作風紀律檢查4次，其中節前檢查2次", "-"],  // was 作风 ? > ?missing_date
  ["王建国", "下月计划开展分管科室廉政谈话4人次，其中财务科2人次", "-"],
  ["吴静", "12月份拟开展谈心谈话3人次，其中与刘洋1人次", "-"],
  ["张颖", "下月组联部拟报送廉政信息3篇，其中调研类1篇", "-"],  // was 调研 ? > ?missing_date
  ["杨帆", "下周计划组织学习2场，其中专题学习1场", "-"],
  ["赵磊", "本月计划开展作风纪律检查2次，其中节前检查1次", "-"],  // was 作风 ? > ?missing_date
// A report that ends with a plan (下一步… · 下月计划…3次): the deeds read; the plan, its count and its parts none.
  ["林晓", "11月20日开展了上班纪律检查，下月计划开展作风纪律检查3次", "作风 11-20 >"],  // was 作风 11-20 > | 作风 ? > ?missing_date
  ["林晓", "11月20日开展了上班纪律检查。下一步计划开展作风纪律检查2次，其中公车使用检查1次", "作风 11-20 >"],  // was 作风 11-20 > | 作风 ? > ?missing_date
  ["冯雪", "上周三和赵磊进行了谈心谈话。下一步拟开展廉政教育2次，其中集中学习1次", "谈心 11-25 >赵磊"],
  ["何平", "前天给中心讲了廉政党课，参加12人。下一步准备再开展2次集中学习", "党课 11-28 > #12"],  // was 党课 11-28 > #12 | 党课 ? > #12 ?missing_date
  ["郑华", "11月26号和陈静进行了谈心谈话，下一步计划开展谈心谈话3人次", "谈心 11-26 >陈静"],
  ["林晓", "11月26日对康复部开展了作风纪律检查，下一步拟开展检查2次，其中明查暗访1次", "作风 11-26 >"],  // was 作风 11-26 > | 作风 ? > ?missing_date
  ["王磊", "11月26日组织宣文部观看警示教育片《镜鉴》，参加6人；下月计划开展警示教育2场，其中观看警示片1场", "!警示 11-26 > 《镜鉴》 #6"],  // was !警示 11-26 > 《镜鉴》 #6 | 警示 11-26 >
// Running totals with a period's part (其中本月3次): the totals reply, nothing stored; a dated deed beside them read.
  ["王芳", "截至目前，今年共开展警示教育5次，其中本月3次", "-"],  // was 警示 ? > ?missing_date
  ["林晓", "截至目前，今年共开展作风纪律检查9次，其中本月3次", "-"],  // was 作风 ? > ?missing_date
  ["黄志刚", "今年以来累计开展廉政谈话23人次，其中11月份6人次", "-"],
  ["周涛", "截至11月底，组联部今年共报送廉政信息8篇，其中第四季度3篇", "-"],
  ["李明", "截至目前，今年共开展警示教育5次，其中本月3次，11月20日组织观看警示教育片，参加20人", "警示 11-20 > #20"],  // was 警示 11-20 > #20 | 警示 ? > #20 ?missing_date
  ["吴静", "截至目前，今年共开展谈心谈话10人次，其中本月4次", "-"],  // was 谈心 ? > ?missing_date,missing_counterpart
  ["王芳", "截至目前，今年共開展警示教育5次，其中本月3次", "-"],  // was 警示 ? > ?missing_date
  ["林晓", "截至目前 今年共开展作风纪律检查9次 其中本月3次", "-"],
  ["何平", "今年累计开展廉政党课4次，其中下半年2次", "-"],
  ["林晓", "截至目前，今年共开展作风纪律检查9次，其中本月3次；11月26日对康复部开展了作风纪律检查", "作风 11-26 >"],  // was 作风 11-26 > | 作风 ? > ?missing_date
  ["王磊", "截至目前，宣文部今年共开展廉政教育6次，其中11月份2次、10月份1次", "-"],
  ["林晓", "截至目前，今年共开展作风纪律检查9次，其中本月3次（11月5日、11月12日、11月26日）", "作风 11-05 > | 作风 11-12 > | 作风 11-26 >"],
  ["王芳", "今年共开展警示教育5次，其中11月20日组织观看警示教育片，参加20人", "警示 11-20 > #20 ?missing_actor"],
  ["胡军", "截至目前，办公室今年共开展谈心谈话12人次，其中本月2人次", "-"],  // was 谈心 ? 李明> ?missing_date,missing_counterpart
  ["孙杰", "截至目前中心今年共开展警示教育4次，其中本季度2次", "-"],
  ["陈静", "截至目前，今年共参加廉政教育6次，其中本月2次", "-"],
  ["郑华", "截至11月底，今年累计开展谈心谈话15人次，其中11月份3人次。", "-"],
// A talk breakdown under a heading or a counted lead, its days dotted in （）: one talk a day, typed by the heading.
  ["吴静", "11月份谈心谈话小结：其中我和刘洋谈话2次（11.9、11.23）", "谈心 11-09 >刘洋 | 谈心 11-23 >刘洋"],  // was 谈心 ? > ?missing_date,missing_counterpart | ? 11-09 >刘洋 ?missing_type | ? 11-23 >刘洋 ?missing_type
  ["吴静", "11月份康复部工作小结：本月共开展谈心谈话2人次，其中我和刘洋谈话2次（11.9、11.23）。", "谈心 11-09 >刘洋 | 谈心 11-23 >刘洋"],  // was 谈心 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_counterpart,missing_date | ? 11-09 >刘洋 ?missing_type | ? 11-23 >刘洋 ?missing_type
  ["郑华", "11月份谈心谈话情况：其中我与陈静谈话2次（11.4、11.18）", "谈心 11-04 >陈静 | 谈心 11-18 >陈静"],  // was !谈心 11-04 >陈静 | 谈心 11-18 >陈静
  ["孙丽", "11月份廉政谈话开展情况：其中我与王强谈话1次（11.6），与李娟谈话1次（11.20）", "!廉谈 11-06 >王强 | 廉谈 11-20 >李娟"],
  ["何平", "本月共开展谈心谈话3人次，其中我与徐辉谈话1次（11.15），与孙杰谈话2次（11.16、11.29）。", "!谈心 11-15 >徐辉 | 谈心 11-16 >孙杰 | 谈心 11-29 >孙杰"],  // was 谈心 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_counterpart,missing_date | 谈心 ? > ?missing_counterpart,missing_date | ? 11-15 >徐辉 ?missing_type | ? 11-16 >孙杰 ?missing_type | ? 11-29 >孙杰 ?missing_type
  ["冯雪", "11月份維權部工作小結：本月共開展談心談話2人次，其中我與趙磊談話2次（11.10、11.24）。", "!谈心 11-10 >赵磊 | 谈心 11-24 >赵磊"],  // was 谈心 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_counterpart,missing_date | ? 11-10 >赵磊 ?missing_type | ? 11-24 >赵磊 ?missing_type
  ["周涛", "上月组联部工作小结：共开展谈心谈话2人次，其中我与张颖谈话2次（10.13、10.27）。", "谈心 10-13 >张颖 | 谈心 10-27 >张颖"],  // was 谈心 10-13 > ?missing_counterpart | 谈心 ? > ?missing_counterpart,missing_date | ? 10-13 >张颖 ?missing_type | ? 10-27 >张颖 ?missing_type
  ["王磊", "11月份谈心谈话小结：其中我和杨帆谈话2次（11月9日、11月23日）", "谈心 11-09 >杨帆 | 谈心 11-23 >杨帆"],  // was 谈心 ? > ?missing_date,missing_counterpart | ? 11-09 >杨帆 ?missing_type | ? 11-23 >杨帆 ?missing_type
  ["李明", "11月份谈心谈话小结：其中我和胡军谈话1次（11.9），和王芳谈话1次（11.23）", "!谈心 11-09 >胡军 | 谈心 11-23 >王芳"],  // was 谈心 ? > ?missing_date,missing_counterpart | ? 11-09 >胡军 ?missing_type | ? 11-23 >王芳 ?missing_type
  ["吴静", "11月份谈心谈话小结 其中我和刘洋谈话2次（11.9、11.23）", "谈心 11-09 >刘洋 | 谈心 11-23 >刘洋"],  // was !谈心 11-09 >刘洋 | 谈心 11-23 >刘洋 | 谈心 11-09 >刘洋 | 谈心 11-23 >刘洋
  ["孙丽", "11月份谈心谈话小结：其中我和王强谈话2次（11.3、11.17），和李娟谈话1次（11.24）", "!谈心 11-03 >王强 | 谈心 11-17 >王强 | 谈心 11-24 >李娟"],  // was 谈心 ? > ?missing_date,missing_counterpart | ? 11-03 >王强 ?missing_type | ? 11-17 >王强 ?missing_type | ? 11-24 >李娟 ?missing_type
// 任前 / 提醒 talks: the 廉政谈话 recorded; the occasion is said on the receipt (a remark, not a corpus field).
  ["张伟", "11月20日与郑华进行了任前廉政谈话", "廉谈 11-20 >郑华"],
  ["王建国", "上周三和新任副科长王强进行了任前谈话", "廉谈 11-25 >王强"],
  ["黄志刚", "11.26 对王强进行了廉政提醒谈话", "廉谈 11-26 >王强"],
  ["刘芳", "前天與吳靜進行了任前廉政談話", "廉谈 11-28 >吴静"],
  ["陈志强", "11月24号 和 新任部长 冯雪 进行了 任前廉政谈话", "廉谈 11-24 >冯雪"],
  ["陈志强", "今天和郑华进行了任前廉政谈话", "廉谈 11-30 >郑华"],
  ["孙丽", "11月26日对新提拔的王强进行了任前谈话", "廉谈 11-26 >王强"],
  ["赵敏", "上周五与何平进行了廉政提醒谈话", "廉谈 11-27 >何平"],
  ["何平", "11.24 和徐辉进行了提醒谈话", "廉谈 11-24 >徐辉"],
// An exhibition on integrity visited without 《》, a red-education base as the place: the name or place kept as the note.
  ["赵敏", "11月20日组织参观廉政文化展览，参加15人", "廉教 11-20 > #15"],  // was -
  ["王磊", "上周五组织宣文部党员参观廉洁文化主题展，参加6人", "廉教 11-27 > #6"],
  ["何平", "11.26 带中心职工参观廉政教育图片展 共12人", "廉教 11-26 > #12"],
  ["赵敏", "11月20日组织党员到红色教育基地参观学习，参加15人", "? 11-20 > #15 ?missing_type"],
  ["周涛", "11月20日组织参观《清风正气》廉政文化展览", "廉教 11-20 > 《清风正气》"],  // was -
  ["吴静", "昨天组织部门党员参观了廉政文化展，共5人", "廉教 11-29 > #5"],  // was -
  ["郑华", "前天组织教就部党员参观廉政文化展览，共4人", "廉教 11-28 > #4"],  // was -
  ["冯雪", "11月20日带维权部党员参观廉洁教育展，参加3人", "廉教 11-20 > #3"],
  ["黄志刚", "11月25日组织机关党员参观反腐倡廉展览，参加40人", "廉教 11-25 > #40 ?missing_actor"],  // was -
// Near-misses: done as planned (按计划 · 按照年初计划), a count with its days (分别是…).
  ["郑华", "本月开展了3次作风纪律检查，分别是11月3日、11月10日、11月17日", "!作风 11-03 > | 作风 11-10 > | 作风 11-17 >"],
  ["林晓", "11月20日按计划开展了警示教育，参加20人", "警示 11-20 > #20"],
  ["林晓", "按计划开展了警示教育", "警示 ? > ?missing_date"],
  ["黄志刚", "按照年初计划，11月26日对财务科开展了作风纪律检查", "作风 11-26 >"],
];
