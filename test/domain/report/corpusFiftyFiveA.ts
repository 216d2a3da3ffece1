// Round 55, fixer fha (issue 10): a doer who is not in the directory became the sender, a familiar 小X was offered people it
// cannot be, and a typed edit of a waiting card was stored as a new record (t57a F3/F4/F5, t57b F9).
// Findings: 1. 「昨天王书记和何平进行了廉政谈话」 from a 科员 (no 王 holds a 书记 title): 王书记 was read as a second counterpart
// (「通讯录里找不到「王书记」」) beside the sender's own talk with 何平; without the type (…谈话了) the sender's talk was asked its
// type only and stored at once after 「廉政谈话」; 「11月25日王书记到财务科开展了作风纪律检查」 was stored at once as the clerk's.
// A surname + title at the head of a clause that fits no one (or several) is now the doer, asked who (unresolvedSubject: those
// holding the title, then those of the surname called by a title; ambiguous_actor), in a typed deed and in one whose type is
// asked (parseSegment's untyped reading). One that fits one person (李主任, 黄书记) is that person on the card, as before.
// 2. 「与新来的办公室科员小刘」 offered 刘芳 (a 副理事长) and 刘洋 (康复部): a 小X is no leader, a post (科员 · 医师) said before
// it keeps those who hold it (familiarItems), and a department with a post or 新来的 between (办公室科员小刘) qualifies the name
// (departmentQualifier); none fitting is asked as someone not in the directory (不在名单里 stores nothing); 新来的 before one
// who fits offers them, never stores them unasked (a newcomer may be no one of the directory). One left of several is still
// offered among all, as before (the sender is dropped from them later).
// 3. Card edits (「第4条调研报告不是28号，是11月18日报的」 stored a new 调研报告; 「第1条是检查」 · 「陈志强、赵敏那两条是周三」 refused)
// are proved over HTTP in test/e2e/waitingCardEditsFiftyFiveA.test.ts; the rows here are near-misses: a complete report sent
// while a card waits keeps its own reading.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_FIVE_A_ROWS: CorpusRow[] = [
  // 1. A title + surname that fits no one (or several) at the head of a clause is the doer: asked who, never the sender's own.
  ["胡军", "昨天王书记和何平谈话了", "? 11-29 >何平 ?missing_type,ambiguous_actor"],
  ["胡军", "昨天王书记和何平进行了廉政谈话", "廉谈 11-29 >何平 ?ambiguous_actor"],
  ["胡军", "昨天 王书记 和何平 进行了廉政谈话", "廉谈 11-29 >何平 ?ambiguous_actor"],
  ["胡军", "王书记昨天和何平进行了谈心谈话", "谈心 11-29 >何平 ?ambiguous_actor"],
  ["胡军", "11月27日，王书记与何平同志进行了廉政谈话", "廉谈 11-27 >何平 ?ambiguous_actor"],
  ["胡军", "11月26日王书记到康复中心与何平、徐辉分别进行了廉政谈话", "廉谈 11-26 >何平 ?ambiguous_actor | 廉谈 11-26 >徐辉 ?ambiguous_actor"],
  ["王芳", "上周五王书记找何平谈了话，是廉政谈话", "廉谈 11-27 >何平 ?ambiguous_actor"],
  ["杨帆", "周理事长11月20日与郑华进行了谈心谈话", "谈心 11-20 >郑华 ?ambiguous_actor"],
  ["杨帆", "昨天周理事长和王磊谈心谈话了", "谈心 11-29 >王磊 ?ambiguous_actor"],
  ["张颖", "11月24日李书记与周涛进行了廉政谈话", "廉谈 11-24 >周涛 ?ambiguous_actor"],
  ["李娟", "黄主任昨天和孙丽进行了廉政谈话", "廉谈 11-29 >孙丽 ?ambiguous_actor"],
  ["赵磊", "11月25日林书记与冯雪进行了谈心谈话", "谈心 11-25 >冯雪 ?ambiguous_actor"],
  ["陈静", "昨天刘部长和郑华进行了廉政谈话啊", "廉谈 11-29 >郑华 ?ambiguous_actor"],
  ["刘洋", "陈科长11月23日与吴静进行了谈心谈话", "谈心 11-23 >吴静 ?ambiguous_actor"],
  ["孙杰", "11月20日，吴书记到康复中心与何平进行了廉政谈话", "廉谈 11-20 >何平 ?ambiguous_actor"],
  ["胡军", "昨天王书记到财务科检查了公务接待情况", "作风 11-29 > ?ambiguous_actor"],
  ["胡军", "11月25日王书记到财务科开展了作风纪律检查", "作风 11-25 > ?ambiguous_actor"],
  ["杨帆", "11月26日周理事长给宣文部全体党员讲了廉政党课", "党课 11-26 > ?ambiguous_actor"],
  ["王芳", "昨天王书记和何平签订了党风廉政建设责任书", "签责 11-29 >何平 ?ambiguous_actor"],
  ["胡军", "王书记昨天和我谈了话，是廉政谈话", "廉谈 11-29 >胡军 ?ambiguous_actor"],
  ["李娟", "11月25日 黄主任 和 孙丽 谈话了", "? 11-25 >孙丽 ?missing_type,ambiguous_actor"],
  ["胡军", "不好意思，昨天王书记和何平进行了廉政谈话，麻烦记一下", "廉谈 11-29 >何平 ?ambiguous_actor"],
  ["胡军", "王书记和何平昨天谈话了", "? 11-29 >何平 ?missing_type,ambiguous_actor"],
  ["王芳", "周理事长昨天主持召开了分管科室会议", "分管会 11-29 > ?ambiguous_actor"],
  ["张颖", "陈书记11月18日与周涛进行了廉政谈话", "廉谈 11-18 >周涛 ?ambiguous_actor"],
  // Near-misses: a title + surname that fits one person is that person, on the card, as before.
  ["胡军", "昨天李主任和王芳进行了廉政谈话", "!廉谈 11-29 李明>王芳"],
  ["胡军", "昨天黄书记和何平进行了廉政谈话", "!廉谈 11-29 黄志刚>何平"],
  ["杨帆", "11月25日王部长和陈静进行了谈心谈话", "!谈心 11-25 王磊>陈静"],
  ["李娟", "孙科长昨天和王强进行了廉政谈话", "!廉谈 11-29 孙丽>王强"],
  ["刘洋", "吴部长11月26日与孙杰进行了谈心谈话", "!谈心 11-26 吴静>孙杰"],
  ["胡军", "昨天张书记和李明进行了廉政谈话", "!廉谈 11-29 张伟>李明"],
  ["杨帆", "赵书记11月24日到宣文部与王磊进行了廉政谈话", "!廉谈 11-24 赵敏>王磊"],
  ["陈静", "11月20日陈理事长与郑华进行了廉政谈话", "!廉谈 11-20 陈志强>郑华"],
  ["张颖", "刘理事长昨天和周涛进行了谈心谈话", "!谈心 11-29 刘芳>周涛"],
  ["孙杰", "何主任昨天和徐辉进行了谈心谈话", "!谈心 11-29 何平>徐辉"],
  // The sender's own talk stays theirs; a title named as the one talked to stays the counterpart.
  ["胡军", "昨天和何平进行了廉政谈话", "廉谈 11-29 >何平"],
  ["胡军", "昨天和李主任进行了谈心谈话", "!谈心 11-29 李明>胡军"],
  ["王芳", "11月25日和黄书记进行了谈心谈话", "谈心 11-25 >黄志刚"],
  // 2. A familiar 小X/老X: the words said with it (a department, a post, 小) narrow whom to offer; never one stored unasked.
  ["李明", "11月26日与新来的办公室科员小刘进行了廉政谈话", "廉谈 11-26 > ?unknown_counterpart"],
  ["李明", "11月26日与办公室科员小刘进行了谈心谈话", "谈心 11-26 > ?unknown_counterpart"],
  ["李明", "11月26日和办公室新来的小刘谈心谈话了", "谈心 11-26 > ?ambiguous_counterpart"],
  ["李明", "昨天与新来的小刘进行了廉政谈话", "廉谈 11-29 > ?ambiguous_counterpart"],
  ["李明", "昨天 和 小刘 进行了 谈心谈话", "谈心 11-29 > ?ambiguous_counterpart"],
  ["王强", "11月25日与小刘进行了谈心谈话", "谈心 11-25 > ?ambiguous_counterpart"],
  ["吴静", "11月25日与科员小刘进行了谈心谈话", "谈心 11-25 > ?ambiguous_counterpart"],
  ["吴静", "11月25日与康复部小刘进行了谈心谈话", "谈心 11-25 >刘洋"],
  ["吴静", "11月25日与康复部科员小刘进行了谈心谈话", "谈心 11-25 >刘洋"],
  ["吴静", "11月25日和部里的小刘进行了谈心谈话", "谈心 11-25 > ?ambiguous_counterpart"],
  ["郑华", "11月24日和新来的实习生小李进行了廉政谈话", "廉谈 11-24 > ?ambiguous_counterpart"],
  ["孙丽", "11月24日和小李进行了谈心谈话", "谈心 11-24 > ?ambiguous_counterpart"],
  ["孙丽", "11月24日与财务科科员小李进行了谈心谈话", "谈心 11-24 >李娟"],
  ["孙丽", "11月24日与财务科的小李进行了谈心谈话啊", "谈心 11-24 >李娟"],
  ["何平", "11月24日和小王进行了谈心谈话", "谈心 11-24 > ?ambiguous_counterpart"],
  ["何平", "11月24日和康复中心的小王进行了谈心谈话", "谈心 11-24 > ?unknown_counterpart"],
  ["李明", "11月24日和办公室的小王进行了谈心谈话", "谈心 11-24 >王芳"],
  ["李明", "11月24日和办公室科员小王进行了谈心谈话", "谈心 11-24 >王芳"],
  ["周涛", "11月24日和小张进行了谈心谈话", "谈心 11-24 > ?ambiguous_counterpart"],
  ["周涛", "11月24日和组联部科员小张进行了谈心谈话", "谈心 11-24 >张颖"],
  ["何平", "11月24日和医师小孙进行了谈心谈话", "谈心 11-24 > ?ambiguous_counterpart"],
  ["何平", "11月24日和康复中心医师小孙进行了廉政谈话", "廉谈 11-24 >孙杰"],
  ["吴静", "11月24日和老刘进行了谈心谈话", "谈心 11-24 > ?ambiguous_counterpart"],
  ["李明", "不好意思 11月24日和新来的办公室科员小刘谈心谈话了 麻烦记一下", "谈心 11-24 > ?unknown_counterpart"],
  ["郑华", "11月24日与教育就业部科员小陈进行了谈心谈话", "谈心 11-24 >陈静"],
  ["冯雪", "11月24日和维权部科员小赵进行了谈心谈话", "谈心 11-24 >赵磊"],
  ["王磊", "11月24日和宣文部科员小杨进行了谈心谈话", "谈心 11-24 >杨帆"],
  // Near-misses: a full name is that person as before.
  ["李明", "11月26日与办公室科员胡军进行了廉政谈话", "廉谈 11-26 >胡军"],
  ["吴静", "11月25日与康复部科员刘洋进行了谈心谈话", "谈心 11-25 >刘洋"],
  ["孙丽", "11月24日与财务科科员李娟进行了谈心谈话", "谈心 11-24 >李娟"],
  ["吴静", "11月25日与康复部新来的小刘进行了谈心谈话", "谈心 11-25 > ?ambiguous_counterpart"],
  ["孙丽", "11月24日与财务科新来的小李进行了谈心谈话", "谈心 11-24 > ?ambiguous_counterpart"],
  ["李明", "11月24日和新来的办公室科员小王进行了谈心谈话", "谈心 11-24 > ?ambiguous_counterpart"],
  // 3. Near-misses of the card edits (the edits themselves are proved over HTTP in test/e2e/waitingCardEditsFiftyFiveA.test.ts):
  // a complete new report sent while a card waits is still its own report, read alone as before.
  ["张伟", "11月25日和孙丽进行了廉政谈话", "廉谈 11-25 >孙丽"],
  ["张伟", "11月18日报送调研报告1篇", "调研 11-18 >"],
  ["张伟", "另外11月27日还和王强进行了谈心谈话", "谈心 11-27 >王强"],
  ["张伟", "补报一条：11月20日到财务科开展了作风纪律检查", "作风 11-20 >"],
  ["张伟", "还有一条 11月24日与冯雪进行了廉政谈话", "廉谈 11-24 >冯雪"],
  ["周涛", "11月18日报送调研报告《基层组织廉政风险防控初探》", "调研 11-18 > 《基层组织廉政风险防控初探》"],
  ["周涛", "另外 11月26日组织观看警示教育片《清风》参加9人", "警示 11-26 > 《清风》 #9"],
  ["张伟", "再补一条，上周三和陈志强进行了廉政谈话", "廉谈 11-25 >陈志强"],
];
