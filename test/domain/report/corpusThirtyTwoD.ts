// Found by the tester of round 32a (F1, F3; issue 10), fixed by helper m1: a 《》 naming the 责任书/承诺书 itself was masked
// as a title, so 「会后，陈副理事长与郑华部长签订了《党风廉政建设责任书》」 became the title of the 部务会's study and the
// signing was lost (its doer taken for the study's when no 列席 sentence came first); an untyped study was swallowed the
// same way by a 会后 signing or talk of another subject; a signing that only goes on (并逐人签订了…) after a clause naming a
// unit's group (宣文部…全体干部观看…) was put on the card with nobody; a leader called by surname and office who only spoke
// (陈副理事长对全体干部提出了要求) took the study told before. Now: the paper signed is never a title, a 会后/会上
// clause with its own subject is its own record, the group before is the signing's, and a 逐人 signing with no one found is
// asked 和谁签订的. Near-misses keep their readings. Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_TWO_D_ROWS: CorpusRow[] = [
  // A department's 部务会 study, then 会后/随后/会上 a leader signs with its head: two records, the study its head's.
  ["张颖", "11月12日组联部召开部务会，周涛部长传达了全市党风廉政建设工作会议精神，刘芳副理事长列席会议。会后，刘副理事长与周涛部长签订了《党风廉政建设责任书》。", "!廉教 11-12 周涛> | 签责 11-12 刘芳>周涛"],
  ["张颖", "11月12日组联部召开部务会，周涛部长传达了全市党风廉政建设工作会议精神。会后，刘副理事长与周涛部长签订了《党风廉政建设责任书》。", "!廉教 11-12 周涛> | 签责 11-12 刘芳>周涛"],
  ["赵磊", "11月18日维权部召开部务会，冯雪部长传达了全市党风廉政建设工作会议精神。会上，陈志强副理事长与冯雪部长签订了《党风廉政建设责任书》。", "!廉教 11-18 冯雪> | 签责 11-18 陈志强>冯雪"],
  ["刘洋", "11月20日康复部召开部务会，吴静部长组织学习了《廉洁自律准则》。会后，刘芳副理事长与吴静部长签订了《党风廉政建设责任书》。", "!廉教 11-20 吴静> 《廉洁自律准则》 | 签责 11-20 刘芳>吴静"],
  // An untyped study (市纪委全会精神) before a 随后 signing of another subject: asked its type, never lost.
  ["赵磊", "11月18日维权部召开部务会，冯雪部长传达了市纪委全会精神。随后，陈志强副理事长与冯雪部长签订了《廉洁从业承诺书》。", "!廉教 11-18 冯雪> | 签责 11-18 陈志强>冯雪"],
  // Near-misses: the study alone with its 分管领导 列席 stays the head's 廉政教育; a 会后 talk was already its own record.
  ["刘洋", "11月20日康复部召开部务会，吴静部长传达了全市党风廉政建设工作推进会精神，刘芳副理事长列席会议。", "!廉教 11-20 吴静>"],
  ["刘洋", "11月20日康复部召开部务会，吴静部长传达了全市党风廉政建设工作推进会精神。会后，刘芳副理事长与吴静部长进行了廉政谈话。", "!廉教 11-20 吴静> | 廉谈 11-20 刘芳>吴静"],
  // A leader called by surname and office (刘副理事长 · 赵书记) who only 提出要求/作点评讲话 at a study or film held by others is no
  // doer of it, as with the full name; a lecture of theirs, or a department's meeting they attend, stays theirs.
  ["张颖", "11月12日组联部召开部务会，周涛部长传达了全市党风廉政建设工作会议精神。刘副理事长对全体干部提出了要求。", "!廉教 11-12 周涛>"],
  ["张颖", "11月12日组联部召开部务会，周涛部长传达了全市党风廉政建设工作会议精神。刘芳副理事长对全体干部提出了要求。", "!廉教 11-12 周涛>"],
  ["杨帆", "11月19日宣文部组织观看警示教育片《迷途》，赵书记作了点评讲话。", "!警示 11-19 王磊> 《迷途》"],
  ["杨帆", "11月19日宣文部组织观看警示教育片《迷途》，赵书记到会讲话，并为大家讲授了廉政党课。", "!警示 11-19 王磊> 《迷途》 | 党课 11-19 赵敏>"],
  ["刘洋", "11月17日康复部召开党风廉政建设会议，刘副理事长出席并讲话。", "!分管会 11-17 刘芳>"],
  // The signed paper in 《》 alone: a signing (a clerk's on a card, one's own at once); studied (学习《…责任书》) it is a title.
  ["李娟", "11月24日，王建国副理事长与孙丽科长签订了《党风廉政建设责任书》。", "!签责 11-24 王建国>孙丽"],
  ["周涛", "11月16日与张颖签订了《廉洁从业承诺书》", "签责 11-16 >张颖"],
  ["吴静", "11月25日组织科室人员学习了《党风廉政建设责任书》，参加4人", "廉教 11-25 > 《党风廉政建设责任书》 #4"],
  // A signing that only goes on after a unit's group watched or studied: the unit's head with each member, on a card.
  ["周涛", "11月27日，组联部全体干部集中学习了《廉洁自律准则》，参加3人，并逐人签订了廉洁承诺书。", "!廉教 11-27 > 《廉洁自律准则》 #3 | 签责 11-27 >张颖"],
  ["冯雪", "11月26日，维权部全体人员观看了警示教育片《迷途》，同时签订了廉洁承诺书。", "!警示 11-26 > 《迷途》 | 签责 11-26 >赵磊"],
  ["赵磊", "11月26日，维权部全体人员观看了警示教育片《迷途》，同时签订了廉洁承诺书。", "!警示 11-26 冯雪> 《迷途》 | 签责 11-26 冯雪>赵磊"],
  ["吴静", "11月26日，部门同志观看了警示教育片《迷途》，并一一签订了廉洁承诺书。", "!警示 11-26 > 《迷途》 | 签责 11-26 >刘洋"],
  ["何平", "11月23日，中心全体职工观看警示教育片《围猎》，还逐人签订了廉洁从业承诺书。", "!警示 11-23 > 《围猎》 | 签责 11-23 >徐辉 | 签责 11-23 >孙杰"],
  // An untyped study before such a signing: asked its type, the signing read on its own.
  ["孙丽", "11月26日，组织全科人员学习了《会计法》，还逐一签订了廉洁从业承诺书。", "? 11-26 > 《会计法》 ?missing_type | 签责 11-26 >王强 | 签责 11-26 >李娟"],
  // No unit found for the group, or 逐人 with no one at all: asked 和谁签订的, never a card with nobody.
  ["王磊", "11月25日，全体干部观看警示教育片《围猎》，并逐人签订了廉洁承诺书。", "警示 11-25 > 《围猎》 | 签责 11-25 > ?missing_counterpart"],
  ["王磊", "11月25日逐人签订了廉洁承诺书", "签责 11-25 > ?missing_counterpart"],
  // A signing that only goes on after a deed of no one in particular (the department, no group word): asked whom too.
  ["王磊", "11月24日，宣文部组织观看警示教育片《初心的拷问》，并签订了廉洁承诺书。", "警示 11-24 > 《初心的拷问》 | 签责 11-24 > ?missing_counterpart"],
  ["孙丽", "11月19日和王强开展了廉政谈话，同时签订了个人廉洁承诺书", "!廉谈 11-19 >王强 | 签责 11-19 >"],
  // Near-misses: one's own pledge, a party named, the talked-to carried, the group itself the subject, a bare own signing.
  ["周涛", "11月27日，组联部全体干部集中学习了《廉洁自律准则》，并签订了个人廉洁承诺书。", "!廉教 11-27 > 《廉洁自律准则》 | 签责 11-27 >"],
  ["周涛", "11月27日，组织全体干部学习了《廉洁自律准则》，随后与张颖签订了廉洁承诺书。", "!廉教 11-27 > 《廉洁自律准则》 | 签责 11-27 >张颖"],
  ["周涛", "11月27日与张颖进行了廉政谈话，并签订了廉洁承诺书。", "!廉谈 11-27 >张颖 | 签责 11-27 >张颖"],
  ["王磊", "11月25日，宣文部全体干部逐人签订了廉洁承诺书。", "!签责 11-25 >杨帆"],
  ["孙丽", "11月26日签订了廉洁从业承诺书", "签责 11-26 >"],
];
