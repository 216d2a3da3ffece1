// Round 28 o (issue 10): a member who heads nothing and only WATCHED or ATTENDED a 警示教育 / 廉政教育 (收看了 · 观看了 ·
// 看了 · 参加了 · 聆听了, no 组织/开展/带领/head count) is asked whose it was, the member's head first (watchedOnly): stored at
// once as his own, the organised-activity count took a viewing as one a 副科长 held. Beside them, the first messages of the
// dialogs whose answers must give the same records as these whole messages (superiorAfterAnswer, test/e2e). Read on Mon
// 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_EIGHT_O_ROWS: CorpusRow[] = [
  // The brief's sample, then the same shape from other members, days, verbs, titles and a typo (篇 for 片).
  ["王强", "昨天收看了警示教育片", "警示 11-29 > ?missing_actor"],
  ["李娟", "今天观看了警示教育片《迷途》", "警示 11-30 > 《迷途》 ?missing_actor"],
  ["张颖", "上周五看了警示教育片", "警示 11-27 > ?missing_actor"],
  ["刘洋", "11月25日参加了警示教育", "警示 11-25 > ?missing_actor"],
  ["陈静", "昨天参加了廉政教育", "廉教 11-29 > ?missing_actor"],
  ["杨帆", "前天收看了廉政警示教育片《围猎》", "警示 11-28 > 《围猎》 ?missing_actor"],
  ["赵磊", "11月20号观看警示教育片", "警示 11-20 > ?missing_actor"],
  ["孙杰", "昨天下午收看了警示教育专题片", "警示 11-29 > ?missing_actor"],
  ["王芳", "昨天和同事们一起收看了警示教育片", "警示 11-29 > ?missing_actor"],
  ["李娟", "11.26 收看警示教育片《蜕变》", "警示 11-26 > 《蜕变》 ?missing_actor"],
  ["徐辉", "昨天观看了警示教育片", "警示 11-29 > ?missing_actor"],
  ["王强", "昨天聆听了廉政教育讲座", "廉教 11-29 > ?missing_actor"],
  ["刘洋", "上周三参加了廉政教育学习", "廉教 11-25 > ?missing_actor"],
  ["张颖", "昨天收看了警示教育片，很受教育", "警示 11-29 > ?missing_actor"],
  ["王强", "昨天收看了警示教育篇", "警示 11-29 > ?missing_actor"],
  ["胡军", "今天上午参加了警示教育大会", "警示 11-30 > ?missing_actor"],
  ["陈静", "11月27日参加警示教育活动", "警示 11-27 > ?missing_actor"],
  ["赵磊", "前天看警示片了", "警示 11-28 > ?missing_actor"],
  ["林晓", "昨天观看了警示教育片", "警示 11-29 > ?missing_actor"],
  ["孙杰", "今天收看了警示教育片《忏悔录》，深受触动", "警示 11-30 > 《忏悔录》 ?missing_actor"],
  // Near-misses that keep today's reading: a head's or a leader's own (组织科室… · 收看了… from a head; a deputy's 组织科室… is
  // the head's on the card since round 36, ffc), one said organised
  // (组织 · 带着 · 给大家放映 · a head count), a member's own study at home (no report), an organiser named (on the card),
  // a study of a text (学习了《…》: not this shape), the unit-wide viewing of the secretary.
  ["孙丽", "昨天组织科室收看了警示教育片", "警示 11-29 >"],
  ["周涛", "昨天收看了警示教育片", "警示 11-29 >"],
  ["王强", "昨天组织科室收看了警示教育片", "警示 11-29 > ?missing_actor"],
  ["王强", "昨天自己在家观看了警示教育片", "-"],
  ["李娟", "昨天在家用手机观看了警示教育片", "-"],
  ["王强", "昨天收看了警示教育片，参加8人", "!警示 11-29 孙丽> #8"],
  ["刘芳", "昨天收看了警示教育片", "警示 11-29 >"],
  ["赵磊", "维权部昨天组织观看警示教育片", "!警示 11-29 冯雪>"],
  ["李娟", "昨天参加了孙丽科长组织的警示教育", "!警示 11-29 孙丽>"],
  ["王强", "昨天学习了《廉洁自律准则》", "廉教 11-29 > 《廉洁自律准则》"],
  ["张伟", "昨天组织机关全体党员观看警示教育片", "警示 11-29 >"],
  ["何平", "昨天带着中心同志们收看了警示教育片", "!警示 11-29 >"],
  ["吴静", "今天组织部门收看警示教育片，参加5人", "警示 11-30 > #5"],
  ["刘洋", "昨天吴静部长组织我们收看了警示教育片", "!警示 11-29 吴静>"],
  ["王芳", "昨天给大家放映了警示教育片", "警示 11-29 >"],
  // The whole messages the dialogs of test/e2e/dialogTwentyEightO must match once answered: a talk or signing with the
  // sender's superior is the superior's; the same message with its type or person left out is asked, and a talk the sender
  // sought (我主动找…) stays theirs.
  ["李明", "昨天和王建国进行了廉政谈话", "!廉谈 11-29 王建国>李明"],
  ["李明", "昨天和王建国谈了话", "? 11-29 王建国>李明 ?missing_type"],
  ["李明", "昨天进行了廉政谈话", "廉谈 11-29 > ?missing_counterpart"],
  ["孙丽", "前天和王建国谈心了", "!谈心 11-28 王建国>孙丽"],
  ["王芳", "和李明进行了廉政谈话", "廉谈 ? 李明>王芳 ?missing_date"],
  ["李明", "昨天我主动找王建国谈了话", "? 11-29 >王建国 ?missing_type"],
  ["周涛", "昨天和刘芳签订了责任书", "!签责 11-29 刘芳>周涛"],
  ["陈静", "上周五和郑华谈心了", "!谈心 11-27 郑华>陈静"],
  ["张颖", "昨天和周涛谈了谈", "? 11-29 周涛>张颖 ?missing_type"],
  ["郑华", "和陈志强进行了廉政谈话", "廉谈 ? 陈志强>郑华 ?missing_date"],
  // A bare talk (bareTalk): its kind asked (then whom), never 「没有读出…活动」; a plan or a bare word stays as it was.
  ["李明", "昨天谈话了", "? 11-29 > ?missing_type"],
  ["孙丽", "前天谈了一次话", "? 11-28 > ?missing_type"],
  ["王芳", "上周五找人谈了话", "? 11-27 > ?missing_type"],
  ["周涛", "11月25日谈过话", "? 11-25 > ?missing_type"],
  ["吴静", "昨天进行了谈话", "? 11-29 > ?missing_type"],
  ["李明", "谈话了", "? ? > ?missing_type,missing_date"],
  ["李明", "明天谈话", "-"],
  ["李明", "谈话", "-"],
  ["李明", "昨天谈话了吗", "-"],
];
