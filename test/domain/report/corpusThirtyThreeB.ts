// Shapes left open by round 32's helpers, found by the coordinator's brief r2 (issue 10), fixed on branch r2. Read on
// Mon 2026-11-30 10:00 +08:00. Kinds: drafting, revising or issuing a 责任书/承诺书 (起草了《…责任书》 · 印发《…》和《…》 ·
// 修订完善了责任书文本) is no 签订责任书 — no record, the clause named as not recorded — while a signing told anywhere stays
// one (a day of the paper work's own no second signing); a day written with a mark (1.5日 · 11.5号 · 11-5 · 11/5) whose
// month contradicts the month heading or every other day of the message is asked in that month, never read as another
// month, while the well-formed and agreeing ones stay read; a question asked with asking words before or after the deeds
// (帮我看看本月完成情况 · 顺便问下… · 另外想问一下…) never takes the deeds with it: they are read, the question named.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_THREE_B_ROWS: CorpusRow[] = [
  // 1. Paper work on a pledge, alone: no record (documentWorkReply names it), in several wordings.
  ["王芳", "起草了《2026年度党风廉政建设责任书》，请领导审阅", "-"],
  ["王芳", "11月20日起草了《2027年度党风廉政建设责任书》初稿", "-"],
  ["何平", "印发《2027年度党风廉政建设责任书》和《2027年党风廉政建设工作实施方案》", "-"],
  ["王芳", "修订完善了责任书文本", "-"],
  ["王芳", "11月18日草拟了各科室党风廉政建设承诺书，已报党组审定", "-"],
  ["王芳", "今天把责任书文本下发各科室，请各科室负责人签字后交回", "-"],
  // Beside another deed: the deed kept, the paper work named as not recorded; a signing's own day kept, not the issuing's.
  ["王芳", "11月12日组织学习了《廉洁自律准则》，参加12人；起草了《2027年度党风廉政建设责任书》", "!廉教 11-12 李明> 《廉洁自律准则》 #12"],
  ["王建国", "11月12日印发了责任书，11月20日与财务科签订", "签责 11-20 >孙丽"],
  ["王芳", "11月20日，党组书记张伟与班子成员签订了责任书，办公室事先起草了责任书文本", "!签责 11-20 张伟>王建国 | 签责 11-20 张伟>刘芳 | 签责 11-20 张伟>陈志强 | 签责 11-20 张伟>赵敏"],
  // Near-misses: signings stay signings (a group on a card, 会后 with the meeting, 逐级, 起草并签订), a 责任书 check stays one.
  ["王建国", "11月12日与各科室负责人签订《2026年度党风廉政建设责任书》", "!签责 11-12 >李明 | 签责 11-12 >孙丽 | 签责 11-12 >周涛 | 签责 11-12 >吴静 | 签责 11-12 >郑华 | 签责 11-12 >王磊 | 签责 11-12 >冯雪 | 签责 11-12 >何平"],
  ["何平", "11月12日召开党风廉政建设工作会议，会后签订了责任书", "? 11-12 > ?missing_type | 签责 11-12 > ?missing_counterpart"],
  // 逐级签订 signs down the line with others (round 37, fjb): asked whom, no longer stored at once as the sender's with no one.
  ["张伟", "11月12日逐级签订了党风廉政建设责任书", "签责 11-12 > ?missing_counterpart"],
  ["李明", "起草并与王芳签订了责任书", "签责 ? >王芳 ?missing_date"],
  ["何平", "11月20日对各科室责任书落实情况进行了检查", "!查责 11-20 >"],
  // 2. A marked day whose month the heading or the other days contradict: asked in that month, never another month.
  ["李娟", "11月工作\n1.5日对财务科开展作风纪律检查", "作风 ? > ?missing_date"],
  ["李娟", "11月份工作情况：\n1. 1.5日对财务科开展作风纪律检查\n2. 11月12日组织观看警示教育片，参加15人", "作风 ? > ?missing_date | 警示 11-12 > #15 ?missing_actor"],
  ["孙丽", "11月3日与王强进行了廉政谈话，1.5日与李娟进行了谈心谈话", "廉谈 11-03 >王强 | 谈心 ? >李娟 ?missing_date"],
  ["孙丽", "10月份工作\n11.5号与王强进行了廉政谈话", "廉谈 ? >王强 ?missing_date"],
  ["孙丽", "10月工作\n11-5与王强进行了廉政谈话", "廉谈 ? >王强 ?missing_date"],
  ["孙丽", "10月工作\n11/5与王强进行了廉政谈话", "廉谈 ? >王强 ?missing_date"],
  ["孙丽", "11月20日和王强进行了廉政谈话，9.15和李娟进行了谈心谈话", "廉谈 11-20 >王强 | 谈心 ? >李娟 ?missing_date"],
  // Near-misses: the same shapes agreeing with the heading, days written in full (whatever the heading), no other month
  // named, and a neighbouring month across a month's end stay read.
  ["孙丽", "11月工作\n11.5号与王强进行了廉政谈话", "廉谈 11-05 >王强"],
  ["孙丽", "11月工作\n11,5日与王强进行了廉政谈话", "廉谈 11-05 >王强"],
  ["孙丽", "11月工作\n11月5 日与王强进行了廉政谈话", "廉谈 11-05 >王强"],
  ["孙丽", "十一月工作\n十一月五号与王强进行了廉政谈话", "廉谈 11-05 >王强"],
  ["孙丽", "11月工作\n11-5与王强进行了廉政谈话", "廉谈 11-05 >王强"],
  ["孙丽", "11月工作\n11/5与王强进行了廉政谈话", "廉谈 11-05 >王强"],
  ["孙丽", "11月工作\n11月05日与王强进行了廉政谈话", "廉谈 11-05 >王强"],
  ["孙丽", "10月工作\n11月5日与王强进行了廉政谈话", "廉谈 11-05 >王强"],
  // 1.5日 alone, read in November, is asked its day since x3 (issue 10: the brief's kind 6; it was 01-05 at once).
  ["孙丽", "1.5日与王强进行了廉政谈话", "廉谈 ? >王强 ?missing_date"],
  ["孙丽", "10月30日组织观看警示教育片，参加15人；11.2日与王强进行了廉政谈话", "!警示 10-30 > #15 | 廉谈 11-02 >王强"],
  // 3. A question asked before or after the deeds: the deeds read (the question named; the chat answers it).
  ["孙丽", "1. 11月3日与王强进行了廉政谈话\n2. 11月10日组织观看警示教育片，参加15人\n3. 帮我看看本月完成情况", "!廉谈 11-03 >王强 | 警示 11-10 > #15"],
  ["孙丽", "帮我看看本月完成情况\n1. 11月3日与王强进行了廉政谈话\n2. 11月10日组织观看警示教育片，参加15人", "!廉谈 11-03 >王强 | 警示 11-10 > #15"],
  ["孙丽", "11月3日与王强进行了廉政谈话。顺便问下本季度完成情况", "廉谈 11-03 >王强"],
  ["孙丽", "帮我看下本季度完成情况。11月3日与王强进行了廉政谈话", "廉谈 11-03 >王强"],
  ["孙丽", "今天和王强进行了廉政谈话。另外想问一下我还差什么", "廉谈 11-30 >王强"],
  ["李娟", "11月24日组织科室观看警示教育片《迷途》，参加6人，顺便问一下本月还差哪些", "!警示 11-24 孙丽> 《迷途》 #6"],
  // Near-misses: a heading that names 完成情况 over the list is no question; a question alone stays no report.
  ["孙丽", "11月份纪检工作完成情况：\n1. 11月3日与王强进行了廉政谈话\n2. 11月10日组织观看警示教育片，参加15人", "!廉谈 11-03 >王强 | 警示 11-10 > #15"],
  ["孙丽", "帮我看看本月完成情况", "-"],
];
