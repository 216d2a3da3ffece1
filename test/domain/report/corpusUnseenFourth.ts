// Kinds read wrong on unseen messages in the tester's tenth round of issue 10, each written fresh in several variants.
// Each row: sender, message, and what the bot must do with it (see corpusRow.ts for the notation); days are read on Monday 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const UNSEEN_FOURTH_ROWS: CorpusRow[] = [
  // A report relayed at someone's request (X让我补/X叫我登记/帮X报/替X补录): the one who asked did every item that names no
  // other doer and no 我, the first item as well as the last; a request that names no one person is asked whose it is
  // (found by the tester, round 10: the second item given to the clerk).
  ["李娟", "孙科长让我补一下10月的：10月14日科里开展廉政学习，10月29日报送信息一篇", "!廉教 10-14 孙丽> | 信息 10-29 孙丽>"],
  ["王芳", "帮李主任报一下：11月5日与胡军谈心谈话；11月18日报送信息一篇", "!谈心 11-05 李明>胡军 | 信息 11-18 李明>"],
  ["杨帆", "王部长叫我登记一下，11月3日报送信息一篇，11月17日开展部门自查", "!信息 11-03 王磊> | 自查 11-17 王磊>"],
  ["孙杰", "何主任让我帮他补一下：11月4日与徐辉谈心谈话", "!谈心 11-04 何平>徐辉"],
  ["胡军", "张书记让我补报一下，11月9日讲了一次廉政党课", "!党课 11-09 张伟>"],
  ["王芳", "帮李主任报一下昨天的廉政谈话，与胡军", "!廉谈 11-29 李明>胡军"],
  ["王芳", "领导让我补一下：11月5日报送信息一篇", "信息 11-05 > ?missing_actor"],
  // For a department (帮财务科报一下 · 我帮科里报一下): its head's; the head writing it reports their own.
  ["李娟", "我帮科里报一下：11月5日报送信息一篇", "!信息 11-05 孙丽>"],
  ["李娟", "帮组联部报一下：11月5日开展自查", "!自查 11-05 周涛>"],
  ["孙丽", "帮财务科报一下：11月5日开展自查", "自查 11-05 >"],
  ["徐辉", "何主任让我代报：11月12日中心开展廉政教育，11月26日报送信息1篇", "!廉教 11-12 何平> | 信息 11-26 何平>"],
  // A check of no named kind on a day of its own after a typed item is its own record, asked its type (was lost).
  ["林晓", "黄书记让我报：11月12日到康复部检查作风纪律，11月26日到维权部检查", "!作风 11-12 黄志刚> | 作风 11-26 黄志刚>"],
  ["王芳", "李主任让我把他11月份的工作报一下：11月3日与胡军谈心，11月17日带队到财务科检查", "谈心 11-03 李明>胡军 | ? 11-17 李明> ?missing_type"],
  // Reporting to someone (给李主任汇报一下：) or one's own attendance asked for (张书记让我报一下我参加的活动：) relays no one's deeds.
  ["王芳", "给李主任汇报一下：今天与胡军谈心谈话", "谈心 11-30 >胡军"],
  ["王芳", "张书记让我报一下我参加的活动：11月5日参加警示教育", "警示 11-05 > ?missing_actor"],
  ["张颖", "周部长让我把这个月的报一下。11月4日与张颖谈心谈话；11月18日报送信息一篇", "!谈心 11-04 周涛>张颖 | 信息 11-18 周涛>"],
  ["胡军", "李主任让我登记一下他上周的工作：周二和王芳谈心谈话，周四报送信息一篇", "!谈心 11-24 李明>王芳 | 信息 11-26 李明>"],
  // A heading that says the type and how many (党课2次：) over items that say who and when: each item is one of that type,
  // its own speaker's; one given by a guest (请/邀请…讲) is the inviter's 廉政教育 (found by the tester, round 10: the
  // speaker dropped and both recorded as the sender's 党课).
  ["孙丽", "本月组织廉政党课两次：11月5日张伟书记讲了一次，11月20日邀请市纪委王老师讲了一次", "!党课 11-05 张伟> | 廉教 11-20 >"],
  ["孙丽", "本月党课2次：11月5日张伟书记讲了一次；11月20日请市纪委同志讲了一次", "!党课 11-05 张伟> | 廉教 11-20 >"],
  ["孙丽", "本月党课2次：\n1. 11月5日张伟书记讲了一次\n2. 11月20日请市纪委同志讲了一次", "!党课 11-05 张伟> | 廉教 11-20 >"],
  ["王磊", "本月讲廉政党课两次：11月6日我讲了一次，11月24日请市委党校老师讲了一次", "!党课 11-06 > | 廉教 11-24 >"],
  ["杨帆", "宣文部11月廉政党课2次：11月6日王部长讲了一次，11月24日请赵敏书记讲了一次", "!党课 11-06 王磊> | 党课 11-24 赵敏>"],
  ["周涛", "报送信息2篇：11月3日一篇，11月17日一篇", "!信息 11-03 > | 信息 11-17 >"],
  ["孙丽", "本月廉政教育3次：11月2日集中学习，11月16日观看警示片《蜕变》，11月27日请市纪委同志作专题辅导", "!廉教 11-02 > | 警示 11-16 > 《蜕变》 | 廉教 11-27 >"],
  // The same without a heading: a lecture, then a guest's on a day of its own (请…讲了一次) or the same speaker again (又讲了一次).
  ["王芳", "张书记让我帮忙报一下：11月5日讲了廉政党课，11月20日请市纪委同志讲了一次", "!党课 11-05 张伟> | 廉教 11-20 张伟>"],
  ["孙丽", "11月5日张书记讲了廉政党课，11月20日又讲了一次", "!党课 11-05 张伟> | 党课 11-20 张伟>"],
  ["王磊", "11月5日我讲了廉政党课，11月20日邀请党校老师讲了一次", "!党课 11-05 > | 廉教 11-20 >"],
  // People talked with (or signed with) named together, then each given a day (周涛是11月6号 · 吴静（11月20日） · 徐辉11月4日):
  // each on their own day; one given none is asked, never given another's (found by the tester, round 10: both on 11-06).
  ["刘芳", "与周涛、吴静开展了廉政谈话，周涛在11月6日，吴静在11月20日", "!廉谈 11-06 >周涛 | 廉谈 11-20 >吴静"],
  ["刘芳", "与周涛（11月6日）、吴静（11月20日）进行了廉政谈话", "!廉谈 11-06 >周涛 | 廉谈 11-20 >吴静"],
  ["王建国", "和李明、孙丽分别进行了廉政谈话，李明那次是11月3号，孙丽那次是11月17号", "!廉谈 11-03 >李明 | 廉谈 11-17 >孙丽"],
  ["孙丽", "和王强、李娟签了责任书，王强是11月2日，李娟是11月3日", "!签责 11-02 >王强 | 签责 11-03 >李娟"],
  ["张伟", "与王建国、刘芳进行了廉政谈话，王建国副理事长是11月10日，刘芳副理事长是11月12日", "!廉谈 11-10 >王建国 | 廉谈 11-12 >刘芳"],
  ["何平", "本月与徐辉、孙杰谈心谈话，徐辉是4号，孙杰是18号", "!谈心 11-04 >徐辉 | 谈心 11-18 >孙杰"],
  ["何平", "谈心谈话已开展：徐辉11月4日、孙杰11月18日", "!谈心 11-04 >徐辉 | 谈心 11-18 >孙杰"],
  ["刘芳", "与周涛、吴静、郑华进行了廉政谈话，周涛是11月6日，吴静是11月20日", "廉谈 11-06 >周涛 | 廉谈 11-20 >吴静 | 廉谈 ? >郑华 ?missing_date"],
  ["刘芳", "和周涛、吴静都谈过了，周涛是11月6号，吴静是11月20号", "? 11-06 >周涛 ?missing_type | ? 11-20 >吴静 ?missing_type"],
  // The sender's whole department signing (全科都签了 · 科室全体人员 · 部门全体同志 · 全部门): one 责任书 per member, the head
  // signing with each, for a tap; from a 科员, or for 全体/大家 of no department, asked who, never recorded with no one
  // (found by the tester, round 10: no counterparts); 组织全体人员签订承诺书 stays one organised signing.
  ["孙丽", "11月9日全科都签了党风廉政建设责任书", "!签责 11-09 >王强 | 签责 11-09 >李娟"],
  ["周涛", "上周一部门全体人员签订了党风廉政建设责任书", "!签责 11-23 >张颖"],
  ["何平", "11月3日本中心全体职工签订了廉政承诺书", "!签责 11-03 >徐辉 | 签责 11-03 >孙杰"],
  ["冯雪", "11月9日与部门全体同志签订了廉政承诺书", "!签责 11-09 >赵磊"],
  ["王磊", "11月9日全部门都签了承诺书", "!签责 11-09 >杨帆"],
  ["吴静", "11月12日与科室全体人员进行了集体廉政谈话", "!廉谈 11-12 >刘洋"],
  ["李娟", "11月9日全科都签了责任书", "签责 11-09 > ?missing_counterpart"],
  ["孙丽", "11月9日大家都签了承诺书", "签责 11-09 > ?missing_counterpart"],
  ["何平", "11月3日组织中心全体人员签订廉洁承诺书", "!签责 11-03 >徐辉 | 签责 11-03 >孙杰"],
  // A deed still to come said with 要来/要到/要开/要找/将来 (下午要…, 这周要…): a plan, never a record nor a question about one
  // (found by the tester, round 10: asked whose 分管科室会议 it was); the same deed said done is recorded.
  ["李娟", "王副理事长下午要来财务科开分管科室会议", "-"],
  ["王芳", "张书记今天下午要来办公室讲廉政党课", "-"],
  ["刘洋", "刘芳副理事长这周要到康复部检查责任书落实情况", "-"],
  ["孙丽", "下午要开科务会学习《纪律处分条例》", "-"],
  ["陈静", "陈副理事长晚上要找郑部长谈话", "-"],
  ["王芳", "张书记将来办公室开展廉政谈话", "-"],
  ["杨帆", "赵书记下午来宣文部开了分管科室会", "!分管会 11-30 赵敏>"],
  // 要 in what someone was told or asked to do (提醒他要…, 要求她要…) is no plan of the sender's: the deed is recorded.
  ["孙丽", "11月20日与王强谈心谈话，提醒他要到位履职", "谈心 11-20 >王强"],
  ["王建国", "11月20日与孙丽廉政谈话，要求她要讲规矩", "!廉谈 11-20 >孙丽"],
  ["孙丽", "11月20日组织学习《廉洁自律准则》，要求全科同志要签订承诺书", "!廉教 11-20 > 《廉洁自律准则》"],
  // A department's title right before a name (新任办公室副主任胡军 · 新提拔的财务科副科长王强 · 财务科科长王强) describes that
  // name: one talk with that person. A new post (新任/新提拔/刚到任) may not be in the directory yet; without one, a title of
  // another department than the name's is still asked (found by the tester, round 10: asked needlessly).
  ["王建国", "11月9日与新任财务科副科长王强同志、新任办公室副主任胡军同志进行了任前廉政谈话", "廉谈 11-09 >王强 | 廉谈 11-09 >胡军"],
  ["李明", "11月9日张书记与新任办公室副主任胡军同志进行了任前廉政谈话", "!廉谈 11-09 张伟>胡军"],
  ["王建国", "11月9日与刚到任的办公室副主任胡军同志进行了廉政谈话", "廉谈 11-09 >胡军"],
  // 维权部 is named but the directory still has 胡军 in 办公室: shown for a tap (the department check of round 10).
  ["王建国", "11月9日与新任维权部副部长胡军进行任前谈话", "!廉谈 11-09 >胡军"],
  ["王建国", "11月9日与财务科科长王强进行了廉政谈话", "廉谈 11-09 > ?ambiguous_counterpart"],  // round 64 (gde): 孙丽 is 财务科科长, 王强 its 副科长 — which one is asked (was: 王强 at once)
  ["王建国", "11月9日与维权部副部长胡军进行任前谈话", "廉谈 11-09 >胡军 | 廉谈 11-09 > ?unknown_counterpart"],
  // Several documents or films studied at one sitting (A和B · A、B · “A”和“B” · 《A》以及《B》 · …两个文件): one activity whose title
  // keeps every one of them (the ledger counts sittings, not documents), never the first alone nor both glued into one name
  // (found by the tester, round 10).
  ["孙丽", "11月9日组织学习了廉洁自律准则和纪律处分条例", "廉教 11-09 > 《廉洁自律准则、纪律处分条例》"],
  ["孙丽", "11月9日组织学习廉洁自律准则、纪律处分条例", "廉教 11-09 > 《廉洁自律准则、纪律处分条例》"],
  ["孙丽", "11月9日科务会学习了廉洁自律准则和纪律处分条例两个文件", "廉教 11-09 > 《廉洁自律准则、纪律处分条例》"],
  ["孙丽", "11月9日组织学习了“廉洁自律准则”和“纪律处分条例”", "廉教 11-09 > 《廉洁自律准则、纪律处分条例》"],
  ["孙丽", "11月9日组织观看了警示教育片《蜕变》和《围猎》", "警示 11-09 > 《蜕变、围猎》"],
  ["王芳", "11月9日办公室组织学习《中国共产党廉洁自律准则》以及《中国共产党纪律处分条例》", "!廉教 11-09 李明> 《中国共产党廉洁自律准则、中国共产党纪律处分条例》"],
];
