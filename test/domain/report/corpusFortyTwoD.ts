// Kinds found by round 41's testers t41a (F17, F23, F25) and t41b (A4, A20), fixed by round 42's fixer fod (issue 10): words,
// titles, days and duplicates. Read on Mon 2026-11-30 10:00 +08:00 (the corpus's now; 上周三 is 11-25, 上周五 11-27).
// 1. 「上周三下午科里集体学了下廉政准则」 was stored at once with the title 《下廉政准则》: what belongs to the study verb (学了下 ·
//    学了一下 · 学习了下 · 学了学 · 学了一遍 · 学完了 · 看了看/看了下) is never the first word of an unquoted title; 下发的… names no
//    paper. 科里/部里/室里 from the unit's head is that unit (it was asked whose), and 中心搞了/举办了… the 中心's (t41b A4).
// 2. 「…学了下廉政准则 刘洋也在 然后周五我给他讲了讲廉洁风险点 算谈心吧」 gave one talk on the study's day: clauses typed with
//    spaces for commas end before 然后/随后/…, before a day word opening a deed (周五我…), and before a closing 算X吧; a bare
//    verdict (算谈心吧) types the clause just before it, which leaves the deed it had joined; 周五 after 上周三 is 上周五.
// 3. 「会上学习了两起典型案例通报」 at a 分管科室会议 gave the title 《两起典型案例通报》 and a note that 典型案例通报 matched nothing
//    (t41b A20): a notice named by how many cases it tells is the cases' notice, a 警示教育 of the meeting, no title.
// 4. Slips of the duty words (t41a F17's family): 党渫, 专提会议, 自察, 作风纪律捡查 were no report; each is read as a guess now
//    (a card), in a short and in a long message, as 廉正谈话, 谈心淡话, 警式教育, 责认书 already were.
// (t41a F23, a deed of any kind recorded by another member 可能重复, is tested end to end: test/e2e/duplicateAnyKind.test.ts.)
import type { CorpusRow } from './corpusRow.js';

export const FORTY_TWO_D_ROWS: CorpusRow[] = [
  // 1. The verb's particle is never the title's first word.
  ["吴静", "上周三下午科里集体学了下廉政准则", "廉教 11-25 > 《廉政准则》 @康复部"],
  ["吴静", "上周三科里学了一下廉政准则", "廉教 11-25 > 《廉政准则》 @康复部"],
  ["吴静", "上周三科里学习了下《廉政准则》", "廉教 11-25 > 《廉政准则》 @康复部"],
  ["吴静", "上周三科里学了学廉政准则", "廉教 11-25 > 《廉政准则》 @康复部"],
  ["吴静", "上周三科里看了看廉政准则", "廉教 11-25 > 《廉政准则》 @康复部"],
  ["吴静", "上周三科里学完了新修订的条例", "!廉教 11-25 > 《新修订的条例》 @康复部"],
  ["孙丽", "上周四科室集中学了一遍廉洁自律准则，参加5人", "廉教 11-26 > 《廉洁自律准则》 #5 @财务科"],
  ["王芳", "昨天学习了下发的廉政文件", "? 11-29 > ?missing_type"],
  // 1. Near-misses that keep their reading: 又学了, 查看了 a check's papers, a clerk's 科里 (their head's), the 中心's head.
  ["吴静", "上周三科里又学了廉政准则", "廉教 11-25 > 《廉政准则》 @康复部"],
  ["黄志刚", "11月25日到财务科检查，查看了财务制度", "? 11-25 > ?missing_type"],
  ["李明", "昨天查看了下发的通知", "-"],
  ["吴静", "上周三部门集体学习了廉洁自律准则", "廉教 11-25 > 《廉洁自律准则》 @康复部"],
  ["孙丽", "上周五部里组织学习了廉洁自律准则", "廉教 11-27 > 《廉洁自律准则》 @财务科"],
  ["王强", "上周五科里集体学习了廉洁自律准则", "廉教 11-27 > 《廉洁自律准则》 @财务科"],
  ["何平", "上周五中心搞了一次警示教育", "警示 11-27 > @残疾人康复中心"],
  ["何平", "上周五中心举办了警示教育讲座", "警示 11-27 > @残疾人康复中心"],
  ["李明", "昨天办公室搞了一次廉政教育", "廉教 11-29 > @办公室"],
  // 2. Space-separated clauses, a verdict clause, a bare weekday after 上周X.
  ["吴静", "上周三下午科里集体学了下廉政准则 刘洋也在 然后周五我给他讲了讲廉洁风险点 算谈心吧", "!廉教 11-25 > 《廉政准则》 @康复部 | 谈心 11-27 >刘洋"],
  ["吴静", "上周三下午科里集体学了下廉政准则，周五我给刘洋讲了讲廉洁风险点，算谈心吧", "!廉教 11-25 > 《廉政准则》 @康复部 | 谈心 11-27 >刘洋"],
  ["吴静", "上周三科里学了下廉政准则 周五我和刘洋谈心谈话", "!廉教 11-25 > 《廉政准则》 @康复部 | 谈心 11-27 >刘洋"],
  ["王建国", "上周二和孙丽谈了话 算廉政谈话吧", "!廉谈 11-24 >孙丽"],
  ["吴静", "上周三和刘洋谈心谈话 周五又和他谈了一次", "!谈心 11-25 >刘洋 | 谈心 11-27 >刘洋"],
  // 2. Near-misses: a space between names, a voice-typed list, 周五 alone, a verdict alone.
  ["王建国", "和孙丽 李明谈了廉政谈话", "廉谈 ? >孙丽 ?missing_date | 廉谈 ? >李明 ?missing_date"],
  ["王建国", "11月3日与李明谈了 11月6日与周涛谈了", "? 11-03 >李明 ?missing_type | ? 11-06 >周涛 ?missing_type"],
  ["吴静", "周五和刘洋谈心谈话", "谈心 11-27 >刘洋"],
  ["吴静", "周五我给刘洋讲了讲廉洁风险点，算谈心吧", "!谈心 11-27 >刘洋"],
  ["吴静", "上周三组织学习了廉政准则，周五和刘洋谈心谈话", "!廉教 11-25 > 《廉政准则》 | 谈心 11-27 >刘洋"],
  // 3. A notice of counted cases studied at a meeting: the meeting's 警示教育, no title; near-misses keep their reading.
  ["刘芳", "11月20日召开分管科室会议，会上学习了两起典型案例通报", "!分管会 11-20 > | 警示 11-20 >"],
  ["刘芳", "11月20日召开分管科室会议，会上学习了典型案例通报", "!分管会 11-20 > | 警示 11-20 >"],
  ["周涛", "11月20日组织学习了两起典型案例通报", "!警示 11-20 >"],
  ["周涛", "11月20日组织学习了市纪委关于两起违纪问题的通报", "!警示 11-20 > 《市纪委关于两起违纪问题的通报》"],
  ["刘芳", "11月20日召开分管科室会议，会上学习了《关于两起典型案例的通报》", "!分管会 11-20 > | 廉教 11-20 > 《关于两起典型案例的通报》"],
  // 4. Slips of the duty words, short and long: read as a guess, shown for a tap.
  ["张伟", "今天召开了党风廉政建设专提会议", "!专题 11-30 >"],
  ["张伟", "11月27日上午，市残联党组召开党风廉政建设专提会议，党组书记张伟主持，班子成员参加，会议传达学习了省纪委全会精神。", "!专题 11-27 >"],
  ["孙丽", "今天科室开展了廉政风险自察", "!自查 11-30 > @财务科"],
  ["孙丽", "11月26日，财务科组织开展廉政风险自察，对报销、采购等环节逐项排查，形成问题清单3条。", "!自查 11-26 > @财务科"],
  ["黄志刚", "今天到财务科开展了作风纪律捡查", "!作风 11-30 > @财务科"],
  ["黄志刚", "11月26日，黄志刚带队到财务科开展作风纪律捡查，查看了考勤和值班记录。", "!作风 11-26 > @财务科"],
  ["吴静", "11月27日给科里讲了一堂党渫", "!党课 11-27 > @康复部"],
  ["郑华", "11月27日上午，郑华部长与陈静同志进行了廉正谈话，提醒其严守财经纪律。", "!廉谈 11-27 >陈静"],
  ["郑华", "11月27日与陈静谈心淡话，并签了责认书", "!谈心 11-27 >陈静 | 签责 11-27 >陈静"],
  ["何平", "11月27日中心组织全体职工观看警式教育片《蜕变》，参加20人", "!警示 11-27 > 《蜕变》 #20 @残疾人康复中心"],
  ["郑华", "今天和陈静签了则任书", "!签责 11-30 >陈静"],
  // 4. Near-misses: the real words, and words that only sound or look like them, stay as they were.
  ["孙丽", "11月26日科室开展了自查自纠", "自查 11-26 > @财务科"],
  ["孙丽", "11月26日学习了廉政准则，自察自纠", "!廉教 11-26 > 《廉政准则》 | 自查 11-26 >"],
  ["黄志刚", "11月26日配合市检察院开展了普法宣传", "-"],
  ["黄志刚", "11月26日参加了市纪委监察委召开的会议", "-"],
  ["李明", "应当可以按时完成，当科长的要带头", "-"],
];
