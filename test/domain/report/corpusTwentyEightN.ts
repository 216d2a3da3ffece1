// Round 28 (n28): messages a clerk understands that the bot answered 没看懂, or asked needlessly about, read on Mon
// 2026-11-30. Kinds: a bare slip of 谈话 (和冯雪淡话); a department or month between 报送 and 信息; 廉政工作会议; a type word said
// only in a running total before the dated deed (…全年共报送廉政信息6篇，11月27日报送了1篇); 问题已整改到位 read as a deed
// moved (改到…); one day over labelled clauses (昨天谈心谈话：李明；廉政谈话：孙丽); someone absent (请假没有参加 · 缺席) read
// as a denial of the whole report; 她跟我谈了心 asked 和谁 instead of who 她 is. Each sample first, then variants, then near-misses.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_EIGHT_N_ROWS: CorpusRow[] = [
  // §1 淡话 alone (廉政淡话 and 谈心淡话 already read, on a card): the untyped talk, its type asked as for 和郑华谈话了.
  ["陈志强", "今天和冯雪淡话", "? 11-30 >冯雪 ?missing_type"],
  ["陈志强", "昨天和郑华淡话了", "? 11-29 >郑华 ?missing_type"],
  ["刘芳", "前天与周涛淡话", "? 11-28 >周涛 ?missing_type"],
  ["赵敏", "上周五找何平淡了话", "? 11-27 >何平 ?missing_type"],
  ["王建国", "今天跟孙丽谈活了", "? 11-30 >孙丽 ?missing_type"],
  ["刘芳", "11月27日和吴静淡话", "? 11-27 >吴静 ?missing_type"],
  ["赵敏", "今天上午和王磊淡话，下午和何平淡话", "? 11-30 >王磊 ?missing_type | ? 11-30 >何平 ?missing_type"],
  // Near-misses: the typed slips keep their card; a plain talk asks as before; 平淡话语 is no talk; 谈了工作 asks its type.
  ["陈志强", "今天和冯雪廉政淡话", "!廉谈 11-30 >冯雪"],
  ["刘芳", "昨天和周涛谈心淡话", "!谈心 11-29 >周涛"],
  ["陈志强", "今天和郑华谈话了", "? 11-30 >郑华 ?missing_type"],
  ["张伟", "今天看了一篇平淡话语的文章", "-"],
  ["王建国", "昨天和李明谈了工作", "? 11-29 >李明 ?missing_type"],
  // §2 A department, a month or a quarter between 报送 and 信息 (round sample first): 信息 on the day said.
  ["杨帆", "王部长今天报送了宣文部11月廉政信息", "!信息 11-30 王磊>"],
  ["杨帆", "今天报送了宣文部11月廉政信息", "信息 11-30 >"],
  ["李娟", "昨天上报了财务科11月份廉政信息", "信息 11-29 >"],
  ["胡军", "11月27日报送了办公室10月廉洁信息一篇", "信息 11-27 >"],
  ["张颖", "今天向机关纪委报送了组联部本月廉政信息", "信息 11-30 >"],
  ["刘洋", "前天提交了康复部11月廉政工作信息", "信息 11-28 >"],
  ["陈静", "昨天报送了教育就业部第四季度廉政信息", "信息 11-29 >"],
  ["赵磊", "11月26日报送维权部11月份廉政信息1篇", "信息 11-26 >"],
  ["杨帆", "今天报送了11月廉政信息", "信息 11-30 >"],
  // Near-miss: 催报 asks others for theirs (collating/urging), no paper of the sender's.
  ["王芳", "上周催报了各部室11月份的廉政信息", "-"],
  // §3 廉政工作会议 / 廉洁工作会议: a meeting read; a department head's is asked which meeting, a leader's of supervised ones is
  // the 分管科室会议 (on a card, the type guessed from the words).
  ["周涛", "昨天主持召开组联部、康复部廉政工作会议", "? 11-29 > ?missing_type"],
  ["孙杰", "今天召开康复中心廉政工作会议", "? 11-30 > ?missing_type"],
  ["王磊", "昨天召开宣文部廉洁工作会议", "? 11-29 > ?missing_type"],
  ["王建国", "昨天主持召开财务科、办公室廉政工作会议", "!分管会 11-29 >"],
  ["刘芳", "11月26日主持召开分管部门廉政工作会议", "分管会 11-26 >"],
  ["周涛", "昨天主持召开组联部、康复部党风廉政建设工作会议", "? 11-29 > ?missing_type"],
  // §4 A type said only in the running total before the dated deed: the dated deed takes it; the cutoff stays a total.
  ["林晓", "截止11月27日，全年共报送廉政信息6篇，11月27日报送了1篇", "信息 11-27 >"],
  ["杨帆", "截至11月25日，今年累计报送廉政信息8篇，11月25日又报送了1篇", "信息 11-25 >"],
  ["李娟", "截止目前，全年共报送廉洁信息5篇，昨天报送了一篇", "信息 11-29 >"],
  ["林晓", "截至11月底，全年共开展作风纪律检查10次，11月27日检查了1次", "作风 11-27 >"],
  ["陈静", "截止11月20日，今年共报送廉政信息4篇，其中11月20日报送1篇", "信息 11-20 >"],
  // Near-misses: a message that is ONLY a cutoff total stays no record.
  ["林晓", "截止11月27日，全年共报送廉政信息6篇", "-"],
  ["杨帆", "截至11月25日，今年累计报送廉政信息8篇", "-"],
  ["李娟", "截止目前，全年共报送廉洁信息5篇", "-"],
  // §5 问题已整改到位 is the check's finding put right, no deed moved (was: its day asked).
  ["冯雪", "今天到维权部开展作风纪律检查，问题已整改到位", "作风 11-30 >"],
  ["林晓", "昨天到财务科开展作风纪律检查，发现的问题已整改到位", "作风 11-29 >"],
  ["黄志刚", "11月27日对康复中心开展作风纪律督查，存在问题当场整改到位", "作风 11-27 >"],
  ["林晓", "昨天到办公室检查考勤，问题已整改", "作风 11-29 >"],
  ["黄志刚", "上周三到宣文部开展作风纪律检查，问题均已整改到位", "作风 11-25 >"],
  // Near-miss: a deed put off to a day is still read on that day.
  ["王建国", "原定上周五的廉政谈话推迟到昨天进行了", "廉谈 11-29 > ?missing_counterpart"],
  // §6 One day over labelled clauses (type：people；type：people): each clause on that day, on a card.
  ["王建国", "昨天谈心谈话：李明；廉政谈话：孙丽", "!谈心 11-29 >李明 | 廉谈 11-29 >孙丽"],
  ["刘芳", "今天廉政谈话：周涛；谈心谈话：吴静", "!廉谈 11-30 >周涛 | 谈心 11-30 >吴静"],
  ["陈志强", "11月25日 谈心谈话：郑华、冯雪；廉政谈话：郑华", "!谈心 11-25 >郑华 | 谈心 11-25 >冯雪 | 廉谈 11-25 >郑华"],
  ["赵敏", "前天廉政谈话：王磊；谈心谈话：何平", "!廉谈 11-28 >王磊 | 谈心 11-28 >何平"],
  ["王建国", "11月20日，廉政谈话：李明；谈心谈话：孙丽", "!廉谈 11-20 >李明 | 谈心 11-20 >孙丽"],
  // Near-miss: a clause with its own day keeps it.
  ["王建国", "昨天谈心谈话：李明；11月20日廉政谈话：孙丽", "!谈心 11-29 >李明 | 廉谈 11-20 >孙丽"],
  // §7 Someone absent (请假没有参加 · 缺席 · 没能参加 · 请假 last): the report stays, the absent person in no record; an absent
  // head is no doer (whose it was is asked).
  ["杨帆", "今天组织全体党员观看警示教育片《围猎》，参加15人，王建国同志请假没有参加", "警示 11-30 > 《围猎》 #15 ?missing_actor"],
  ["李娟", "11月27日组织财务科学习《廉洁自律准则》，王强请假没有参加", "!廉教 11-27 > 《廉洁自律准则》"],
  ["张伟", "今天与班子成员开展集体廉政谈话，王建国同志请假没有参加", "!廉谈 11-30 >刘芳 | 廉谈 11-30 >陈志强 | 廉谈 11-30 >赵敏"],
  ["王芳", "今天办公室组织观看警示教育片《围猎》，参加5人，胡军请假没有参加", "!警示 11-30 李明> 《围猎》 #5"],
  ["孙杰", "昨天康复中心组织学习《中国共产党纪律处分条例》，应到8人实到7人，徐辉同志缺席", "!廉教 11-29 何平> 《中国共产党纪律处分条例》 #7"],
  ["张颖", "11月25日组联部开展廉政教育，周涛部长因公出差没能参加", "廉教 11-25 > ?missing_actor"],
  ["刘芳", "今天与周涛、吴静进行廉政谈话，吴静请假", "!廉谈 11-30 >周涛"],
  ["陈静", "昨天部门学习《廉洁自律准则》，郑华部长因公没有参加", "廉教 11-29 > 《廉洁自律准则》 ?missing_actor"],
  ["赵敏", "11月26日与王磊、何平开展廉政谈话，何平同志因病没有参加", "!廉谈 11-26 >王磊"],
  ["李娟", "11月27日组织财务科学习《廉洁自律准则》，王强因公未参加", "!廉教 11-27 > 《廉洁自律准则》"],
  // Near-misses: 因公未参加 as before; 孙丽出差了，还没谈 a talk not held yet; the sender's own 没有参加 is no report.
  ["王建国", "今天上午与李明进行了廉政谈话，孙丽出差了，还没谈", "廉谈 11-30 >李明"],
  ["赵磊", "昨天没有参加廉政教育", "-"],
  ["王磊", "还有，前天她跟我谈了心", "谈心 11-28 >王磊 ?ambiguous_actor"],
  // §8 她/他 跟我谈了心 with no one named before: the sender was talked to, who 她 is asked (in a dialog the people of the
  // member's last report are offered, recentPeopleOffered); with a name it is that person's, on a card.
  ["何平", "对了，上周五他找我谈了心", "谈心 11-27 >何平 ?ambiguous_actor"],
  ["胡军", "还有，18号她跟王强谈了心", "谈心 11-18 >王强 ?ambiguous_actor"],
  ["王磊", "前天赵敏书记跟我谈了心", "!谈心 11-28 赵敏>王磊"],
];
