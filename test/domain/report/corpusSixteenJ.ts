// Round 16's tables, group titles, guest lectures and terse lines (issue 10), in messages of our own.
import type { CorpusRow } from './corpusRow.js';

export const SIXTEEN_J_ROWS: CorpusRow[] = [
  // A table pasted from Excel: a header row names the columns (谈话人 the doer, 谈话对象 the one talked to, 时间 the day,
  // 形式 or the title line the type); one record per row, the title line a heading (round 16: each row the sender's talk
  // of no type with both people, the title a fifth talk asked its day).
  ["林晓", "刘芳副理事长廉政谈话开展情况\n序号\t谈话人\t谈话对象\t时间\t形式\n1\t刘芳\t周涛\t11月9日\t个别谈话\n2\t刘芳\t吴静\t11月11日\t个别谈话", "!廉谈 11-09 刘芳>周涛 | 廉谈 11-11 刘芳>吴静"],
  ["胡军", "序号\t谈话人\t谈话对象\t时间\t形式\n1\t王建国\t李明\t11月16日\t廉政谈话\n2\t王建国\t孙丽\t11月17日\t谈心谈话", "!廉谈 11-16 王建国>李明 | 谈心 11-17 王建国>孙丽"],
  ["王芳", "张伟书记与班子成员谈话情况\n序号  谈话人  谈话对象  谈话时间  谈话类型\n1  张伟  陈志强  11月12日  廉政谈话\n2  张伟  赵敏  11月13日  廉政谈话", "!廉谈 11-12 张伟>陈志强 | 廉谈 11-13 张伟>赵敏"],
  // As the bot reads it from chat: tabs folded to single spaces.
  ["林晓", "王建国副理事长谈心谈话情况\n序号 谈话人 谈话对象 时间 形式\n1 王建国 李明 11月3日 面对面\n2 王建国 孙丽 11月4日 面对面", "!谈心 11-03 王建国>李明 | 谈心 11-04 王建国>孙丽"],
  // No header: rows 「1 刘芳 周涛 11月9日 …」 under a title naming 刘芳 and the type are 刘芳's talks of that type.
  ["林晓", "刘芳副理事长廉政谈话情况\n1 刘芳 周涛 11月9日 个别谈话\n2 刘芳 吴静 11月10日 个别谈话", "!廉谈 11-09 刘芳>周涛 | 廉谈 11-10 刘芳>吴静"],
  // 台账 in the title over dated rows is a report of those rows, never a request for the ledger (round 16: an export sent).
  ["林晓", "陈志强副理事长下半年谈心谈话台账（摘录）\n序号\t谈话人\t谈话对象\t时间\t形式\n1\t陈志强\t郑华\t2026年10月20日\t面对面\n2\t陈志强\t冯雪\t2026年10月21日\t面对面", "!谈心 10-20 陈志强>郑华 | 谈心 10-21 陈志强>冯雪"],
  ["林晓", "财务科廉政谈话台账\n11月6日 孙丽 与 王强 廉政谈话", "!廉谈 11-06 孙丽>王强"],
  // A 姓名 column is whose each row is; 内容 says what they did.
  ["胡军", "姓名\t日期\t内容\n李明\t11月18日\t组织观看警示教育片《围猎》\n郑华\t11月19日\t组织学习《廉洁自律准则》", "!警示 11-18 李明> 《围猎》 | 廉教 11-19 郑华> 《廉洁自律准则》"],
  // A row of no type under a title of no type: asked, never guessed.
  ["林晓", "序号\t谈话人\t谈话对象\t时间\n1\t赵敏\t王磊\t11月20日", "? 11-20 赵敏>王磊 ?missing_type"],

  // A group word as the title of the names after it (班子成员王建国、刘芳) is who they are, never more people they signed
  // with; a count between the names and 分别 (两位副理事长) is no one (round 16: leaders signing with each other, or the
  // sender's signings with the two leaders).
  ["王芳", "11月27日，班子成员王建国、刘芳分别与分管科室负责人签订责任书。", "!签责 11-27 王建国>李明 | 签责 11-27 王建国>孙丽 | 签责 11-27 刘芳>周涛 | 签责 11-27 刘芳>吴静"],
  ["胡军", "本周一，陈志强、赵敏两位副理事长分别与分管部室负责人签订了2026年度党风廉政建设责任书，实现层层签订全覆盖。", "!签责 11-30 陈志强>郑华 | 签责 11-30 陈志强>冯雪 | 签责 11-30 赵敏>王磊 | 签责 11-30 赵敏>何平"],
  ["林晓", "11月24日，党组成员刘芳、陈志强分别与分管部门负责人进行了谈心谈话。", "!谈心 11-24 刘芳>周涛 | 谈心 11-24 刘芳>吴静 | 谈心 11-24 陈志强>郑华 | 谈心 11-24 陈志强>冯雪"],
  ["王芳", "11月25日，王建国、赵敏两位班子成员分别与分管科室负责人开展了廉政谈话", "!廉谈 11-25 王建国>李明 | 廉谈 11-25 王建国>孙丽 | 廉谈 11-25 赵敏>王磊 | 廉谈 11-25 赵敏>何平"],
  ["胡军", "11月26日，刘芳、陈志强、赵敏三位副理事长分别与分管部室负责人签订了承诺书。", "!签责 11-26 刘芳>周涛 | 签责 11-26 刘芳>吴静 | 签责 11-26 陈志强>郑华 | 签责 11-26 陈志强>冯雪 | 签责 11-26 赵敏>王磊 | 签责 11-26 赵敏>何平"],
  // The lead's day is the day of its ；-clause too: one signing meeting (round 16: the second clause asked its day).
  ["王芳", "11月27日，市残联召开党风廉政建设责任书签订会。党组书记张伟与班子成员逐一签订责任书；班子成员王建国、刘芳分别与分管科室负责人签订责任书。", "!签责 11-27 张伟>王建国 | 签责 11-27 张伟>刘芳 | 签责 11-27 张伟>陈志强 | 签责 11-27 张伟>赵敏 | 签责 11-27 王建国>李明 | 签责 11-27 王建国>孙丽 | 签责 11-27 刘芳>周涛 | 签责 11-27 刘芳>吴静"],
  // A clause of another kind is a deed of its own: its day is asked (f16's rule for typed ；-clauses).
  ["胡军", "11月20日，赵敏书记到宣文部与王磊部长进行廉政谈话；与杨帆同志进行谈心谈话。", "廉谈 11-20 赵敏>王磊 | 谈心 ? 赵敏>杨帆 ?missing_date"],
  ["胡军", "11月20日，赵敏书记到宣文部与王磊部长进行廉政谈话；与杨帆同志进行廉政谈话。", "!廉谈 11-20 赵敏>王磊 | 廉谈 11-20 赵敏>杨帆"],
  // A clause with a day of its own keeps it; one after a clause of another day is asked, never given a day.
  ["胡军", "11月6日，刘芳副理事长与周涛谈心谈话；11月13日，与吴静谈心谈话；与张颖进行廉政谈话。", "谈心 11-06 刘芳>周涛 | 谈心 11-13 刘芳>吴静 | 廉谈 ? 刘芳>张颖 ?missing_date"],

  // A lecture given by an invited guest is the inviter's 廉政教育, the one who chaired it its doer: never the chair's
  // 廉政党课 (round 16: 张伟 credited with a lecture he only chaired).
  ["王芳", "11月20日，机关党委邀请市委党校王教授为全体党员讲授廉政党课，题为《廉洁从政的底线》，赵敏书记主持。", "!廉教 11-20 赵敏> 《廉洁从政的底线》"],
  ["王芳", "11月25日，邀请市纪委同志为机关党员干部讲授廉政党课，张伟书记主持。", "!廉教 11-25 张伟>"],
  ["胡军", "11月12日，市残联党组特邀省廉政教育专家讲授专题廉政党课，党组书记张伟主持并作总结讲话。", "!廉教 11-12 张伟>"],
  ["孙杰", "11月23日，中心邀请区纪委同志为中心职工讲廉政党课，何平主任主持。", "!廉教 11-23 何平>"],
  // The one who lectured keeps the lecture when someone else chaired it.
  ["王芳", "11月19日，党组书记张伟为机关全体党员讲授廉政党课，赵敏书记主持。", "!党课 11-19 张伟>"],

  // Terse lines: a title-less 书记 before the deed word is the 书记 of that surname and the doer; a bare 中心 is the one
  // 中心 of the directory; a span with dots is its first day (round 16: the sender's talks with both, or the sender's).
  ["林晓", "前日 黄书记 约谈 何平", "!廉谈 11-28 黄志刚>何平"],
  ["林晓", "11.27 赵书记 约谈 王磊", "!廉谈 11-27 赵敏>王磊"],
  ["胡军", "昨日 中心 警示教育 28人", "!警示 11-29 何平> #28"],
  ["李明", "中心 11.20 廉政教育", "!廉教 11-20 何平>"],
  ["王芳", "宣文部 11.24-11.26 廉洁教育", "!廉教 11-24 王磊>"],
  ["胡军", "维权部 11.16-11.18 警示教育", "!警示 11-16 冯雪>"],
  ["林晓", "11.17-19 组联部 廉政学习", "!廉教 11-17 周涛>"],
  // From inside the 中心, a terse 中心 is the sender's own, so its head's too.
  ["孙杰", "昨日 中心 警示教育 20人", "!警示 11-29 何平> #20"],
  // 中心组 (the 党组理论学习中心组) is no department.
  ["王芳", "11月18日，党组理论学习中心组集中学习《中国共产党纪律处分条例》，张伟书记主持", "!廉教 11-18 张伟> 《中国共产党纪律处分条例》"],
];
