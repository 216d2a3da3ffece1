// Deeds lost after a sentence break or 另, and kinds doubled after 其中 (issue 10), found by helper s2 while probing and
// fixed on branch u1. Read on Mon 2026-11-30 10:00 +08:00. Kinds: a check clause naming a place of its own after a check
// of another place (。对财务科开展了作风检查 · ，另/同日/此外对…) joined the first check and vanished, recorded at once — it is a
// check of its own, on the card, with the doer and day of the clause before (asked when that doer was); 还/并对… goes on
// with the same check (one record, both places). A typed clause opening 另/另外 after an untyped study swallowed the
// study. An untyped talk with a list, then 其中 giving each person's kind, made extra talks beside the typed ones — the
// 其中 only types them. A clause naming only a month after a dated deed is asked its day (s1's vagueDayClause, guarded
// here in more kinds).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_THREE_G_ROWS: CorpusRow[] = [
  // 1. A second check of a place of its own, no day of its own: a record of its own on the card, never dropped.
  ["黄志刚", "11月16日对组联部开展了作风检查。对财务科开展了作风检查。", "!作风 11-16 > | 作风 11-16 >"],
  ["林晓", "11月16日，黄志刚书记带队对组联部开展了作风纪律检查，另对财务科开展了作风纪律检查", "!作风 11-16 黄志刚> | 作风 11-16 黄志刚>"],
  ["黄志刚", "11月24日到康复部检查了工作纪律。到维权部检查了考勤。", "!作风 11-24 > | 作风 11-24 >"],
  ["黄志刚", "11月18日对教育就业部开展专项资金检查，此外对宣文部也开展了专项资金检查", "!资金 11-18 > | 资金 11-18 >"],
  ["林晓", "11月19日对办公室进行了作风督查，同日对财务科进行了作风督查", "!作风 11-19 > | 作风 11-19 >"],
  // Whose the check before was is asked (机关纪委): the one going on with its subject is asked too; 我… is the sender's.
  ["林晓", "11月16日，机关纪委对组联部开展了作风纪律检查，另对财务科开展了专项资金检查", "!作风 11-16 > ?missing_actor | 资金 11-16 > ?missing_actor"],
  ["林晓", "11月16日，机关纪委对组联部开展了作风纪律检查。我与王强进行了廉政谈话。", "!作风 11-16 > ?missing_actor | 廉谈 11-16 >王强"],
  // Near-misses: two places in one list, a clause about the findings, a companion from another department: one check.
  ["黄志刚", "11月16日对组联部、财务科开展了作风检查", "作风 11-16 >"],
  ["黄志刚", "11月16日对组联部开展了作风检查，对检查中发现的问题当场进行了反馈", "作风 11-16 >"],
  ["黄志刚", "11月16日到组联部开展作风检查，财务科孙丽陪同", "作风 11-16 >"],
  // 还/并对… goes on with the same check: one record with both places, shown for a tap; each on its own day stays two.
  ["黄志刚", "11月20日对宣文部开展了作风检查，还对维权部开展了作风检查", "!作风 11-20 >"],
  ["黄志刚", "11月16日对组联部开展了作风检查，并对财务科进行了检查", "!作风 11-16 >"],
  ["黄志刚", "11月16日对组联部开展了作风检查。11月18日对财务科开展了作风检查。", "!作风 11-16 > | 作风 11-18 >"],
  // The same loss with talks and signings after 。/另: each kept, an untyped one asked its kind.
  ["张伟", "11月20日与王建国进行了廉政谈话。另与王强谈了话。", "!廉谈 11-20 >王建国 | ? 11-20 >王强 ?missing_type"],
  ["赵敏", "11月23日与王磊进行了谈心谈话，另外与杨帆也进行了谈心谈话", "!谈心 11-23 >王磊 | 谈心 11-23 >杨帆"],
  ["王芳", "11月27日，张伟书记与周涛签订了党风廉政建设责任书。另与吴静签订了责任书。", "!签责 11-27 张伟>周涛 | 签责 11-27 张伟>吴静"],
  // A typed deed opening 另/另外 after an untyped study: the study is asked its kind, never swallowed.
  ["张伟", "11月16日组织党组理论学习中心组学习。另组织了警示教育。", "!? 11-16 > ?missing_type | 警示 11-16 >"],
  ["王磊", "11月20日组织部门集中学习，另外组织观看了警示教育片《蜕变》", "!? 11-20 > ?missing_type | 警示 11-20 > 《蜕变》"],
  ["张伟", "11月20日召开党风廉政建设专题会议，另组织了警示教育", "!专题 11-20 > | 警示 11-20 >"],
  // Near-misses: without 另 the film types the study, and the meeting's agenda is the meeting.
  ["王磊", "11月20日组织部门集中学习，观看了警示教育片《蜕变》", "警示 11-20 > 《蜕变》"],
  ["张伟", "11月20日召开党风廉政建设专题会议，传达学习了市纪委全会精神", "专题 11-20 >"],
  // 2. 其中 typing each person's talk of an untyped summary: those talks typed, none more; anyone left untyped is asked.
  ["王芳", "11月20日，张伟书记先后与王建国、刘芳进行了谈话，其中与王建国是廉政谈话，与刘芳是谈心谈话", "!廉谈 11-20 张伟>王建国 | 谈心 11-20 张伟>刘芳"],
  ["张伟", "11月20日先后与王建国、刘芳谈了话，其中王建国为廉政谈话，刘芳为谈心谈话", "!廉谈 11-20 >王建国 | 谈心 11-20 >刘芳"],
  ["王建国", "11月25日与李明、孙丽、王强分别谈话，其中李明为廉政谈话，其余为谈心谈话", "!廉谈 11-25 >李明 | 谈心 11-25 >孙丽 | 谈心 11-25 >王强"],
  ["刘芳", "11月26日与周涛、吴静进行了谈话，其中与周涛是廉政谈话", "!廉谈 11-26 >周涛 | ? 11-26 >吴静 ?missing_type"],
  ["张伟", "11月20日与王建国、刘芳进行了谈话，王建国为廉政谈话，刘芳为谈心谈话", "!廉谈 11-20 >王建国 | 谈心 11-20 >刘芳"],
  // Near-misses: 其中 telling what one talk was about, a person retyped after a typed list, a 其中 naming no kind.
  ["张伟", "11月20日先后与王建国、刘芳进行了廉政谈话，其中与王建国重点谈了分管领域的廉政风险", "廉谈 11-20 >王建国 | 廉谈 11-20 >刘芳"],
  ["王建国", "11月24日跟李明、孙丽分别谈心谈话，孙丽那次其实是廉政谈话", "!谈心 11-24 >李明 | 廉谈 11-24 >孙丽"],
  ["张伟", "11月20日与王建国、刘芳进行了谈话，其中与王建国是在办公室谈的", "? 11-20 >王建国,刘芳 ?missing_type"],
  // 3. A clause naming only a month after a dated deed: its day asked, never the deed's before it.
  ["张伟", "11月20日与王建国进行了廉政谈话，11月还与刘芳开展了廉政谈话", "!廉谈 11-20 >王建国 | 廉谈 ? >刘芳 ?missing_date"],
  ["黄志刚", "11月16日对组联部开展了作风检查。11月对财务科开展了作风检查。", "!作风 11-16 > | 作风 ? > ?missing_date"],
  ["张伟", "11月20日与王建国签订了责任书，本月与刘芳签订了责任书", "!签责 11-20 >王建国 | 签责 ? >刘芳 ?missing_date"],
  // Near-miss: a month heading over dated items heads them.
  ["孙丽", "11月份工作：\n11月20日与王强进行了廉政谈话\n11月25日与李娟开展了谈心谈话", "!廉谈 11-20 >王强 | 谈心 11-25 >李娟"],
];
