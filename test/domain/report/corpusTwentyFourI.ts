// Round 24b (i24, issue 10): short first-person talks stored wrong at once — a companion read as a second person talked
// to (A), a person or type named only to deny it read as one more (C), and 诫勉谈话 read as a 廉政谈话 (D).
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_FOUR_I_ROWS: CorpusRow[] = [
  // A. Someone who only came along (也一起 · 一块儿 · 也在 · 在场 · 也参加了 · 陪我 · 在X陪同下 · 是跟X一起谈的) is no one
  // talked to (was: a second talk with the companion, stored at once). The sender stays the doer; a companion above the
  // sender who came 一起 may have held it, so the record goes on a card; one below, or who only sat in, does not.
  ["何平", "昨天和孙杰谈了心，徐副主任也一起", "!谈心 11-29 >孙杰"], // round 63 (gcc): 也一起 may mean talked to too, on a card (was at once)
  ["周涛", "上周五跟张颖进行了廉政谈话，刘理事长也在场", "!廉谈 11-27 >张颖"],
  ["王磊", "前天和杨帆谈心谈话，赵书记一块儿去的", "!谈心 11-28 >杨帆"],
  ["冯雪", "今天同赵磊签了廉政承诺书，是跟陈理事长一起签的", "!签责 11-30 >赵磊"],
  ["李明", "昨天在王副理事长陪同下和胡军谈心", "!谈心 11-29 >胡军"],
  ["吴静", "昨天跟刘理事长一起找刘洋谈了话，是谈心谈话", "!谈心 11-29 >刘洋"],
  ["孙丽", "前天王副科长陪我和李娟签了承诺书", "签责 11-28 >李娟"],
  ["赵敏", "前天和王磊廉政谈话，张伟书记也一起参加了", "!廉谈 11-28 >王磊"],
  ["陈志强", "昨天与郑华谈心，冯雪同志也在", "谈心 11-29 >郑华"],
  ["王建国", "昨天和孙丽进行了廉政谈话，李明也参加了", "廉谈 11-29 >孙丽"],
  ["徐辉", "前天和孙杰谈了心，何主任陪我去的", "!谈心 11-28 >孙杰"],
  ["孙丽", "昨天跟李娟进行了廉政谈话，王科长也参加了这次谈话", "廉谈 11-29 >李娟"],
  // A bare 参加 after a 集体谈话 names those talked to, not companions (as before).
  ["王建国", "昨天开展了集体廉政谈话，李明、孙丽参加", "廉谈 11-29 >李明 | 廉谈 11-29 >孙丽"],
  // 也一起谈了 says the one named was talked to as well: no companion, and not stored at once either.
  ["王磊", "昨天和杨帆谈心谈话，赵磊也一起谈了", "!谈心 11-29 >杨帆 | 谈心 11-29 >赵磊"],
  // 一起 joining two people before the deed still names both talked to (b24's doubt, kept as two talks).
  ["王建国", "上周五和李明、孙丽一起谈了心", "谈心 11-27 >李明 | 谈心 11-27 >孙丽"],
  // C. 不是(和)X / 并非X / 而不是X / 没和X谈: X is no counterpart (was: stored at once beside the right one); a denied type
  // word (不是廉政谈话) is no type either. The day before the denial goes with the clause after it.
  ["刘芳", "昨天不是跟周涛，是跟吴静进行的廉政谈话", "廉谈 11-29 >吴静"],
  ["陈志强", "前天和冯雪签了责任书，不是郑华", "签责 11-28 >冯雪"],
  ["何平", "上周五没跟孙杰谈，是和徐辉谈心谈话", "谈心 11-27 >徐辉"],
  ["王磊", "今天和杨帆廉政谈话了，并非和赵书记", "廉谈 11-30 >杨帆"],
  ["郑华", "前天是和陈静而不是赵磊进行的廉政谈话", "廉谈 11-28 >陈静"],
  ["吴静", "本周一和刘洋签了承诺书，不是和王磊签的", "签责 11-30 >刘洋"],
  ["王建国", "昨天没有和李明谈，而是和孙丽进行了廉政谈话", "廉谈 11-29 >孙丽"],
  // 谈的心 is a 谈心谈话 (was: its type asked, for the denied one too).
  ["李明", "昨天不是跟王芳，是跟胡军谈的心", "谈心 11-29 >胡军"],
  ["郑华", "前天是和陈静谈的心", "谈心 11-28 >陈静"],
  // 不是 of no person and no type (不是很顺利, 不是本人签的) denies nothing.
  ["王建国", "昨天和李明谈心谈话，不是很顺利", "谈心 11-29 >李明"],
  ["周涛", "昨天和张颖谈了话，不是廉政谈话，是谈心谈话", "谈心 11-29 >张颖"],
  ["李明", "前天跟胡军谈心了，并非廉政谈话", "谈心 11-28 >胡军"],
  // One person of a list given a type of their own in a later clause (王芳那个其实是廉政谈话) has that type only (was: a
  // second talk of the list's type beside it, three items on the card); named alone, their one talk takes the type said.
  ["李明", "昨天跟胡军、王芳分别谈心谈话，王芳那个其实是廉政谈话", "!谈心 11-29 >胡军 | 廉谈 11-29 >王芳"],
  ["刘芳", "前天和周涛、吴静分别进行了廉政谈话，吴静的算谈心谈话", "!廉谈 11-28 >周涛 | 谈心 11-28 >吴静"],
  ["冯雪", "上周五跟赵磊和陈静分别谈了心，陈静那次算廉政谈话", "!谈心 11-27 >赵磊 | 廉谈 11-27 >陈静"],
  ["王建国", "上周五与李明、孙丽谈心谈话，和孙丽那次实际上是廉政谈话", "!谈心 11-27 >李明 | 廉谈 11-27 >孙丽"],
  ["周涛", "昨天跟张颖谈心谈话，张颖那个其实是廉政谈话", "!廉谈 11-29 >张颖"],
  // 周涛还没签 beside a signing done (was: 没看懂, read as a completion query by the bot): one signing, the other not done.
  ["刘芳", "上周五和吴静签了责任书，周涛还没签", "签责 11-27 >吴静"],
  // D. 诫勉谈话 is a disciplinary measure (组织处理), not the duty's 廉政谈话 (was: stored at once as one): its type is asked,
  // as 函询谈话's and 工作谈话's are.
  ["郑华", "昨天和陈静进行了诫勉谈话", "? 11-29 >陈静 ?missing_type"],
  ["冯雪", "上周五对赵磊开展了诫勉谈话", "? 11-27 >赵磊 ?missing_type"],
  ["张伟", "前天找王建国诫勉谈话了一次", "? 11-28 >王建国 ?missing_type"],
  ["孙丽", "今天对王强进行诫勉谈话", "? 11-30 >王强 ?missing_type"],
  ["赵敏", "昨天与何平同志进行了诫勉谈话", "? 11-29 >何平 ?missing_type"],
];
