// Round 30 (helper f4, issue 10): kinds testers found stored at once although the bot should ask or show a card, and
// head counts lost, fixed on branch f4, with near-misses that keep today's reading. Read on Mon 2026-11-30 10:00 +08:00.
// #1 another talk after a typed one, told in words of its own (另外…谈了话, 聊了聊, 谈了谈), is asked its kind (was: given
// the kind before at once). #2 a leader or head who received, heard or took part in an education is on the card as took
// part (was: stored at once as holding it). #3 同志谈了学习体会 read as a talk of 同 someone, cutting the study's clause and
// its 共8人参加 off, and a count after a talk lost with it. #4 a head count closing a line of one sitting (会后/随后/课后) is every activity's of it (was: the
// last one's only). #5 会后 on the line after a meeting's is on the meeting's day (was: each talk asked its day).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_D_ROWS: CorpusRow[] = [
  // #1: 另外/此外/还有, or a talk verb of its own (谈了话 without 也, 谈了谈, 聊了聊), after a typed talk with someone: its kind is asked.
  ["孙丽", "昨天和王强进行了廉政谈话，另外和李娟谈了话", "!廉谈 11-29 >王强 | ? 11-29 >李娟 ?missing_type"],
  ["孙丽", "昨天和王强进行了廉政谈话。另外和李娟也谈了话", "!廉谈 11-29 >王强 | ? 11-29 >李娟 ?missing_type"],
  ["孙丽", "11月26日与王强开展廉政谈话，此外还找李娟聊了聊", "!廉谈 11-26 >王强 | ? 11-26 >李娟 ?missing_type"],
  ["孙丽", "11月26日与王强开展谈心谈话，还和李娟谈了谈", "!谈心 11-26 >王强 | ? 11-26 >李娟 ?missing_type"],
  ["王建国", "上周五和李明进行了廉政谈话，另外同孙丽谈了一次话", "!廉谈 11-27 >李明 | ? 11-27 >孙丽 ?missing_type"],
  ["王磊", "11月23日与杨帆进行了廉政谈话，另外和何平也谈了话", "!廉谈 11-23 >杨帆 | ? 11-23 >何平 ?missing_type"],
  // near-misses: the elliptic 也/又…谈了 (一次) goes on with the kind before; 分别; a kind said; the same person (她); whom a talk was with.
  ["孙丽", "昨天和王强进行了廉政谈话，也和李娟谈了", "廉谈 11-29 >王强 | 廉谈 11-29 >李娟"],
  ["孙丽", "昨天和王强进行了廉政谈话，又和李娟谈了一次", "廉谈 11-29 >王强 | 廉谈 11-29 >李娟"],
  ["孙丽", "昨天与王强、李娟分别进行了廉政谈话", "廉谈 11-29 >王强 | 廉谈 11-29 >李娟"],
  ["孙丽", "昨天与王强进行廉政谈话，另外与李娟进行了谈心谈话", "!廉谈 11-29 >王强 | 谈心 11-29 >李娟"],
  ["王建国", "今天和孙丽进行了廉政谈话，和她聊了很多廉洁方面的问题", "廉谈 11-30 >孙丽"],
  ["刘芳", "11月26日到组联部开展廉政谈话，与周涛谈话", "廉谈 11-26 >周涛"],
  // #2: a leader or a head who received, heard or took part in an education: on the card as took part, never at once as held.
  ["李明", "昨天接受党风廉政建设教育", "!廉教 11-29 >"],
  ["孙丽", "昨天参加了廉政教育", "!廉教 11-29 >"],
  // A 党课 only heard is asked who gave it (round 47, fsd: the listener was on the card as its lecturer, wrong by the
  // product rule — a 党课 counts for whoever gave it).
  ["王建国", "昨天听了廉政党课", "党课 11-29 > ?missing_actor"],
  ["刘芳", "11月27日上午聆听了廉政党课", "党课 11-27 > ?missing_actor"],
  ["吴静", "今天下午接受了警示教育", "!警示 11-30 >"],
  // Round 49 (fvc, t51b F5): the city's education only attended is no record of his at all (was: on the card as his, 暂记在您名下).
  ["何平", "11月25日参加了市里的廉政教育", "-"],
  // near-misses: a lecture given, a study organised, watching (round 28 o), the head's own department's study.
  ["王建国", "昨天讲了廉政党课", "党课 11-29 >"],
  ["孙丽", "昨天组织科室参加廉政教育", "廉教 11-29 >"],
  ["周涛", "昨天收看了警示教育片", "警示 11-29 >"],
  ["吴静", "昨天部门全体党员参加了廉政教育，共6人", "廉教 11-29 > #6"],
  ["周涛", "今天参加了组联部廉政教育专题学习", "廉教 11-30 >"],
  ["何平", "昨天参加了康复中心的警示教育", "警示 11-29 >"],
  // #3: 同志谈了学习体会 is speaking at the study, no talk of 同 someone: the study keeps its clause and its count.
  ["李明", "11月18日组织学习《廉洁自律准则》，两名同志谈了学习体会，共8人参加", "廉教 11-18 > 《廉洁自律准则》 #8"],
  ["周涛", "11月18日组织学习《准则》，2名同志谈了学习心得，共8人参加", "廉教 11-18 > 《准则》 #8"],
  ["王磊", "11月24日组织观看警示教育片《迷途》，三位同志谈了观后感，参加9人", "警示 11-24 > 《迷途》 #9"],
  // near-misses: everyone spoke; 同 someone named is a talk (asked its kind, or of its kind).
  ["李明", "11月18日组织学习《准则》，大家谈了学习体会，共8人参加", "廉教 11-18 > 《准则》 #8"],
  ["李明", "11月18日组织学习《准则》，会后同胡军谈了话", "!廉教 11-18 > 《准则》 | ? 11-18 >胡军 ?missing_type"],
  ["孙丽", "11月18日组织学习《准则》，同王强谈了心", "!廉教 11-18 > 《准则》 | 谈心 11-18 >王强"],
  // #3's kin: a clause of nothing but a head count after a talk or a signing is the count of the study before it.
  ["李明", "11月20日组织学习《准则》，会后与胡军谈了心，共8人参加", "!廉教 11-20 > 《准则》 #8 | 谈心 11-20 >胡军"],
  ["孙丽", "11月20日组织观看警示教育片《迷途》，会后和王强签订了责任书，9人参加", "!警示 11-20 > 《迷途》 #9 | 签责 11-20 >王强"],
  // near-misses: a talk alone keeps no count; the count said with the study first.
  // A talk alone with a closing count: the count is named as not recorded on a card (this session, m4's doubt; was at once, the 8 gone without a word).
  ["李明", "11月20日与胡军谈心谈话，共8人参加", "!谈心 11-20 >胡军"],
  ["李明", "11月20日组织学习《准则》，共8人参加，会后与胡军谈了心", "!廉教 11-20 > 《准则》 #8 | 谈心 11-20 >胡军"],
  // #4: a count closing a line of one sitting (会后/随后/课后) is every activity's of it.
  ["李明", "11月20日张伟书记讲授廉政党课，会后组织观看警示教育片《迷途》，共35人参加", "!党课 11-20 张伟> #35 | 警示 11-20 张伟> 《迷途》 #35"],
  ["李明", "11月20日张伟书记讲授廉政党课，随后观看警示教育片《迷途》，机关全体党员35人参加", "!党课 11-20 张伟> #35 | 警示 11-20 张伟> 《迷途》 #35"],
  ["周涛", "11月26日讲授廉政党课，课后组织观看警示教育片《警钟》，共12人参加", "!党课 11-26 > #12 | 警示 11-26 > 《警钟》 #12"],
  // near-misses: the count said with the first activity stays its own; activities of two days; a talk after the study.
  ["李明", "11月20日张伟书记讲授廉政党课，共35人参加，会后组织观看警示教育片《迷途》", "!党课 11-20 张伟> #35 | 警示 11-20 张伟> 《迷途》"],
  ["王建国", "11月20日讲授廉政党课，11月27日组织观看警示教育片《迷途》，共35人参加", "!党课 11-20 > | 警示 11-27 > 《迷途》 #35"],
  // #5: 会后 on the line after the meeting's is on the meeting's day.
  ["李明", "11月25日召开专题会议。\n会后张伟书记分别与王建国、刘芳开展廉政谈话", "!专题 11-25 > @办公室 | 廉谈 11-25 张伟>王建国 | 廉谈 11-25 张伟>刘芳"],
  ["王建国", "11月25日召开分管科室党风廉政建设工作会议\n\n会后分别与李明、孙丽进行了廉政谈话", "!分管会 11-25 > | 廉谈 11-25 >李明 | 廉谈 11-25 >孙丽"],
  ["王建国", "11月24日到财务科召开分管科室党风廉政建设工作会议。\n会后与孙丽签订了党风廉政建设责任书", "!分管会 11-24 > | 签责 11-24 >孙丽"],
  // near-misses: no 会后 on the next line (asked its day); 会后 on the same line (as before).
  ["王建国", "11月25日召开分管科室党风廉政建设工作会议\n分别与李明、孙丽进行了廉政谈话", "!分管会 11-25 > | 廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date"],
  ["王建国", "11月25日召开分管科室党风廉政建设工作会议，会后分别与李明、孙丽进行了廉政谈话", "!分管会 11-25 > | 廉谈 11-25 >李明 | 廉谈 11-25 >孙丽"],
];
