// Faults of round 32b's acceptance test (tester t32b: F3, F4) fixed on branch n2 (issue 10). Read on Mon 2026-11-30
// 10:00 +08:00 (the tester's days restated). Fixed: who asked for a deed (受X委托 · 按照X安排 · 根据X要求 · 经X同意 · 受X委派)
// was read as a party to it, so a sender's talk done for their superior gained an invented talk of the superior with the
// sender; a heading group (与分管的组联部、康复部负责人分别开展了廉政谈话) over a day–person list (：11月10日与周涛，11月17日
// 与吴静) was expanded on the first day and the list read again, inventing a talk with 吴静 on 11-10; now the list is read,
// and members of the group it leaves out are asked their day.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_TWO_I_ROWS: CorpusRow[] = [
  // 1. Who asked for the deed is neither its doer nor the one it was held with: the rest of the sentence says both.
  ["徐辉", "受何平主任委托，我于11月27日与中心新入职的孙杰同志进行了任前廉政谈话。", "廉谈 11-27 >孙杰"],
  ["徐辉", "按照何平主任安排，我11月27日和孙杰进行了廉政谈话。", "廉谈 11-27 >孙杰"],
  ["李明", "根据王建国副理事长的要求，11月26日我与王芳进行了廉政谈话", "!廉谈 11-26 >王芳"],
  ["王芳", "受张伟书记委托，王建国副理事长11月20日与李明进行了廉政谈话。", "!廉谈 11-20 王建国>李明"],
  ["孙丽", "我受王建国副理事长委派，11月24日与王强、李娟分别签订了廉洁从业承诺书", "签责 11-24 >王强 | 签责 11-24 >李娟"],
  ["李明", "经王建国副理事长同意，11月25日组织办公室全体人员观看了警示教育片《迷途》", "警示 11-25 > 《迷途》"],
  // Near-misses: a talk with the superior is still the superior's (round 27u), with or without an agency phrase beside
  // it; an agency phrase naming no person (党组) or the sender (我的安排) is left as it was.
  ["徐辉", "11月27日和何平主任进行了廉政谈话", "!廉谈 11-27 何平>徐辉"],
  ["徐辉", "11月27日按照何平主任的安排和何平主任进行了廉政谈话", "!廉谈 11-27 何平>徐辉"],
  ["李明", "按照党组安排，11月26日我与王芳进行了廉政谈话", "廉谈 11-26 >王芳"],
  ["李明", "按照我的安排，11月26日王芳与胡军进行了谈心谈话", "!谈心 11-26 王芳>胡军"],
  // 2. A group heading over a day–person list (after a colon, a dash, or a comma after 分别) is that list, each on its day.
  ["刘芳", "本月我与分管的组联部、康复部负责人分别开展了廉政谈话：11月10日与周涛，11月17日与吴静。另外11月27日参加了康复部组织的警示教育。", "!廉谈 11-10 >周涛 | 廉谈 11-17 >吴静 | 警示 11-27 吴静>"],
  ["刘芳", "本月与分管的组联部、康复部负责人分别开展了廉政谈话，11月10日与周涛，11月17日与吴静。", "!廉谈 11-10 >周涛 | 廉谈 11-17 >吴静"],
  ["刘芳", "我与分管部门负责人分别签订了党风廉政建设责任书：11月10日与周涛，11月17日与吴静。", "!签责 11-10 >周涛 | 签责 11-17 >吴静"],
  ["张伟", "本月与班子成员开展了廉政谈话——11月5日和王建国，11月12日和刘芳", "!廉谈 11-05 >王建国 | 廉谈 11-12 >刘芳 | 廉谈 ? >陈志强 ?missing_date | 廉谈 ? >赵敏 ?missing_date"],
  ["王芳", "张伟书记与班子成员分别进行了廉政谈话：11月5日与王建国，11月12日与刘芳", "!廉谈 ? 张伟>陈志强 ?missing_date | 廉谈 ? 张伟>赵敏 ?missing_date | 廉谈 11-05 张伟>王建国 | 廉谈 11-12 张伟>刘芳"],
  // Those of the group the list leaves out (above, 班子成员 are four; here 郑华) are never dropped: their talk is asked its day.
  ["刘芳", "本月与周涛、吴静、郑华进行了廉政谈话：11月10日与周涛，11月17日与吴静", "!廉谈 11-10 >周涛 | 廉谈 11-17 >吴静 | 廉谈 ? >郑华 ?missing_date"],
  ["刘芳", "本月我和王建国一起与分管部门负责人进行了廉政谈话：11月10日与周涛，11月17日与吴静", "!廉谈 11-10 >周涛 | 廉谈 11-17 >吴静"],
  // Near-misses: the group alone on one day is each of its members on that day; the list alone is read as before; a list
  // of names without days keeps its day asked.
  ["刘芳", "今天我与分管的组联部、康复部负责人分别开展了廉政谈话", "廉谈 11-30 >周涛 | 廉谈 11-30 >吴静"],
  ["刘芳", "11月10日我与分管的组联部、康复部负责人分别开展了廉政谈话", "廉谈 11-10 >周涛 | 廉谈 11-10 >吴静"],
  ["刘芳", "11月10日与周涛进行了廉政谈话，11月17日与吴静", "!廉谈 11-10 >周涛 | 廉谈 11-17 >吴静"],
  ["刘芳", "我与分管部门负责人开展了廉政谈话：周涛、吴静", "!廉谈 ? >周涛 ?missing_date | 廉谈 ? >吴静 ?missing_date"],
];
