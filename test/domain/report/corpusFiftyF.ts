// Round 50, fixer F (fxf): clerks' and 纪检 officers' posts, fresh shapes written and probed by the fixer (issue 10;
// /work/rounds/r50/fxf-probes.txt). Before: a checker leading a unit's person along had that unit checked; pairs listed under
// a lead with dotted days after them were talks of the sender's; meetings paired with days and departments all on the first
// day; cases studied after an education (；) or a lecture a phantom 警示教育; a span opening a named doer's sentence lost the
// doer; 依次与… talks were the sender's.
// Tidy first: a 信息 taken up by an outlet (其中1篇被市纪委网站采用 · 已被…采用 · 均被…录用) is read by one reader now (rounds 49
// fvd and fvb had one each); the records stay as they were, the note is kept once (test/domain/report/adoptedPaperNoteFiftyF).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_F_ROWS: CorpusRow[] = [
  // Tidy (no record changes): the edges of the 采用 clause.
  ["李明", "办公室11月份报送廉政信息3篇，其中2篇被省残联门户网站采用", "信息 ? > @办公室 ?missing_date"],
  ["王磊", "11月20日宣文部报送廉政信息两篇，均被市纪委网站录用", "!信息 11-20 > @宣文部 | 信息 11-20 > @宣文部"],
  ["王磊", "上周三和王强谈心谈话，他写的信息被市纪委网站采用", "谈心 11-25 >王强 @财务科"],
  // Kind 1 (fresh probe 31's kind): a checker leading a unit's person along (带领办公室李明对财务科… · 带领教就部郑华部长到
  // 维权部…) had the led person's unit read as a place checked (@办公室, the place checked lost or added to), after one tap.
  // Now the unit of the person led along is no place checked, as 带领办公室负责人对… already was (round 29a).
  ["王芳", "11月25日，王建国副理事长带领办公室李明对财务科开展作风纪律检查", "!作风 11-25 王建国> @财务科"],
  ["王芳", "11月25日，王建国副理事长带领办公室主任李明到财务科开展作风纪律检查", "!作风 11-25 王建国> @财务科"],
  ["林晓", "11月26日黄志刚书记带领办公室林晓对宣文部开展作风纪律检查", "!作风 11-26 黄志刚> @宣文部"],
  ["王芳", "11月24日，陈志强副理事长带领教就部郑华部长到维权部检查作风纪律", "!作风 11-24 陈志强> @维权部"],
  ["王芳", "11月20日，王建国副理事长带领财务科孙丽对办公室开展专项资金检查", "!资金 11-20 王建国> @办公室"],
  ["胡军", "【工作动态】11月27日上午，赵敏同志带领宣文部王磊部长深入康复中心，开展节前作风纪律明察暗访。", "!作风 11-27 赵敏> @残疾人康复中心"],
  ["王芳", "11月18日刘芳副理事长率领组联部周涛对康复部开展了专项资金检查，吴静陪同", "!资金 11-18 刘芳> @康复部"],
  ["王芳", "11月23日，张伟书记带领办公室副主任李明等人到组联部、康复部开展作风纪律检查", "!作风 11-23 张伟> @组联部、康复部"],
  ["王芳", "11月19日 王建国带领办公室 李明 对财务科开展专项资金检查", "!资金 11-19 王建国> @财务科"],
  ["李娟", "孙科长上周二带着我们科王强去宣文部抽查了经费报销", "? 11-24 孙丽> @宣文部 ?missing_type"],
  // Near-misses, as before: units led along to every department (各部室 is all of them); a unit led to its own 自查; a
  // place visited with someone there; a talk with a unit's person.
  ["王芳", "11月25日，王建国副理事长带领办公室、财务科负责人对各部室开展作风纪律检查", "!作风 11-25 王建国> @办公室、财务科、组联部、康复部、教育就业部、宣文部、维权部、残疾人康复中心"],
  ["王芳", "11月25日，王建国副理事长带领办公室开展自查", "!自查 11-25 王建国> @办公室"],
  ["王芳", "11月25日，王建国副理事长带领办公室李明、胡军开展作风纪律自查", "!自查 11-25 王建国> @办公室"],
  ["王芳", "11月25日，王建国副理事长到办公室检查，李明陪同", "? 11-25 王建国> @办公室 ?missing_type"],
  ["王芳", "11月25日，王建国副理事长和办公室李明谈心谈话", "!谈心 11-25 王建国>李明 @办公室"],
  // Kind 2 (fresh probe 20): a clerk's list of pairs under a lead naming the deed, each pair's day after it in dots
  // (王建国—李明、孙丽（12.1）；刘芳—…), was read as talks of the sender's and of 李明's, with no day (12 garbage records asked
  // about); one dash pair under a lead with its day (11月23日廉政谈话：王建国—李明、孙丽) was stored after one tap as talks of
  // the sender's; a lead on its own line (节前廉政谈话⏎王建国—李明（11.23）) was one talk of no one; pairs parted by 、 after
  // their bracketed days lost the first pair's doer. Now each pair is its doer's deed with those named, on its day.
  ["王芳", "市残联领导班子成员分别与分管部室负责人开展廉政谈话：王建国—李明、孙丽（11.23）；刘芳—周涛、吴静（11.24）；陈志强—郑华、冯雪（11.25）；赵敏—王磊、何平（11.26）。", "!廉谈 11-23 王建国>李明 @办公室 | 廉谈 11-23 王建国>孙丽 @财务科 | 廉谈 11-24 刘芳>周涛 @组联部 | 廉谈 11-24 刘芳>吴静 @康复部 | 廉谈 11-25 陈志强>郑华 @教育就业部 | 廉谈 11-25 陈志强>冯雪 @维权部 | 廉谈 11-26 赵敏>王磊 @宣文部 | 廉谈 11-26 赵敏>何平 @残疾人康复中心"],
  ["王芳", "廉政谈话：王建国—李明、孙丽（11.23）；刘芳—周涛、吴静（11.24）", "!廉谈 11-23 王建国>李明 @办公室 | 廉谈 11-23 王建国>孙丽 @财务科 | 廉谈 11-24 刘芳>周涛 @组联部 | 廉谈 11-24 刘芳>吴静 @康复部"],
  ["胡军", "节前廉政谈话\n王建国—李明（11.23）\n刘芳—周涛（11.24）\n陈志强—冯雪（11.25）", "!廉谈 11-23 王建国>李明 @办公室 | 廉谈 11-24 刘芳>周涛 @组联部 | 廉谈 11-25 陈志强>冯雪 @维权部"],
  ["王芳", "签订责任书：王建国—李明、孙丽（11.23）；刘芳—周涛、吴静（11.25）", "!签责 11-23 王建国>李明 @办公室 | 签责 11-23 王建国>孙丽 @财务科 | 签责 11-25 刘芳>周涛 @组联部 | 签责 11-25 刘芳>吴静 @康复部"],
  ["王芳", "谈心谈话：王建国—李明（11/23）；刘芳—吴静（11/24）", "!谈心 11-23 王建国>李明 @办公室 | 谈心 11-24 刘芳>吴静 @康复部"],
  ["王芳", "11月23日廉政谈话：王建国—李明、孙丽", "!廉谈 11-23 王建国>李明 @办公室 | 廉谈 11-23 王建国>孙丽 @财务科"],
  ["王芳", "11月23日廉政谈话：王建国－李明", "!廉谈 11-23 王建国>李明 @办公室"],
  ["林晓", "上周廉政谈话：张伟—王建国（11.23）、张伟—刘芳（11.24）", "!廉谈 11-23 张伟>王建国 @- | 廉谈 11-24 张伟>刘芳 @-"],
  ["王芳", "任前廉政谈话：张伟→王强（11.26）", "!廉谈 11-26 张伟>王强 @财务科"],
  ["王芳", "11月24日签订责任书：陈志强—郑华、冯雪", "!签责 11-24 陈志强>郑华 @教育就业部 | 签责 11-24 陈志强>冯雪 @维权部"],
  // Near-misses, as before: pairs joined by 与; a dash pair of no deed named.
  ["王芳", "廉政谈话：王建国与李明、孙丽（11.23）；刘芳与周涛、吴静（11.24）", "!廉谈 11-23 王建国>李明 @办公室 | 廉谈 11-23 王建国>孙丽 @财务科 | 廉谈 11-24 刘芳>周涛 @组联部 | 廉谈 11-24 刘芳>吴静 @康复部"],
  ["王芳", "11月23日廉政谈话：王建国与李明、孙丽", "!廉谈 11-23 王建国>李明 @办公室 | 廉谈 11-23 王建国>孙丽 @财务科"],
  ["王芳", "11月23日廉政谈话：王建国与李明", "!廉谈 11-23 王建国>李明 @办公室"],
  ["王芳", "廉政谈话：王建国—李明（11月23日）；刘芳—周涛（11月24日）", "!廉谈 11-23 王建国>李明 @办公室 | 廉谈 11-24 刘芳>周涛 @组联部"],
  ["王芳", "11月23日 王建国—李明 廉政谈话", "!廉谈 11-23 王建国>李明 @办公室"],
  ["王芳", "会议安排：11.23 王建国—李明", "-"],
  // Kind 3 (fresh probe 23): meetings held at departments one by one, their days paired with the departments after the deed
  // (分别召开了分管科室会议，12月1日宣文部、12月3日康复中心 · 召开了两次分管科室会议：11月9日宣文部、11月24日康复中心), were
  // all put on the first day after one tap, or the second lost, or nothing read. Now each meeting is on its own day at its
  // department, as checks and talks so paired (e24) already were.
  ["赵敏", "上周我到分管的宣文部和康复中心分别召开了分管科室会议，11月23日宣文部、11月25日康复中心。", "!分管会 11-23 > @宣文部 | 分管会 11-25 > @残疾人康复中心"],
  ["赵敏", "上周分别召开了分管科室会议，11月23日宣文部、11月25日康复中心", "!分管会 11-23 > @宣文部 | 分管会 11-25 > @残疾人康复中心"],
  ["赵敏", "本月召开了两次分管科室会议：11月9日宣文部、11月24日康复中心", "!分管会 11-09 > @宣文部 | 分管会 11-24 > @残疾人康复中心"],
  ["王建国", "11月份分别到办公室、财务科召开分管科室会议，9号办公室，16号财务科", "!分管会 11-09 > @办公室 | 分管会 11-16 > @财务科"],
  ["刘芳", "上周召开分管科室党风廉政建设工作会议两次，周一组联部、周三康复部", "!分管会 11-23 > @组联部 | 分管会 11-25 > @康复部"],
  ["陈志强", "本月开了两次分管部门会议，11.10教就部、11.17维权部", "!分管会 11-10 > @教育就业部 | 分管会 11-17 > @维权部"],
  ["王芳", "陈志强副理事长本月分别召开分管科室会议：11月10日教就部，11月17日维权部", "!分管会 11-10 陈志强> @教育就业部 | 分管会 11-17 陈志强> @维权部"],
  ["刘芳", "11月份召开分管科室会议2次：11月9号在组联部、11月20号在康复部", "!分管会 11-09 > @组联部 | 分管会 11-20 > @康复部"],
  // Near-misses, as before: checks and talks by day + place/person pairs; meetings by day with no place; one meeting
  // with people attending; each meeting said whole.
  ["黄志刚", "上周到财务科和组联部分别开展了作风纪律检查，11月23日财务科，11月25日组联部", "!作风 11-23 > @财务科 | 作风 11-25 > @组联部"],
  ["王建国", "本月谈了两次，3号和李明、5号和孙丽", "? 11-03 >李明 @- ?missing_type | ? 11-05 >孙丽 @- ?missing_type"],
  ["王芳", "11月召开专题会议2次：11月3日、11月20日", "专题 11-03 > @- ?missing_actor | 专题 11-20 > @- ?missing_actor"],
  ["王芳", "11月23日召开会议，王建国、刘芳参加", "-"],
  ["赵敏", "11月23日在宣文部召开分管科室会议，11月25日在康复中心召开分管科室会议", "!分管会 11-23 > @宣文部 | 分管会 11-25 > @残疾人康复中心"],
  // Kind 4 (round 49's left-alones 「开展了廉政教育；学习了身边的典型案例」 · 「讲廉政党课，学习了典型案例」): cases studied in the
  // clause right after an education (after ；) or a lecture were a 警示教育 of their own — asked for a day, or stored after one
  // tap beside the 党课. Now they are the deed's content, as after a comma (round 49 fvd) and 结合典型案例 already were.
  ["吴静", "11月23日康复部开展了廉政教育；学习了身边的典型案例", "廉教 11-23 > @康复部"],
  ["刘芳", "11月23日给分管部门讲廉政党课，学习了典型案例", "党课 11-23 > @组联部、康复部"],
  ["周涛", "11月18日组联部开展廉政教育；组织学习了违纪违法典型案例通报", "廉教 11-18 > 《违纪违法典型案例通报》 @组联部"],
  ["郑华", "上周三教就部开展廉洁教育; 学习了近期典型案例", "廉教 11-25 > @教育就业部"],
  ["赵敏", "11月25日为机关党员讲廉政党课《守住底线》，学习了身边典型案例", "党课 11-25 > 《守住底线》 @-"],
  ["王芳", "11月25日，张伟书记讲授廉政党课；集中学习了典型案例", "!党课 11-25 张伟> @-"],
  ["冯雪", "11月20日维权部开展党纪学习；学习了典型问题通报", "廉教 11-20 > @维权部"],
  ["周涛", "11月18日组联部开展警示教育；学习了典型案例", "警示 11-18 > @组联部"],
  ["何平", "上周五给中心职工讲了廉政党课，学了三个典型案例", "党课 11-27 > @残疾人康复中心"], // round 63 (gcc): 中心 the sender's (was @-)
  // Near-misses, as before: the cases after a comma under 廉政教育 (round 49 fvd); 结合 in a lecture; cases 通报了 beside a
  // lecture (a briefing of its own, duties.md: 典型案例通报 is 警示教育); cases on a day of their own; cases with no type written.
  ["吴静", "11月23日康复部开展了廉政教育，学习了身边的典型案例", "廉教 11-23 > @康复部"],
  ["刘芳", "11月23日给分管部门讲廉政党课，结合典型案例讲了纪律要求", "!党课 11-23 > @组联部、康复部"],
  ["刘芳", "11月23日给分管部门讲廉政党课，通报了典型案例", "!党课 11-23 > @组联部、康复部 | 警示 11-23 > @-"],
  ["吴静", "11月23日康复部开展了廉政教育；11月25日学习了身边的典型案例", "!廉教 11-23 > @康复部 | 警示 11-25 > @-"],
  ["王芳", "11月20日，张伟书记讲授廉政党课，11月21日各部室学习了典型案例", "!党课 11-20 张伟> @- | 警示 11-21 > @-"],
  ["周涛", "11月18日组联部组织学习身边典型案例", "警示 11-18 > @组联部"],
  // Kind 5 (fresh probe 31's span): a span of days opening a sentence whose doer is named first (11月23日至24日，黄志刚书记带领
  // 林晓对康复中心开展专项资金检查 · 11月23日至25日，王建国分别与李明、孙丽进行了廉政谈话) was glued to the doer by round 49
  // fwe's span pass, and the doer lost: the check's doer asked, the talks made the sender's (王建国>王芳, 李明>王芳). Now a
  // sentence opening with someone named (黄书记 too) keeps its span as its opening: the doer is theirs, several talks' days asked.
  ["王芳", "11月23日至24日，黄志刚书记带领纪检干事林晓对残疾人康复中心开展专项资金检查，重点检查康复救助资金使用情况。", "!资金 11-23 黄志刚> @残疾人康复中心"],
  ["王芳", "11月23日至25日，王建国副理事长带领李明对财务科、办公室开展作风纪律检查", "!作风 11-23 王建国> @财务科、办公室"],
  ["王芳", "11月23日至25日，王建国分别与李明、孙丽进行了廉政谈话", "廉谈 ? 王建国>李明 @办公室 ?missing_date | 廉谈 ? 王建国>孙丽 @财务科 ?missing_date"],
  ["林晓", "上周一至周三，黄书记分别与李明、孙丽进行了廉政谈话", "廉谈 ? 黄志刚>李明 @办公室 ?missing_date | 廉谈 ? 黄志刚>孙丽 @财务科 ?missing_date"],
  ["王芳", "11月16日至18日，陈志强副理事长带队和郑华对维权部开展作风纪律检查", "!作风 11-16 陈志强> @维权部"],
  ["胡军", "11月23日—25日，刘芳副理事长先后与周涛、吴静进行了谈心谈话", "谈心 ? 刘芳>周涛 @组联部 ?missing_date | 谈心 ? 刘芳>吴静 @康复部 ?missing_date"],
  ["王芳", "上周二至周四，张书记依次与王建国、刘芳、陈志强开展廉政谈话", "廉谈 ? 张伟>王建国 @- ?missing_date | 廉谈 ? 张伟>刘芳 @- ?missing_date | 廉谈 ? 张伟>陈志强 @- ?missing_date"],
  ["王芳", "11月24日至25日，赵敏同志带领王磊对康复中心开展节前作风纪律检查", "!作风 11-24 赵敏> @残疾人康复中心"],
  // Near-misses, as before: the sender's own talks over a span; a doer after their role (分管副理事长陈志强, round 49 fwe);
  // one talk over a span; a check with no one led along.
  ["张伟", "上周一至周三，我分别与王建国、刘芳进行了廉政谈话", "廉谈 ? >王建国 @- ?missing_date | 廉谈 ? >刘芳 @- ?missing_date"],
  ["王芳", "【工作动态】11月16日至20日，分管副理事长陈志强逐一与郑华、冯雪进行廉政谈话，提醒二人严守纪律。", "廉谈 ? 陈志强>郑华 @教育就业部 ?missing_date | 廉谈 ? 陈志强>冯雪 @维权部 ?missing_date"],
  ["王芳", "11月23日至25日，王建国与李明进行了廉政谈话", "!廉谈 11-23 王建国>李明 @办公室"],
  ["王芳", "11月23日至24日，黄志刚书记对财务科开展专项资金检查", "!资金 11-23 黄志刚> @财务科"],
  // 依次/挨个 before 与 (one by one, as 逐一): the talks were the sender's with 张伟 and 王建国's with her, after one tap.
  ["王芳", "上周二，张书记依次与王建国、刘芳开展廉政谈话", "!廉谈 11-24 张伟>王建国 @- | 廉谈 11-24 张伟>刘芳 @-"],
  ["王芳", "上周二，张书记挨个与王建国、刘芳开展廉政谈话", "!廉谈 11-24 张伟>王建国 @- | 廉谈 11-24 张伟>刘芳 @-"],
  ["王建国", "上周二我依次和李明、孙丽谈了心", "谈心 11-24 >李明 @办公室 | 谈心 11-24 >孙丽 @财务科"],
  // Near-miss, as before: 挨个 after the names (round 41).
  ["王芳", "上周二，张书记跟王强跟李娟挨个谈了话", "? 11-24 张伟>王强,李娟 @- ?missing_type"],
];
