// Round 30g (tester t30g, acceptance of issue 10; judged in /work/rounds/round-30g-report.md): records on 确认 cards that are
// no items of their own, and a talk turned the wrong way round. Read on Mon 2026-11-30 10:00 +08:00 (the tester ran on Thu
// 12-03; days restated). Part B's messages were sent with the tester's own expectation (「⇒ 警示教育 12-02 吴静 (card)」)
// still on them, and that tail, not the message, made the extra records of §5 B4, §6 B8, §4 B12 and the twice-shown talk of
// §13 B3; the messages as members write them read right, and the rows below keep them so, beside their near-misses.
// Fixed: §9 B9, 王部长说他昨天跟赵书记谈过了 from a clerk read as 王磊>赵敏; between two others, the one above in the chain
// holds the talk or signing (as for the sender), unless the one below sought it (找/约…). Found probing the kind: a document
// studied without 《》 (学习了廉洁自律准则) beside a talk was lost without a word, the talk recorded at once.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_ONE_D_ROWS: CorpusRow[] = [
  // §9 B9: a head's talk or signing with his own 分管领导 (or a leader's with the 书记) is the superior's, on a card.
  ["杨帆", "王部长说他上周五跟赵书记谈过了", "!? 11-27 赵敏>王磊 ?missing_type"],
  ["杨帆", "王部长周四和赵书记进行了谈心谈话", "!谈心 11-26 赵敏>王磊"],
  ["杨帆", "上周五王部长和赵书记签订了党风廉政建设责任书", "!签责 11-27 赵敏>王磊"],
  ["王芳", "王建国副理事长上周四和张书记进行了廉政谈话", "!廉谈 11-26 张伟>王建国"],
  // near-misses: the one below sought it (stays his); the superior named first; peers; a head with his own staff.
  ["杨帆", "王部长上周五找赵书记谈了心", "!谈心 11-27 王磊>赵敏"],
  ["杨帆", "上周五赵书记和王部长谈了话", "!? 11-27 赵敏>王磊 ?missing_type"],
  ["杨帆", "王部长说他上周五跟孙科长谈过了", "!? 11-27 王磊>孙丽 ?missing_type"],
  ["胡军", "李主任上周五和王芳进行了谈心谈话", "!谈心 11-27 李明>王芳"],
  // §5 B4: X组织我们/大家/全体… is one deed of X's; the reporter who attended has none.
  ["刘洋", "吴部长上周三组织我们看了警示教育片", "!警示 11-25 吴静>"],
  ["刘洋", "上周三吴部长组织大家观看了警示教育片《围猎》", "!警示 11-25 吴静> 《围猎》"],
  ["杨帆", "王部长上周五组织全体党员学习了廉洁自律准则", "!廉教 11-27 王磊> 《廉洁自律准则》"],
  ["张颖", "周部长上周四组织我们部门学习了纪律处分条例，我也参加了", "!廉教 11-26 周涛> 《纪律处分条例》"],
  ["赵磊", "冯部长上周五带我们看了警示片", "!警示 11-27 冯雪>"],
  // near-miss: no 我们, the same one deed.
  ["刘洋", "吴部长上周三组织观看了警示教育片", "!警示 11-25 吴静>"],
  // §6 B8: a trailing head count (来了N个人/到了N人/N人参加/共N人) is the count of the deed before it.
  ["郑华", "我们部今天上午学了廉洁自律准则，来了5个人", "廉教 11-30 > 《廉洁自律准则》 #5"],
  ["郑华", "今天上午部里学习了廉洁自律准则，参加5人", "廉教 11-30 > 《廉洁自律准则》 #5"],
  ["吴静", "上周五组织部里看了警示教育片《蜕变》，到了7人", "警示 11-27 > 《蜕变》 #7"],
  ["王磊", "上周四部里学了纪律处分条例，6人参加", "廉教 11-26 > 《纪律处分条例》 #6"],
  // near-miss: a study of no 廉政 text keeps its kind asked, the count kept.
  ["孙丽", "今天科里学习了会计法，共4人", "? 11-30 > 《会计法》 #4 ?missing_type"],
  // §4 B12: a group word expanded into people leaves no item of its own, in either script, for any group and type.
  ["张伟", "今天與各科室負責人簽訂了黨風廉政建設責任書", "!签责 11-30 >李明 | 签责 11-30 >孙丽 | 签责 11-30 >周涛 | 签责 11-30 >吴静 | 签责 11-30 >郑华 | 签责 11-30 >王磊 | 签责 11-30 >冯雪 | 签责 11-30 >何平"],
  ["张伟", "今天与各科室负责人进行了廉政谈话", "!廉谈 11-30 >李明 | 廉谈 11-30 >孙丽 | 廉谈 11-30 >周涛 | 廉谈 11-30 >吴静 | 廉谈 11-30 >郑华 | 廉谈 11-30 >王磊 | 廉谈 11-30 >冯雪 | 廉谈 11-30 >何平"],
  ["张伟", "今天與班子成員簽訂了黨風廉政建設責任書", "!签责 11-30 >王建国 | 签责 11-30 >刘芳 | 签责 11-30 >陈志强 | 签责 11-30 >赵敏"],
  ["王建国", "今天與分管部門負責人進行了集體廉政談話", "!廉谈 11-30 >李明 | 廉谈 11-30 >孙丽"],
  ["王建国", "今天与分管部门负责人签订了党风廉政建设责任书", "!签责 11-30 >李明 | 签责 11-30 >孙丽"],
  // §13 B3: 提醒注意…廉洁… after 找我谈话 is what the one talk was about (its kind), not a second item.
  ["孙杰", "上周五何主任找我谈话了，提醒注意医德医风和廉洁行医", "!廉谈 11-27 何平>孙杰"],
  ["徐辉", "上周五何主任找我谈了话，叮嘱要廉洁行医、不收红包", "!廉谈 11-27 何平>徐辉"],
  // near-miss: nothing said of what it was about; its kind is asked.
  ["孙杰", "上周五何主任找我谈话了", "!? 11-27 何平>孙杰 ?missing_type"],
  // A study of a document named without 《》 beside a talk is an item of its own (it was dropped silently), its count its own.
  ["周涛", "上周五部里学习了廉洁自律准则，还和张颖谈心谈话了", "!廉教 11-27 > 《廉洁自律准则》 | 谈心 11-27 >张颖"],
  ["周涛", "周四和张颖谈心谈话了，部里还学习了纪律处分条例", "!谈心 11-26 >张颖 | 廉教 11-26 > 《纪律处分条例》"],
  ["孙丽", "上周五科里学了廉洁自律准则，来了4个人，下午和王强谈了心", "!廉教 11-27 > 《廉洁自律准则》 #4 | 谈心 11-27 >王强"],
  // near-misses: a study urged in the talk is what was said; the study alone is recorded at once.
  ["周涛", "今天和张颖谈心谈话，提醒她学习纪律处分条例", "谈心 11-30 >张颖"],
  ["周涛", "上周五部里学习了廉洁自律准则", "廉教 11-27 > 《廉洁自律准则》"],
];
