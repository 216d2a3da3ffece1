// Round 33a (helper r1, issue 10): 分别 with lists of days, departments and doers, the kinds left open by round 32's helpers,
// found by r1 probing its base. Read on Mon 2026-11-30 10:00 +08:00. Kinds: days and places (or people) of different
// counts, neither one, gave their cross product on a card (three days × two departments = six checks): the pairing is
// unknown, so each record's day is asked, a remark naming the days and places; two days before 「我和X分别…」 pair with
// its two items (both were put on the first day, the second dropped), other counts are asked; a group after several doers
// (我和陈志强分别与分管部门负责人…：11月10日与周涛，…) is the list after the colon, each talk held by the doer who supervises
// that person's department, asked between them (王建国或陈志强) when neither or both do — 陈志强 was made one talked to;
// 「X或Y与…」 names two who may have held it, asked among them; 与X或Y… one talked to, asked which; two doers and three
// people with 分别 (王建国、陈志强分别与李明、郑华、冯雪…) were every doer with every person: each talk is its supervisor's, or asked.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_THREE_A_ROWS: CorpusRow[] = [
  // 1. Days and places of different counts, neither of length one: each record's day asked, never a cross product.
  ["林晓", "11月10日、17日、24日，林晓分别到组联部、康复部进行了作风纪律检查", "!作风 ? > ?missing_date | 作风 ? > ?missing_date"],
  ["黄志刚", "11月10日、17日、24日，林晓分别到组联部、康复部进行了作风纪律检查", "!作风 ? 林晓> ?missing_date | 作风 ? 林晓> ?missing_date"],
  ["林晓", "11月10日、17日，分别到组联部、康复部、维权部开展了作风纪律督查", "!作风 ? > ?missing_date | 作风 ? > ?missing_date | 作风 ? > ?missing_date"],
  ["黄志刚", "11月3日、11月10日、11月17日，我和林晓分别到财务科、办公室检查了考勤和公车使用情况", "!作风 ? > ?missing_date | 作风 ? > ?missing_date"],
  ["林晓", "11月18日、25日，我和黄志刚分别到宣文部、维权部、康复中心进行了作风纪律检查", "!作风 ? 黄志刚> ?missing_date | 作风 ? 黄志刚> ?missing_date | 作风 ? 黄志刚> ?missing_date"],
  ["王建国", "11月10日、17日、24日，分别到办公室、财务科召开分管科室党风廉政建设工作会议", "!分管会 ? > ?missing_date | 分管会 ? > ?missing_date"],
  ["张伟", "11月10日、11月17日、11月24日，我和陈志强分别与周涛、郑华进行了廉政谈话", "!廉谈 ? >周涛 ?missing_date | 廉谈 ? 陈志强>郑华 ?missing_date"],
  ["刘芳", "11月4日、11日、18日，我和王建国分别与周涛、李明谈心谈话", "!谈心 ? >周涛 ?missing_date | 谈心 ? 王建国>李明 ?missing_date"],
  // Near-misses: as many days as places pair in order; one day goes with every place; three people on three days, plain, recorded at once.
  ["林晓", "11月10日、17日，林晓分别到组联部、康复部进行了作风纪律检查", "!作风 11-10 > | 作风 11-17 >"],
  ["林晓", "11月10日、17日、24日，分别到组联部、康复部、维权部进行了作风纪律检查", "!作风 11-10 > | 作风 11-17 > | 作风 11-24 >"],
  ["王建国", "11月10日、17日，分别到办公室、财务科召开分管科室党风廉政建设工作会议", "!分管会 11-10 > | 分管会 11-17 >"],
  ["林晓", "11月10日，分别到组联部、康复部进行了作风纪律检查", "!作风 11-10 > | 作风 11-10 >"],
  ["张伟", "11月10日、17日、24日，分别与周涛、吴静、郑华进行了廉政谈话", "廉谈 11-10 >周涛 | 廉谈 11-17 >吴静 | 廉谈 11-24 >郑华"],
  // 2. Two days before 我和X分别 with two people: day i, doer i, person i — one reading among others, so on a card.
  ["张伟", "11月10日、11月17日，我和陈志强分别与周涛、郑华进行了廉政谈话", "!廉谈 11-10 >周涛 | 廉谈 11-17 陈志强>郑华"],
  ["王建国", "11月12日、11月19日，我和刘芳分别同孙丽、吴静开展了谈心谈话", "!谈心 11-12 >孙丽 | 谈心 11-19 刘芳>吴静"],
  ["张伟", "11月10日、11月17日，我和陈志强分别与周涛、郑华谈话", "!? 11-10 >周涛 ?missing_type | ? 11-17 陈志强>郑华 ?missing_type"],
  // Near-misses: one day for both doers stays the two doers' (round 25b).
  ["张伟", "11月10日，我和陈志强分别与周涛、郑华进行了廉政谈话", "!廉谈 11-10 >周涛 | 廉谈 11-10 陈志强>郑华"],
  // 3. A group after several doers, then a colon list: the list is every talk, each the doer's who supervises the person.
  ["王建国", "本月我和陈志强分别与分管部门负责人进行了廉政谈话：11月10日与周涛，11月17日与吴静", "!廉谈 11-10 >周涛 ?ambiguous_actor | 廉谈 11-17 >吴静 ?ambiguous_actor"],
  ["王建国", "本月我和陈志强分别与分管部门负责人进行了廉政谈话：11月10日与李明，11月17日与郑华", "!廉谈 11-10 >李明 | 廉谈 11-17 陈志强>郑华"],
  ["王建国", "我和陈志强分别与分管部门负责人进行了廉政谈话：11月10日与周涛，11月17日与郑华", "!廉谈 11-10 >周涛 ?ambiguous_actor | 廉谈 11-17 陈志强>郑华"],
  ["张伟", "本月王建国、陈志强分别与分管部门负责人进行了廉政谈话：11月10日与李明，11月17日与郑华", "!廉谈 11-10 王建国>李明 | 廉谈 11-17 陈志强>郑华"],
  ["张伟", "上个月我和赵敏分别与分管部门负责人签订了党风廉政建设责任书：11月3日与王磊，11月5日与何平", "!签责 11-03 赵敏>王磊 | 签责 11-05 赵敏>何平"],
  ["张伟", "11月上旬，我和赵敏分别与分管部门负责人开展了廉政谈话：11月3日与王磊，11月6日与徐辉", "!廉谈 11-03 赵敏>王磊 | 廉谈 11-06 赵敏>徐辉"],
  ["刘芳", "近期我和王建国分别同分管部门负责人开展了廉政谈话：11月16日与吴静，11月23日与孙丽", "!廉谈 11-16 >吴静 | 廉谈 11-23 王建国>孙丽"],
  ["王建国", "本月我和陈志强分别与分管部门负责人进行了廉政谈话：李明、冯雪", "!廉谈 ? >李明 ?missing_date | 廉谈 ? 陈志强>冯雪 ?missing_date"],
  // Near-misses: no list (each doer's own group, days asked); one doer (the list, as round 32b read it).
  ["王建国", "本月我和陈志强分别与分管部门负责人进行了廉政谈话", "!廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date | 廉谈 ? 陈志强>郑华 ?missing_date | 廉谈 ? 陈志强>冯雪 ?missing_date"],
  ["王建国", "本月与分管部门负责人进行了廉政谈话：11月10日与李明，11月17日与孙丽", "!廉谈 11-10 >李明 | 廉谈 11-17 >孙丽"],
  // 4. 「X或Y」 as the doer: asked among the two. Near-miss: 和 names two who both held it.
  ["王芳", "11月20日，王建国副理事长或陈志强副理事长与冯雪进行了廉政谈话", "!廉谈 11-20 >冯雪 ?ambiguous_actor"],
  ["王芳", "11月20日，王建国副理事长和陈志强副理事长与冯雪进行了廉政谈话", "!廉谈 11-20 王建国>冯雪 | 廉谈 11-20 陈志强>冯雪"],
  // 6. Two doers and three people with 分别: each talk the doer's who supervises the person, or asked — never all × all.
  ["张伟", "今天王建国、陈志强分别与李明、郑华、冯雪进行了廉政谈话", "!廉谈 11-30 王建国>李明 | 廉谈 11-30 陈志强>郑华 | 廉谈 11-30 陈志强>冯雪"],
  ["张伟", "今天我和陈志强分别与周涛、郑华、冯雪进行了廉政谈话", "!廉谈 11-30 >周涛 ?ambiguous_actor | 廉谈 11-30 陈志强>郑华 | 廉谈 11-30 陈志强>冯雪"],
  ["王芳", "今天王建国、陈志强分别与周涛、吴静、何平进行了廉政谈话", "!廉谈 11-30 >周涛 ?ambiguous_actor | 廉谈 11-30 >吴静 ?ambiguous_actor | 廉谈 11-30 >何平 ?ambiguous_actor"],
  ["张伟", "11月10日、11月17日，我和陈志强分别与周涛、郑华、冯雪进行了廉政谈话", "!廉谈 ? >周涛 ?missing_date,ambiguous_actor | 廉谈 ? 陈志强>郑华 ?missing_date | 廉谈 ? 陈志强>冯雪 ?missing_date"],
  // Near-misses: as many people as doers pair in order; no 分别, each doer with everyone; the sender splits by the chain;
  // one person, each doer with them.
  ["王芳", "今天王建国、陈志强分别与李明、郑华进行了廉政谈话", "!廉谈 11-30 王建国>李明 | 廉谈 11-30 陈志强>郑华"],
  ["王芳", "今天王建国、陈志强与李明、郑华进行了廉政谈话", "!廉谈 11-30 王建国>李明 | 廉谈 11-30 王建国>郑华 | 廉谈 11-30 陈志强>李明 | 廉谈 11-30 陈志强>郑华"],
  ["王建国", "今天我和陈志强分别与李明、郑华、冯雪进行了廉政谈话", "!廉谈 11-30 >李明 | 廉谈 11-30 陈志强>郑华 | 廉谈 11-30 陈志强>冯雪"],
  ["王芳", "今天王建国、陈志强分别与冯雪进行了谈心谈话", "!谈心 11-30 王建国>冯雪 | 谈心 11-30 陈志强>冯雪"],
  // 5. 「X或Y」 as the one talked to or signed with: one record, whom asked among the two (two were stored at once).
  ["孙丽", "11月20日下午与王强或李娟进行了谈心谈话", "谈心 11-20 > ?ambiguous_counterpart"],
  ["张伟", "昨天和王建国或者刘芳签订了党风廉政建设责任书", "签责 11-29 > ?ambiguous_counterpart"],
  // Near-miss: a list of the two is two talks, at once.
  ["孙丽", "11月20日与王强、李娟进行了谈心谈话", "谈心 11-20 >王强 | 谈心 11-20 >李娟"],
];
