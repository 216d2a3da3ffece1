// Doer and department faults of round 18 (x18, issue 10): department headings on one line, deeds said not done in a list,
// deeds tacked on with 顺便, a leader's meeting 到中心, per-department items after a shared verb, the 纪委书记's own check.
import type { CorpusRow } from './corpusRow.js';

export const EIGHTEEN_X_ROWS: CorpusRow[] = [
  // A. 「‹部门›…学习：」 opening a line sent by a clerk heads the items after it: they are the department's, its head's, on
  // the card (was: only 「…工作：」/「…情况：」 headings were set apart; the others' items stored at once as the clerk's own).
  ["张颖", "组联部11月学习：11月10日集中学习《廉洁自律准则》", "!廉教 11-10 周涛> 《廉洁自律准则》"],
  ["王强", "财务科本月两次学习：11月4日学习《廉洁自律准则》，11月18日组织观看警示教育片《蜕变》", "!廉教 11-04 孙丽> 《廉洁自律准则》 | 警示 11-18 孙丽> 《蜕变》"],
  ["陈静", "教育就业部十一月份学习：11月12日学习《中国共产党纪律处分条例》第三章", "!廉教 11-12 郑华> 《中国共产党纪律处分条例》"],
  ["刘洋", "康复部本月学习：11月16日观看警示片《围猎》", "!警示 11-16 吴静> 《围猎》"],
  // 和 between two titles joins what was studied; it names no one talked with (was: the item kept as the clerk's own).
  ["赵磊", "维权部本月学习情况：11月9日学习《廉洁自律准则》和《纪律处分条例》", "!廉教 11-09 冯雪> 《廉洁自律准则、纪律处分条例》"],
  // A heading naming its kind too (两次廉政教育：) gives the untyped item that kind, and the department its doer.
  ["刘洋", "康复部11月两次廉政教育：11月5日学习《廉洁自律准则》，11月19日观看《一念之差》", "!廉教 11-05 吴静> 《廉洁自律准则》 | 廉教 11-19 吴静> 《一念之差》"],
  // The head sending the same heading: his own, as before.
  ["周涛", "组联部11月学习：11月10日集中学习《廉洁自律准则》", "廉教 11-10 > 《廉洁自律准则》"],
  // C. 「‹某人›出差未谈」「因故未签」「另行安排」 inside a list says the deed was not done for that person: no record with them,
  // named on the card (was: the person added to the talk before, recorded as talked with).
  ["胡军", "11月廉政谈话情况：刘芳副理事长11月12日与周涛谈话，吴静休假未谈", "!廉谈 11-12 刘芳>周涛"],
  ["张伟", "11月20日和赵敏、刘芳谈了廉政，陈志强出差未谈", "!廉谈 11-20 >赵敏 | 廉谈 11-20 >刘芳"],
  ["王芳", "本月签订责任书情况：11月18日王建国与李明、孙丽签订责任书，孙丽因故未签", "!签责 11-18 王建国>李明"],
  ["胡军", "责任书签订情况：\n1. 11月19日陈志强与郑华签订责任书\n2. 冯雪因故未签", "!签责 11-19 陈志强>郑华"],
  ["林晓", "谈心谈话情况：赵敏书记11月24日与王磊谈心，何平另行安排", "!谈心 11-24 赵敏>王磊"],
  // D. A signing tacked on with 顺便/顺带/顺手 shares the talk's counterpart and day (was: a 责任书 with no one).
  ["孙丽", "11月25日和王强谈心，顺手把责任书签了", "!谈心 11-25 >王强 | 签责 11-25 >王强"],
  ["郑华", "上周四跟陈静谈了廉政，顺便把廉政承诺书也签了", "!廉谈 11-26 >陈静 | 签责 11-26 >陈静"],
  ["周涛", "11月27日与张颖进行廉政谈话，顺带签订了廉政承诺书", "!廉谈 11-27 >张颖 | 签责 11-27 >张颖"],
  ["吴静", "昨天与刘洋签了承诺书，顺便谈了心", "!签责 11-29 >刘洋 | 谈心 11-29 >刘洋"],
  // E. A leader's meeting 到中心/来中心 (the bare 中心 a place gone to) is a 分管科室会议 at the 中心 she supervises, as
  // 到康复中心 is (was: typed 专题会议).
  ["徐辉", "赵敏书记11月27日到中心主持召开党风廉政建设工作会议", "!分管会 11-27 赵敏>"],
  ["孙杰", "11月25日赵敏书记来中心主持召开党风廉政建设工作会议，中层以上干部参加", "!分管会 11-25 赵敏>"],
  ["胡军", "赵敏书记11月18日到中心召开党风廉政建设工作会议", "!分管会 11-18 赵敏>"],
  ["徐辉", "赵敏书记11月27日到中心主持召开党风廉政建设工作会议，会上赵书记与何平主任进行了廉政谈话", "!分管会 11-27 赵敏> | 廉谈 11-27 赵敏>何平"],
  // 会上与何平… with no subject of its own goes on with the meeting's leader (was: the sender's own talk).
  ["孙杰", "赵敏书记11月24日到康复中心主持召开党风廉政建设工作会议，会上与何平主任进行了廉政谈话", "!分管会 11-24 赵敏> | 廉谈 11-24 赵敏>何平"],
  // F. ‹部门›‹day›‹count›篇 items after a shared 报了信息 clause are each their own 信息报送, the department head's (was: only
  // the first recorded, the second named as unaccounted).
  ["王建国", "分管的两个科室都报了信息，办公室11月5日一篇，财务科11月9日一篇", "!信息 11-05 李明> | 信息 11-09 孙丽>"],
  ["刘芳", "组联部和康复部本月均报送了信息：组联部11月6日一篇；康复部11月20日一篇", "!信息 11-06 周涛> | 信息 11-20 吴静>"],
  ["赵敏", "宣文部和康复中心这个月都上报了廉政信息，宣文部11月10日1篇，康复中心11月24日1篇", "!信息 11-10 王磊> | 信息 11-24 何平>"],
  // J. The 纪委书记 naming a companion (和林晓…) on his own check led it: not asked who led (was: 「是谁带队检查的？」); the
  // remark names who went along. A companion who outranks the sender is still asked.
  ["黄志刚", "上周三和林晓对财务科、办公室开展了作风纪律督查", "!作风 11-25 >"],
  ["黄志刚", "11月27日与林晓一起到组联部检查了考勤", "作风 11-27 >"],
  ["黄志刚", "前天和林晓去宣文部开展了节前作风纪律检查", "!作风 11-28 >"],
  ["林晓", "11月24日和黄志刚对维权部开展了作风纪律检查", "作风 11-24 > ?missing_actor"],
];
