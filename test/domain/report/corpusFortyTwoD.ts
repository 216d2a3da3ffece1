// Kinds found by round 41's testers t41a (F17, F23, F25) and t41b (A4, A20), fixed by round 42's fixer fod (issue 10): words,
// titles, days and duplicates. Read on Mon 2026-11-30 10:00 +08:00 (the corpus's now; 上周三 is 11-25, 上周五 11-27).
// 1. 「上周三下午科里集体学了下廉政准则」 was stored at once with the title 《下廉政准则》: what belongs to the study verb (学了下 ·
//    学了一下 · 学习了下 · 学了学 · 学了一遍 · 学完了 · 看了看/看了下) is never the first word of an unquoted title; 下发的… names no
//    paper. 科里/部里/室里 from the unit's head is that unit (it was asked whose), and 中心搞了/举办了… the 中心's (t41b A4).
// 2. 「…学了下廉政准则 刘洋也在 然后周五我给他讲了讲廉洁风险点 算谈心吧」 gave one talk on the study's day: clauses typed with
//    spaces for commas end before 然后/随后/…, before a day word opening a deed (周五我…), and before a closing 算X吧; a bare
//    verdict (算谈心吧) types the clause just before it, which leaves the deed it had joined; 周五 after 上周三 is 上周五.
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
];
