// Round 30 (issue 10, the testers' kinds of who did it and how many deeds), fixed on branch f3: the testers' kinds written
// in our own words, each with near-misses that keep today's reading. Read on Mon 2026-11-30 10:00 +08:00.
// K3: one who only speaks at someone's meeting or study (作了发言 · 作表态发言 · 谈了体会 · 交流了心得) is never its doer,
// nor a counterpart of an untyped talk (同志谈了… was read as 同 + 志谈了, a talk with them).
// K4: 在组联部调研 is a visit as 到组联部调研 is (was: a 调研报告 of its own beside the talk); it passes its doer to the talk.
// Only a paper written, handed in or counted (撰写/形成/完成…调研报告 · 调研材料 · 调研一篇) is a 调研报告.
// K7: a visit (调研/走访/慰问/检查指导) between ；-entries, or before a day-led clause, gives no record but names the subject the
// subjectless deed after it goes on with (was: 赵敏 lost, 与何平 from 何平 asked 和谁); a clause with its own subject keeps it.
// K1: talks counted with no one named and no day (陈志强副理事长共开展谈心谈话7次 · 张伟书记先后多次…开展廉政谈话，共七次) are
// the named leader's, one record asking the days of all N (missing_date with its count) and whom; never N records of the
// sender's talks with the leader. A vague time before the subject (本月王建国副理事长与李明…) leaves it the subject.
// A running total (今年以来…共7次) alone keeps its totals reply, as the sender's own does.
// K5: two doers each 以《题目》为题, then 分别 + one lecture, are two lectures, each its doer and title (was: one record, the
// titles joined).
// K2: a place a check went on to (并走访了财务科 · 又督查了财务科) is one of its places: one record, departmentIds (asserted in
// checkPlaces.test.ts; here its type, day and doer). K6: two peers side by side (王磊、何平两位同志…分别组织本部门…) and two
// departments 各自组织… with one total head count were already each one's record on a card, the total a remark: guards.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_C_ROWS: CorpusRow[] = [
  // K1: the leader counted holds the talks; their days are asked, never the sender's.
  ["孙杰", "张伟书记先后多次深入基层开展廉政谈话，共七次", "!廉谈 ? 张伟> ?missing_date,missing_counterpart"],
  ["孙杰", "陈志强副理事长共开展谈心谈话7次", "!谈心 ? 陈志强> ?missing_date,missing_counterpart"],
  ["孙杰", "本月陈志强副理事长开展了3次谈心谈话", "!谈心 ? 陈志强> ?missing_date,missing_counterpart"],
  ["孙杰", "王建国副理事长本月开展廉政谈话4次", "!廉谈 ? 王建国> ?missing_date,missing_counterpart"],
  ["孙杰", "本月王建国副理事长与李明进行了廉政谈话", "!廉谈 ? 王建国>李明 ?missing_date"],
  ["孙杰", "上周王建国副理事长与李明进行了廉政谈话", "!廉谈 ? 王建国>李明 ?missing_date"],
  ["孙杰", "今年以来，陈志强副理事长共开展谈心谈话7次", "-"],
  // Near-misses: the sender's own count, a count with the one talked to, someone turned to with a title.
  ["陈志强", "本月开展谈心谈话3次", "-"],  // was 谈心 ? > ?missing_date,missing_counterpart (round 64, gdb: a total alone is no record; the deeds asked one by one)
  ["孙杰", "张伟书记先后两次与王磊进行廉政谈话", "!廉谈 ? 张伟>王磊 ?missing_date | 廉谈 ? 张伟>王磊 ?missing_date"],
  ["何平", "前天与中心副主任徐辉同志进行了谈心谈话", "谈心 11-28 >徐辉"],
  ["孙杰", "本月与王建国副理事长进行了廉政谈话", "廉谈 ? >王建国 ?missing_date"],
  // K5: each doer with their own title gives their own lecture.
  ["孙杰", "党组书记张伟以《守纪律讲规矩》为题、副理事长刘芳以《廉洁从政》为题，分别讲授廉政党课", "!党课 ? 张伟> 《守纪律讲规矩》 ?missing_date | 党课 ? 刘芳> 《廉洁从政》 ?missing_date"],
  ["孙杰", "11月18日，党组书记张伟以《守纪律讲规矩》为题、副理事长刘芳以《廉洁从政》为题，分别讲授廉政党课", "!党课 11-18 张伟> 《守纪律讲规矩》 | 党课 11-18 刘芳> 《廉洁从政》"],
  ["孙杰", "11月18日，张伟书记以《守纪律讲规矩》为题，刘芳副理事长以《廉洁从政》为题，分别为全体党员讲授廉政党课。", "!党课 11-18 张伟> 《守纪律讲规矩》 | 党课 11-18 刘芳> 《廉洁从政》"],
  ["杨帆", "11月25日，赵敏同志以《清白做人》为题、王磊同志以《干净做事》为题，分别为宣文部党员讲了廉政党课", "!党课 11-25 赵敏> 《清白做人》 | 党课 11-25 王磊> 《干净做事》"],
  // Near-misses: one doer, one title; the shape already read (names first, titles after).
  ["孙杰", "11月18日，党组书记张伟以《守纪律讲规矩》为题讲授廉政党课", "!党课 11-18 张伟> 《守纪律讲规矩》"],
  ["孙杰", "11月18日，张伟、刘芳分别讲授廉政党课。张伟以《守纪律讲规矩》为题，刘芳以《廉洁从政》为题", "!党课 11-18 张伟> 《守纪律讲规矩》 | 党课 11-18 刘芳> 《廉洁从政》"],
  // K2: one check, whatever places it went on to.
  ["孙杰", "11月12日，王建国副理事长带队对康复中心进行明察暗访，并走访了财务科", "!作风 11-12 王建国>"],
  ["孙杰", "11月12日，王建国副理事长带队对康复中心进行明察暗访，又督查了财务科", "!作风 11-12 王建国>"],
  ["林晓", "11月12日对康复中心开展作风纪律检查，并到财务科检查了考勤", "!作风 11-12 >"],
  // K6 guards: each peer's deed theirs, on a card; each department's study its head's, the total no one's count.
  ["吴静", "王磊、何平两位同志11月20日分别组织本部门开展警示教育", "!警示 11-20 王磊> | 警示 11-20 何平>"],
  ["吴静", "11月20日，王磊、何平两位同志分别组织本部门开展警示教育", "!警示 11-20 王磊> | 警示 11-20 何平>"],
  ["吴静", "11月20日，宣文部、康复中心各自组织学习《条例》，共16人参加", "!廉教 11-20 王磊> 《条例》 | 廉教 11-20 何平> 《条例》"],
  ["吴静", "11月20日，宣文部、康复中心分别组织观看警示教育片《迷途》，共16人参加", "!警示 11-20 王磊> 《迷途》 | 警示 11-20 何平> 《迷途》"],
  // K3: the speaker is no doer.
  ["张伟", "我主持召开党组会议，专题研究党风廉政建设工作，王建国同志作了发言", "专题 ? > ?missing_date"],
  ["张伟", "11月18日我主持召开党组会议，专题研究党风廉政建设工作，王建国、刘芳同志作了表态发言", "专题 11-18 >"],
  ["孙杰", "11月18日张伟书记主持召开党组会议，专题研究党风廉政建设工作，赵敏同志作交流发言", "!专题 11-18 张伟>"],
  ["刘芳", "11月18日，刘芳副理事长主持召开分管科室会议，研究部署党风廉政建设工作，周涛同志作了表态发言", "分管会 11-18 >"],
  ["周涛", "11月18日，组联部召开专题学习会，学习《条例》，张颖同志谈了体会", "廉教 11-18 > 《条例》"],
  ["周涛", "11月18日组织学习《条例》，张颖同志谈了学习体会", "廉教 11-18 > 《条例》"],
  ["周涛", "11月18日组织学习《条例》，张颖交流了学习心得", "廉教 11-18 > 《条例》"],
  ["何平", "11月24日中心组织观看警示教育片《迷途》，徐辉同志结合工作谈了感受", "警示 11-24 > 《迷途》"],
  // Near-misses: 作 + a paper or a lecture names its doer; a talk with someone named stays a talk.
  ["孙杰", "11月18日，党组书记张伟作了廉政党课", "!党课 11-18 张伟>"],
  ["孙杰", "11月18日，赵敏副理事长作了述责述廉报告", "!述廉 11-18 赵敏>"],
  ["孙杰", "11月18日，赵敏副理事长为全体党员作廉政党课辅导", "!党课 11-18 赵敏>"],
  ["周涛", "11月18日同张颖谈了谈心得体会", "谈心 11-18 >张颖"],
  ["周涛", "11月18日和张颖谈了谈", "? 11-18 >张颖 ?missing_type"],
  // K4: a 调研 where the leader was is a visit, no record, and its doer goes on to the talk.
  ["孙杰", "11月20日，刘芳副理事长在组联部调研，与周涛开展了谈心谈话", "!谈心 11-20 刘芳>周涛"],
  ["孙杰", "11月20日，刘芳副理事长在组联部开展调研，并与周涛开展了谈心谈话", "!谈心 11-20 刘芳>周涛"],
  ["周涛", "11月20日，刘芳副理事长在组联部调研，与我开展了谈心谈话", "!谈心 11-20 刘芳>周涛"],
  ["孙杰", "11月20日上午，赵敏书记在宣文部调研时与王磊进行了廉政谈话", "!廉谈 11-20 赵敏>王磊"],
  ["李娟", "11月16日王建国副理事长在财务科进行调研，随后与孙丽开展廉政谈话", "!廉谈 11-16 王建国>孙丽"],
  ["孙杰", "11月20日，刘芳副理事长在组联部调研", "-"],
  // Near-misses: a paper written, formed or counted stays a 调研报告, wherever it was written.
  ["郑华", "11月21日在维权部完成调研报告一篇", "调研 11-21 >"],
  ["周涛", "11月21日在部里形成了调研材料", "调研 11-21 >"],
  ["冯雪", "11月25日撰写维权工作调研报告一篇", "调研 11-25 >"],
  // K7: the visitor named once is the doer of the deed after the visit.
  ["孙杰", "赵敏副理事长11月20日到康复中心调研；11月21日，与何平开展了廉政谈话", "!廉谈 11-21 赵敏>何平"],
  ["孙丽", "王建国副理事长11月16日到财务科走访慰问；11月17日，与孙丽开展廉政谈话", "!廉谈 11-17 王建国>孙丽"],
  ["孙杰", "11月12日，赵敏副理事长赴宣文部走访；11月13日，与王磊签订了党风廉政建设责任书", "!签责 11-13 赵敏>王磊"],
  ["王磊", "赵敏副理事长11月20日到宣文部检查指导工作；次日，与我开展了廉政谈话", "!? 11-20 赵敏> ?missing_type | 廉谈 11-21 赵敏>王磊"],
  // Near-misses: 我 or another named subject after the visit keeps the deed.
  ["何平", "赵敏副理事长11月20日到康复中心调研；11月21日，我与徐辉开展了谈心谈话", "!谈心 11-21 >徐辉"],
  ["何平", "赵敏副理事长11月20日到康复中心调研；11月21日，刘芳副理事长与徐辉开展了廉政谈话", "!廉谈 11-21 刘芳>徐辉"],
];
