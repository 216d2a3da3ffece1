// Kinds read wrong on unseen messages in the second helper round of issue 10, each written fresh in several variants.
// Each row: sender, message, and what the bot must do with it (see corpusRow.ts for the notation); days are read on Monday 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const UNSEEN_MORE_ROWS: CorpusRow[] = [
  // Several doers and a group word relative to the doer (分管科室负责人): each doer gets their own people, never the
  // first doer's people paired out among them.
  ["张伟", "今天王建国副理事长、刘芳副理事长分别与分管科室负责人开展了集体廉政谈话", "!廉谈 11-30 王建国>李明 | 廉谈 11-30 王建国>孙丽 | 廉谈 11-30 刘芳>周涛 | 廉谈 11-30 刘芳>吴静"],
  ["胡军", "11月20日王建国副理事长、刘芳副理事长分别与分管科室负责人签订了党风廉政建设责任书", "!签责 11-20 王建国>李明 | 签责 11-20 王建国>孙丽 | 签责 11-20 刘芳>周涛 | 签责 11-20 刘芳>吴静"],
  ["杨帆", "11月25日，陈志强副理事长和赵敏书记分别同分管部门负责人进行了廉政谈话", "!廉谈 11-25 陈志强>郑华 | 廉谈 11-25 陈志强>冯雪 | 廉谈 11-25 赵敏>王磊 | 廉谈 11-25 赵敏>何平"],
  // The leaders as a group standing as the doers (班子成员分别与…): every leader a doer with their own people, never the sender's.
  ["张伟", "11月3日班子成员分别与分管科室负责人签订了责任书", "!签责 11-03 王建国>李明 | 签责 11-03 王建国>孙丽 | 签责 11-03 刘芳>周涛 | 签责 11-03 刘芳>吴静 | 签责 11-03 陈志强>郑华 | 签责 11-03 陈志强>冯雪 | 签责 11-03 赵敏>王磊 | 签责 11-03 赵敏>何平"],
  ["胡军", "今天班子成员分别与分管科室负责人开展了廉政谈话", "!廉谈 11-30 王建国>李明 | 廉谈 11-30 王建国>孙丽 | 廉谈 11-30 刘芳>周涛 | 廉谈 11-30 刘芳>吴静 | 廉谈 11-30 陈志强>郑华 | 廉谈 11-30 陈志强>冯雪 | 廉谈 11-30 赵敏>王磊 | 廉谈 11-30 赵敏>何平"],
  ["林晓", "11月2日，党组成员分别与分管部门负责人开展了谈心谈话", "!谈心 11-02 王建国>李明 | 谈心 11-02 王建国>孙丽 | 谈心 11-02 刘芳>周涛 | 谈心 11-02 刘芳>吴静 | 谈心 11-02 陈志强>郑华 | 谈心 11-02 陈志强>冯雪 | 谈心 11-02 赵敏>王磊 | 谈心 11-02 赵敏>何平"],
  ["王芳", "上周五，班子成员分别到分管科室开展了作风纪律检查", "!作风 11-27 王建国> | 作风 11-27 刘芳> | 作风 11-27 陈志强> | 作风 11-27 赵敏>"],
  // Two doers and a talk of no named type: each doer keeps their own person; the other doer is no one talked to.
  ["胡军", "今天张伟书记、王建国副理事长分别与李明、孙丽谈话", "? 11-30 张伟>李明 ?missing_type | ? 11-30 王建国>孙丽 ?missing_type"],
  // A department right before a check is what was checked (财务科…检查 = 检查财务科): under a leader's heading the item is theirs.
  ["李娟", "王建国副理事长11月工作：\n• 11月10日 与孙丽廉政谈话\n• 11月18日 财务科专项资金使用情况检查", "!廉谈 11-10 王建国>孙丽 | 资金 11-18 王建国>"],
  ["刘洋", "陈志强副理事长11月工作情况：\n1、11月12日 维权部作风纪律专项检查\n2、11月19日 与郑华廉政谈话", "!作风 11-12 陈志强> | 廉谈 11-19 陈志强>郑华"],
  ["林晓", "11月18日财务科专项资金使用情况检查", "资金 11-18 >"],
  ["王芳", "11月16日对财务科开展专项资金检查", "资金 11-16 >"],
  // 我们部长/我们科长/我们主任 is the sender's own head, 我们分管领导 (分管我们部门的副理事长) their department's 分管领导;
  // a talk with the sender of no named type (谈过话了) is asked its type, and the day when none is said (上周).
  ["孙杰", "我们主任上周和我谈过话了", "? ? 何平>孙杰 ?missing_type,missing_date"],
  ["刘洋", "我们部长上周和我谈过话了", "? ? 吴静>刘洋 ?missing_type,missing_date"],
  ["陈静", "我们部长和我谈过了，廉政谈话", "廉谈 ? 郑华>陈静 ?missing_date"],
  ["胡军", "昨天我们主任和我进行了廉政谈话", "!廉谈 11-29 李明>胡军"],
  ["李娟", "昨天我们科长找我谈了话", "? 11-29 孙丽>李娟 ?missing_type"],
  ["李娟", "昨天我们分管领导和我谈了话", "? 11-29 王建国>李娟 ?missing_type"],
  ["赵磊", "11月26日分管我们部门的副理事长找我进行了廉政谈话", "!廉谈 11-26 陈志强>赵磊"],
  ["王强", "我们科长上周三和我谈了心", "!谈心 11-25 孙丽>王强"],
  // A study of no named type keeps its head count and title for the question (and is asked its day when none is said).
  ["李娟", "组织学习《监察法》，参加12人", "廉教 ? 孙丽> 《监察法》 #12 ?missing_date"],
  ["周涛", "11月23日组织部门集中学习《监察法》，参加5人", "廉教 11-23 > 《监察法》 #5"],
  ["周涛", "昨天组织全体干部学习《会计法》，应到15人，实到13人", "? 11-29 > 《会计法》 #13 ?missing_type"],
  // Round 1: someone named by surname and title who hands a paper in (交了/提交/报送) is its doer, never the sender.
  ["徐辉", "中心今年的述责述廉报告何主任已经交了", "述廉 ? 何平> ?missing_date"],
  ["徐辉", "11月25日何主任交了述责述廉报告", "!述廉 11-25 何平>"],
  ["王强", "11月20日孙科长向党组提交了述责述廉报告", "!述廉 11-20 孙丽>"],
  ["杨帆", "11月23日王部长向分管领导报送了述责述廉报告", "!述廉 11-23 王磊>"],
  // Round 1: 全科同志 / 全室人员 is everyone of the department visited (到财务科…), or of the sender's own; the sender included
  // when someone else held the talk.
  ["李娟", "11月6日张书记到财务科与全科同志进行集体廉政谈话", "!廉谈 11-06 张伟>孙丽 | 廉谈 11-06 张伟>王强 | 廉谈 11-06 张伟>李娟"],
  ["胡军", "11月12日王建国副理事长深入办公室，与全室人员开展谈心谈话", "!谈心 11-12 王建国>李明 | 谈心 11-12 王建国>黄志刚 | 谈心 11-12 王建国>林晓 | 谈心 11-12 王建国>王芳 | 谈心 11-12 王建国>胡军"],
  ["孙丽", "昨天与全科同志进行了集体廉政谈话", "!廉谈 11-29 >王强 | 廉谈 11-29 >李娟"],
  // Round 1: a title told in a clause of its own (讲的《…》, 题目是《…》) is the title of the activity before, never an activity
  // whose type is guessed from the words inside it; 听了/参加了X的党课 is X's.
  ["王强", "昨天参加了机关党委组织的廉政党课，赵敏书记讲的《以案为鉴 守住底线》", "!党课 11-29 赵敏> 《以案为鉴 守住底线》"],
  ["胡军", "11月20日听了张伟书记的廉政党课，讲的是《以案为鉴》", "!党课 11-20 张伟> 《以案为鉴》"],
  ["陈静", "上周五参加了陈志强副理事长的廉政党课，题目是《清白做人》", "!党课 11-27 陈志强> 《清白做人》"],
  ["赵磊", "11月18日听取了冯部长的廉政党课", "!党课 11-18 冯雪>"],
  // A count of talks with no one named (共开展谈心谈话3次) is asked who, never read as one talk with someone guessed.
  ["李明", "本月共开展谈心谈话3次", "-"],  // was 谈心 ? > ?missing_date,missing_counterpart (round 64, gdb: a total alone is no record; the deeds asked one by one)
  ["吴静", "11月20日共开展廉政谈话4次", "廉谈 11-20 > ?missing_counterpart"],
  ["周涛", "11月份部门共开展谈心谈话5人次", "谈心 ? > ?missing_date,missing_counterpart"],
  // A 承诺书 clause with no subject of its own after a talk (…和我谈话，签了承诺书) has that talk's doer and people.
  ["赵磊", "昨天冯部长和我谈话，签了承诺书", "? 11-29 冯雪>赵磊 ?missing_type | 签责 11-29 冯雪>赵磊"],
  ["赵磊", "上周四冯部长找我谈话，签了廉洁承诺书", "? 11-26 冯雪>赵磊 ?missing_type | 签责 11-26 冯雪>赵磊"],
  ["徐辉", "11月19日何主任和我谈心，签了承诺书", "!谈心 11-19 何平>徐辉 | 签责 11-19 何平>徐辉"],
  // Two talk types and two people without 分别: each takes the type written right after them, or every one is asked its type.
  ["孙丽", "昨天与王强、李娟进行了廉政谈话和谈心谈话", "? 11-29 >王强 ?missing_type | ? 11-29 >李娟 ?missing_type"],
  ["王强", "昨天孙科长和我、李娟进行了廉政谈话和谈心谈话", "? 11-29 孙丽>王强 ?missing_type | ? 11-29 孙丽>李娟 ?missing_type"],
  ["孙丽", "昨天和王强廉政谈话、李娟谈心谈话", "!廉谈 11-29 >王强 | 谈心 11-29 >李娟"],
  ["郑华", "11月20日和陈静廉政谈话、和冯雪谈心谈话", "!廉谈 11-20 >陈静 | 谈心 11-20 >冯雪"],
  // A title line without a colon over a list is a heading: a leader's name there gives them the subjectless items.
  ["胡军", "王建国副理事长11月工作\n1. 11月10日 与孙丽廉政谈话\n2. 11月18日 主持召开分管科室党风廉政建设工作会议", "!廉谈 11-10 王建国>孙丽 | 分管会 11-18 王建国>"],
  ["周涛", "11月20日组织观看警示教育片，参加30余人", "警示 11-20 > #30"],
  // Round 2: someone named standing before a paper deed (向党组报告了, 已经报送, 已经上报), with a day or the paper between,
  // is its doer, never the sender.
  ["杨帆", "宣文部王磊部长11月20日向党组报告了本部门全面从严治党工作情况", "!报告 11-20 王磊>"],
  ["胡军", "办公室李明主任11月16日向党组书面报告了上半年工作", "!报告 11-16 李明>"],
  ["陈静", "郑部长今年的调研报告11月28日已经报送", "!调研 11-28 郑华>"],
  ["刘洋", "吴部长本部门的自查报告11月26日已经上报", "!自查 11-26 吴静>"],
  // Round 2: what was said at a meeting (强调要以案为鉴…, and the clauses after it) is no activity of its own and no note.
  ["王芳", "11月30日下午，党组书记张伟主持召开2026年第四季度党风廉政建设形势分析研判会，班子成员及各部室负责人参加。会议通报了近期典型案例，强调要以案为鉴、警钟长鸣。", "!研判 11-30 张伟>"],
  ["孙杰", "11月18日，赵敏书记主持召开党风廉政建设专题会议，强调要深化以案促改，筑牢拒腐防变思想防线", "!专题 11-18 赵敏>"],
  // Round 2: 上上周五 is no 上周五 left over.
  ["刘芳", "上上周五和周涛、吴静分别签了党风廉政建设责任书", "签责 11-20 >周涛 | 签责 11-20 >吴静"],
  // Someone named who took no part in any record, beside one activity not done with someone: the bot asks whose it is
  // (among them and the sender) rather than proposing the sender.
  ["杨帆", "11月20日向党组报告了本部门工作情况，王磊部长审定", "报告 11-20 > ?missing_actor"],
  ["王芳", "11月22日组织观看警示教育片，胡军负责签到", "!警示 11-22 李明>"],
  // Round 2: 分别到 two departments is one activity in each (each its own day question), never every day given the first.
  ["赵敏", "11月份，分别到宣文部、康复中心召开分管科室党风廉政建设工作会议", "分管会 ? > ?missing_date | 分管会 ? > ?missing_date"],
  ["陈志强", "11月12日、11月19日分别到教育就业部、维权部召开分管部门党风廉政建设工作会议", "!分管会 11-12 > | 分管会 11-19 >"],
  // Two doers named by the sender's place (我们部长和我们分管领导…都找我谈过话): each talked with the sender.
  ["张颖", "我们部长和我们分管领导上周都找我谈过话", "? ? 周涛>张颖 ?missing_type,missing_date | ? ? 刘芳>张颖 ?missing_type,missing_date"],
  ["王芳", "我们主任昨天找我进行了任前廉政谈话", "!廉谈 11-29 李明>王芳"],
  ["徐辉", "我们中心主任11月25日与我进行了谈心谈话", "!谈心 11-25 何平>徐辉"],
  // The department heads as a group of doers of a paper (各科室负责人…向分管领导报送了…): every head a doer.
  ["李明", "各科室负责人11月18日向分管领导报送了述责述廉报告", "!述廉 11-18 > | 述廉 11-18 孙丽> | 述廉 11-18 周涛> | 述廉 11-18 吴静> | 述廉 11-18 郑华> | 述廉 11-18 王磊> | 述廉 11-18 冯雪> | 述廉 11-18 何平>"],
  ["胡军", "11月20日，各部室主要负责人分别向党组书面报告了履行党风廉政建设责任情况", "!报告 11-20 李明> | 报告 11-20 孙丽> | 报告 11-20 周涛> | 报告 11-20 吴静> | 报告 11-20 郑华> | 报告 11-20 王磊> | 报告 11-20 冯雪> | 报告 11-20 何平>"],
  // Round 3: 中层干部 of one department (中心中层干部, 本部门中层) or of a doer who heads only a department is asked, never
  // every head of the unit; a leader's 中层干部 are the heads.
  ["徐辉", "何平主任11月18日对中心中层干部开展了集体廉政谈话", "廉谈 11-18 何平> ?unknown_counterpart"],
  ["刘洋", "11月19日吴静部长与本部门中层干部进行了廉政谈话", "廉谈 11-19 吴静> ?unknown_counterpart"],
  ["孙杰", "上周三何平主任和中层干部开展了集体谈心谈话", "谈心 11-25 何平> ?unknown_counterpart"],
  // Round 3: a clause of a talk still to come or not yet held (赵敏同志下周再谈, 明天再找孙丽谈, 李娟还没谈) is a plan:
  // its person is no record.
  ["张伟", "11月份和王建国、刘芳、陈志强分别进行了廉政谈话，赵敏同志下周再谈", "廉谈 ? >王建国 ?missing_date | 廉谈 ? >刘芳 ?missing_date | 廉谈 ? >陈志强 ?missing_date"],
  ["王建国", "今天和李明谈心谈话，明天再找孙丽谈", "谈心 11-30 >李明"],
  ["孙丽", "昨天和王强进行了廉政谈话，李娟还没谈", "廉谈 11-29 >王强"],
  ["刘芳", "上周和周涛谈了心，吴静改天再约", "谈心 ? >周涛 ?missing_date"],
  // Round 3: a 党组会议 on the duty itself (履行一岗双责情况汇报, 主体责任) is its 专题会议 (guessed, so confirmed).
  ["张伟", "11月27日主持召开党组会议，听取班子成员履行一岗双责情况汇报", "!专题 11-27 >"],
  ["张伟", "上周五召开党组会，专题听取落实全面从严治党主体责任情况汇报", "专题 11-27 >"],
  // Round 3: a heading naming one kind (…组织了两次廉政教育：) types the studies under it that name none (for 确认).
  ["赵敏", "机关党委11月组织了两次廉政教育：11月6日学习《中国共产党纪律处分条例》，11月20日观看《围猎》", "!廉教 11-06 > 《中国共产党纪律处分条例》 | 廉教 11-20 > 《围猎》"],
  ["郑华", "本月开展警示教育情况：\n1. 11月5日组织观看《蜕变》\n2. 11月19日组织观看《镜鉴》", "!警示 11-05 > 《蜕变》 | 警示 11-19 > 《镜鉴》"],
  // A talk of no named type with the sender among those talked to (找我和赵磊分别谈了话) keeps the sender.
  ["陈静", "郑华部长上周四找我和赵磊分别谈了话", "? 11-26 郑华>陈静,赵磊 ?missing_type"],
  // 中心召开… sent from the centre is the centre's own meeting: with its 分管领导 there, theirs as a 分管科室会议.
  ["何平", "11月27日，中心召开党风廉政建设工作会议，赵敏书记出席并讲话，徐辉主持", "!分管会 11-27 赵敏>"],
  // Two doers 分别于 two days (masked between them and the deed): each doer their day, in order.
  ["王芳", "李明主任和王建国副理事长分别于11月12日、11月19日给办公室讲了廉政党课", "!党课 11-12 李明> | 党课 11-19 王建国>"],
  // …签订了责任书，并分别进行了廉政谈话: the talk clause goes on with the people of the 责任书.
  ["陈志强", "11月18日分别与郑华、冯雪签订了党风廉政建设责任书，并分别进行了廉政谈话", "!签责 11-18 >郑华 | 签责 11-18 >冯雪 | 廉谈 11-18 >郑华 | 廉谈 11-18 >冯雪"],
  // On whose behalf (代表中心) between the doer and the deed, and 在X带领下: the doer is still the one named (a head signing with
  // the leader above him is the leader's signing, round 30g §9).
  ["徐辉", "11月12日，何平主任代表中心与赵敏书记签订了党风廉政建设责任书", "!签责 11-12 赵敏>何平"],
  ["刘洋", "11月3日，康复部全体党员在吴静部长带领下观看了警示教育片", "!警示 11-03 吴静>"],
  ["王芳", "我们主任和王建国副理事长11月20日分别与我谈了话", "? 11-20 李明>王芳 ?missing_type | ? 11-20 王建国>王芳 ?missing_type"],
  // Round 4: a deed again on a day of its own (周二又到教育就业部检查) is that activity again there, never dropped.
  ["黄志刚", "上周一到维权部检查了工作纪律，周二又到教育就业部检查", "!作风 11-23 > | 作风 11-24 >"],
  ["林晓", "11月23日到财务科检查了作风纪律，11月24日又到办公室检查", "!作风 11-23 > | 作风 11-24 >"],
  // Round 4: 会上/会后 before the doer, and a unit name inside the doer's title (市残联机关党委书记赵敏), keep the doer.
  ["王芳", "11月19日，王建国副理事长主持召开分管科室党风廉政建设工作会议，办公室、财务科全体人员参加，会上王建国副理事长与李明、孙丽逐一进行了廉政谈话", "!分管会 11-19 王建国> | 廉谈 11-19 王建国>李明 | 廉谈 11-19 王建国>孙丽"],
  ["胡军", "11月12日召开专题会议，会后张伟书记与王建国进行了廉政谈话", "专题 11-12 > ?missing_actor | 廉谈 11-12 张伟>王建国"],
  ["王芳", "简讯：11月25日，市残联机关党委书记赵敏同志为机关全体党员讲授了题为《坚守初心 廉洁奉公》的专题党课，机关党员30余人参加。", "!党课 11-25 赵敏> 《坚守初心 廉洁奉公》 #30"],
  // 又观看了《蜕变》 after a typed study on the same line: the same kind again, with its own title and day (for 确认).
  ["吴静", "11月15日部门全体人员观看了警示教育片《镜鉴》，11月22日又观看了《蜕变》", "!警示 11-15 > 《镜鉴》 | 警示 11-22 > 《蜕变》"],
  ["周涛", "11月10日组织部门学习了《中国共产党廉洁自律准则》，11月17日又学习了《监察法》", "!廉教 11-10 > 《中国共产党廉洁自律准则》 | 廉教 11-17 > 《监察法》"],
];
