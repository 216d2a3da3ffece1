// Round 59, fixer fca (issue 10): a second deed after the first — the talk after a signing, and two kinds tallied in one
// clause — dropped silently (t61a F1, fda's and fde's left-alone).
// Findings: 1. 陈志强「11月30日和郑华、冯雪两位部长签订了党风廉政建设责任书，签完后又分别谈了话」 and 刘芳「…签了责任书，之后又和她们谈了
// 话」 kept only the 2 signings; the talks were lost. Now (talkAfterSigning) a talk after signings told with up to three when-words
// (签完后 · 签订后 · 签字后 · 签完以后 · 签订结束后 · 随后 · 接着 · 同时 + 又/还/也) and the signers referred back to (她们 · 他们俩 · 两人 ·
// 二人 · 两位同志) or 分别/逐一/一一 is one talk item with every signer, on the signings' day, its kind asked; typed (开展了廉政谈话 · 谈了
// 心) one talk each on a card. A planned or not-held talk (谈话下周再谈 · 谈话还没谈, the latter read as a talk before) is none.
// 2. 王建国「本月签订责任书2份、开展廉政谈话1次」 kept only the signings. Now (countedDeedsApart) two counted deeds of different kinds
// joined by 、/和/及 are written apart as with a comma: each gives its records, days and whom asked; two talk kinds (其中廉政谈话2次、
// 谈心谈话1次) and two study kinds keep their join (typeSplitTally's reading). 本月签订责任书2份、作风纪律检查1次 was one 查责 before.
// 3. Voice 赵磊「冯部长 昨天 跟 我 谈了 话 然后 我 签了 廉洁 承诺书」 is read since round 58; 「… 谈了 话 谈完 我 签了 承诺书」 lost the talk
// and 「周部长 上周二 找 我 谈了 话 …」 lost whom. Now 谈完 opens a clause across a space, 找 我 is one phrase, and an untyped talk is
// read across a space before its verb: the talk (kind asked) and the signing with the one who talked.
// Left as today (not in this file, see the round 59 report): a talk on a day of its own after signings with 他们 (…签了责任书，11月27日
// 又和他们谈了话) is dropped; 「签完责任书后又和郑华、冯雪分别谈了话」 alone reads two undated signings and drops the talk; the follow-up
// 「补一下，签完责任书后还和她们分别谈了话」 read with no stored signing asks a signing of no one (with one stored, the dialog adds the talks).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_NINE_A_ROWS: CorpusRow[] = [
  // 1. t61a F1: a talk after signings with several, told with 签完后/之后/签订后… and 又/还, or the signers referred back to (她们 · 两人): the talk kept with the signings' day and people, its kind asked (or typed, one each).
  ["陈志强", "11月30日和郑华、冯雪两位部长签订了党风廉政建设责任书，签完后又分别谈了话", "签责 11-30 >郑华 @教育就业部 | 签责 11-30 >冯雪 @维权部 | ? 11-30 >郑华,冯雪 @教育就业部 ?missing_type"],
  ["刘芳", "11月28日和周涛、吴静签了责任书，之后又和她们谈了话", "签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部 | ? 11-28 >周涛,吴静 @组联部 ?missing_type"],
  ["刘芳", "11月28日和周涛、吴静签了责任书，然后又分别谈了话", "签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部 | ? 11-28 >周涛,吴静 @组联部 ?missing_type"],
  ["刘芳", "11月28日和周涛、吴静签了责任书，签完后分别谈了话", "签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部 | ? 11-28 >周涛,吴静 @组联部 ?missing_type"],
  ["陈志强", "11.24和郑华、冯雪签订了责任书，签订后又和两人分别谈了话", "签责 11-24 >郑华 @教育就业部 | 签责 11-24 >冯雪 @维权部 | ? 11-24 >郑华,冯雪 ?missing_type"],
  ["陈志强", "24号和郑华、冯雪签了党风廉政建设责任书，签完以后还分别谈了谈", "签责 11-24 >郑华 @教育就业部 | 签责 11-24 >冯雪 @维权部 | ? 11-24 >郑华,冯雪 @教育就业部 ?missing_type"],
  ["陈志强", "上周二与郑华、冯雪两位部长签订了责任书，随后又逐一谈了话", "签责 11-24 >郑华 @教育就业部 | 签责 11-24 >冯雪 @维权部 | ? 11-24 >郑华,冯雪 @教育就业部 ?missing_type"],
  ["王建国", "11月26日和李明、孙丽签订了党风廉政建设责任书，签字后又分别进行了谈话", "签责 11-26 >李明 @办公室 | 签责 11-26 >孙丽 @财务科 | ? 11-26 >李明,孙丽 @办公室 ?missing_type"],
  ["王建国", "昨天和李明、孙丽签了责任书，之后还和他们谈了话", "签责 11-29 >李明 @办公室 | 签责 11-29 >孙丽 @财务科 | ? 11-29 >李明,孙丽 @办公室 ?missing_type"],
  ["王建国", "昨天和李明、孙丽签了责任书，接着又一一谈了话", "签责 11-29 >李明 @办公室 | 签责 11-29 >孙丽 @财务科 | ? 11-29 >李明,孙丽 @办公室 ?missing_type"],
  ["赵敏", "11月25日与王磊、何平签订了责任书，签完责任书后又分别谈了话", "签责 11-25 >王磊 @宣文部 | 签责 11-25 >何平 @残疾人康复中心 | ? 11-25 >王磊,何平 @宣文部 ?missing_type"],
  ["赵敏", "11月25日与王磊、何平签订了责任书，签完责任书以后还和两位同志谈了谈", "签责 11-25 >王磊 @宣文部 | 签责 11-25 >何平 @残疾人康复中心 | ? 11-25 >王磊,何平 @宣文部 ?missing_type"],
  ["张伟", "11月27日与王建国、刘芳、陈志强签订了党风廉政建设责任书，签订后又分别谈了话", "签责 11-27 >王建国 | 签责 11-27 >刘芳 | 签责 11-27 >陈志强 | ? 11-27 >王建国,刘芳,陈志强 ?missing_type"],
  ["孙丽", "11月24日和王强、李娟签了廉洁承诺书，签完后又和他俩谈了话", "签责 11-24 >王强 @财务科 | 签责 11-24 >李娟 @财务科 | ? 11-24 >王强,李娟 @财务科 ?missing_type"],
  ["李明", "11月24日和王芳、胡军签订了承诺书，之后又和他们分别谈了一次话", "签责 11-24 >王芳 @办公室 | 签责 11-24 >胡军 @办公室 | ? 11-24 >王芳,胡军 @办公室 ?missing_type"],
  ["何平", "上周四和徐辉、孙杰签订了廉洁承诺书，签完之后也分别谈了话", "签责 11-26 >徐辉 @残疾人康复中心 | 签责 11-26 >孙杰 @残疾人康复中心 | ? 11-26 >徐辉,孙杰 @残疾人康复中心 ?missing_type"],
  ["刘芳", "11月28日和周涛、吴静签订了责任书，签完后又和她们开展了廉政谈话", "!签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部 | 廉谈 11-28 >周涛 @组联部 | 廉谈 11-28 >吴静 @康复部"],
  ["陈志强", "11月30日和郑华、冯雪签订了责任书，签完后又分别开展了廉政谈话", "!签责 11-30 >郑华 @教育就业部 | 签责 11-30 >冯雪 @维权部 | 廉谈 11-30 >郑华 @教育就业部 | 廉谈 11-30 >冯雪 @维权部"],
  ["刘芳", "11月28日和周涛、吴静签了责任书，之后又和她们谈了心", "!签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部 | 谈心 11-28 >周涛 @组联部 | 谈心 11-28 >吴静 @康复部"],
  ["王芳", "王副理事长11月24日和李明、孙丽签了责任书，签完后又分别谈了话", "签责 11-24 王建国>李明 @办公室 | 签责 11-24 王建国>孙丽 @财务科 | ? 11-24 王建国>李明,孙丽 @办公室 ?missing_type"],
  ["林晓", "11月26日黄书记和王强、李娟签订了廉洁承诺书，签订后又分别谈了话", "签责 11-26 黄志刚>王强 @财务科 | 签责 11-26 黄志刚>李娟 @财务科 | ? 11-26 黄志刚>王强,李娟 @财务科 ?missing_type"],
  ["胡军", "王建国副理事长11月26日与李明、孙丽签订了责任书，随后又和两人谈了话", "签责 11-26 王建国>李明 @办公室 | 签责 11-26 王建国>孙丽 @财务科 | ? 11-26 王建国>李明,孙丽 ?missing_type"],
  ["刘芳", "11月28日，和周涛、吴静签了责任书；签完后，又分别谈了话。", "签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部 | ? 11-28 >周涛,吴静 @组联部 ?missing_type"],
  ["刘芳", "11月28日和周涛、吴静签了责任书 签完后又分别谈了话", "签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部 | ? 11-28 >周涛,吴静 @组联部 ?missing_type"],
  ["陈志强", "11月30日和郑华、冯雪签订了责任书，签完后又分别谈了话，提了要求", "签责 11-30 >郑华 @教育就业部 | 签责 11-30 >冯雪 @维权部 | ? 11-30 >郑华,冯雪 @教育就业部 ?missing_type"],
  ["陈志强", "11月30日和郑华、冯雪签了责任书，签完了又分别谈了话", "签责 11-30 >郑华 @教育就业部 | 签责 11-30 >冯雪 @维权部 | ? 11-30 >郑华,冯雪 @教育就业部 ?missing_type"],
  ["王建国", "11月26日与李明、孙丽两位同志签订了责任书，签订完后又分别进行了谈话", "签责 11-26 >李明 @办公室 | 签责 11-26 >孙丽 @财务科 | ? 11-26 >李明,孙丽 @办公室 ?missing_type"],
  ["赵敏", "11月25日与王磊、何平签订责任书，同时又分别谈了话", "签责 11-25 >王磊 @宣文部 | 签责 11-25 >何平 @残疾人康复中心 | ? 11-25 >王磊,何平 @宣文部 ?missing_type"],
  ["刘芳", "11月28日和周涛、吴静签订了责任书，签订结束后又和她们谈了谈", "签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部 | ? 11-28 >周涛,吴静 @组联部 ?missing_type"],
  ["王建国", "11月26日跟李明、孙丽签了责任书，签完后还跟他们俩分别谈了话", "签责 11-26 >李明 @办公室 | 签责 11-26 >孙丽 @财务科 | ? 11-26 >李明,孙丽 @办公室 ?missing_type"],
  // near-misses: one person (as today), a talk first then a signing, a planned talk, a talk with someone named of its own.
  ["刘芳", "11月28日和周涛签了责任书，签完责任书后又和他谈了话", "签责 11-28 >周涛 @组联部 | ? 11-28 >周涛 @组联部 ?missing_type"],
  ["陈志强", "11月30日和郑华签订了责任书，签完后又和他谈了话", "签责 11-30 >郑华 @教育就业部 | ? 11-30 >郑华 ?missing_type"],
  ["王建国", "11月26日和李明签了承诺书，之后又和他谈了谈", "签责 11-26 >李明 @办公室 | ? 11-26 >李明 ?missing_type"],
  ["刘芳", "11月28日和周涛、吴静分别谈了话，之后又签了责任书", "? 11-28 >周涛,吴静 ?missing_type | 签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部"],
  ["陈志强", "11月30日和郑华、冯雪分别进行了廉政谈话，谈完后签订了责任书", "!廉谈 11-30 >郑华 @教育就业部 | 廉谈 11-30 >冯雪 @维权部 | 签责 11-30 >郑华 @教育就业部 | 签责 11-30 >冯雪 @维权部"],
  ["刘芳", "11月28日和周涛、吴静签了责任书，谈话下周再谈", "签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部"],
  ["王建国", "11月26日和李明、孙丽签了责任书，谈话还没谈", "签责 11-26 >李明 @办公室 | 签责 11-26 >孙丽 @财务科"],
  ["陈志强", "11月30日和郑华、冯雪签了责任书，之后又和陈静谈了话", "签责 11-30 >郑华 @教育就业部 | 签责 11-30 >冯雪 @维权部 | ? 11-30 >陈静 ?missing_type"],
  ["刘芳", "11月28日和周涛、吴静签了责任书，下周再和她们谈话", "签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部"],
  // more voices and leaders: 王建国's clerk, 张伟, 承诺书, 谈了一次话, 也, a day written 11.26 / 26号 / 上周三.
  ["王建国", "11.26和李明、孙丽签了承诺书，签完又和两人分别谈了一次话", "签责 11-26 >李明 @办公室 | 签责 11-26 >孙丽 @财务科 | ? 11-26 >李明,孙丽 ?missing_type"],
  ["赵敏", "26号跟王磊、何平签了责任书，签完以后也分别谈了谈", "签责 11-26 >王磊 @宣文部 | 签责 11-26 >何平 @残疾人康复中心 | ? 11-26 >王磊,何平 @宣文部 ?missing_type"],
  ["刘芳", "上周三和周涛、吴静签订了党风廉政建设责任书，签订以后又逐一谈了话", "签责 11-25 >周涛 @组联部 | 签责 11-25 >吴静 @康复部 | ? 11-25 >周涛,吴静 @组联部 ?missing_type"],
  ["陈志强", "11月30日和郑华、冯雪签订了廉洁承诺书，签完后又和二人谈了话", "签责 11-30 >郑华 @教育就业部 | 签责 11-30 >冯雪 @维权部 | ? 11-30 >郑华,冯雪 ?missing_type"],
  ["张伟", "11月27日和王建国、刘芳签订了责任书，之后又和他们分别谈了话", "签责 11-27 >王建国 | 签责 11-27 >刘芳 | ? 11-27 >王建国,刘芳 ?missing_type"],
  ["王芳", "王副理事长昨天和李明、孙丽签订了责任书，签完后又和两人谈了话", "签责 11-29 王建国>李明 @办公室 | 签责 11-29 王建国>孙丽 @财务科 | ? 11-29 王建国>李明,孙丽 ?missing_type"],
  ["冯雪", "11月24日和赵磊签了承诺书，签完后又和他谈了话", "签责 11-24 >赵磊 @维权部 | ? 11-24 >赵磊 ?missing_type"],
  ["李明", "11月24日和王芳、胡军签订了承诺书，签完后又分别谈了谈", "签责 11-24 >王芳 @办公室 | 签责 11-24 >胡军 @办公室 | ? 11-24 >王芳,胡军 @办公室 ?missing_type"],
  ["何平", "11月26日和徐辉、孙杰签订了承诺书，签订后又跟他们谈了话", "签责 11-26 >徐辉 @残疾人康复中心 | 签责 11-26 >孙杰 @残疾人康复中心 | ? 11-26 >徐辉,孙杰 @残疾人康复中心 ?missing_type"],
  ["周涛", "11月25日和张颖签订了承诺书，签完后又和她谈了谈", "签责 11-25 >张颖 @组联部 | ? 11-25 >张颖 ?missing_type"],
  // voice input, spaces for commas
  ["陈志强", "陈副理事长 昨天 和 郑华 冯雪 签了 责任书 签完 又 分别 谈了 话", "签责 11-29 >郑华 @教育就业部 | 签责 11-29 >冯雪 @维权部 | ? 11-29 >郑华,冯雪 @教育就业部 ?missing_type"],
  ["陈志强", "昨天 和郑华 冯雪 签了责任书 签完后 又分别 谈了话", "签责 11-29 >郑华 @教育就业部 | 签责 11-29 >冯雪 @维权部 | ? 11-29 >郑华,冯雪 @教育就业部 ?missing_type"],
  ["刘芳", "28号 和 周涛、吴静 签了 责任书 之后 又 和 她们 谈了 话", "签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部 | ? 11-28 >周涛,吴静 @组联部 ?missing_type"],
  ["王建国", "上周四 跟 李明 孙丽 签了 承诺书 然后 又 跟 他们 谈了谈", "签责 11-26 >李明 @办公室 | 签责 11-26 >孙丽 @财务科 | ? 11-26 >李明,孙丽 @办公室 ?missing_type"],
  // pasted 工作动态 style
  ["王芳", "11月24日，王建国副理事长与分管的办公室主任李明、财务科科长孙丽签订了《党风廉政建设责任书》，签订后又分别与两人进行了谈话。", "签责 11-24 王建国>李明 @办公室 | 签责 11-24 王建国>孙丽 @财务科 | ? 11-24 王建国>李明,孙丽 ?missing_type"],
  ["胡军", "11月26日上午，王建国副理事长与李明、孙丽两位同志签订了党风廉政建设责任书，签字后又与二人分别谈了话。", "签责 11-26 王建国>李明 @办公室 | 签责 11-26 王建国>孙丽 @财务科 | ? 11-26 王建国>李明,孙丽 ?missing_type"],
  // 2. fda's left-alone: two counted deeds of different kinds in one clause joined by 、/和/及: each gives its records, days and whom asked.
  ["王建国", "本月签订责任书2份、开展廉政谈话1次", "签责 ? > ?missing_date,missing_counterpart | 签责 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart"],
  ["王建国", "本月签订责任书2份和廉政谈话1次", "签责 ? > ?missing_date,missing_counterpart | 签责 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart"],
  ["刘芳", "本月签订责任书两份、开展廉政谈话一次", "签责 ? > ?missing_date,missing_counterpart | 签责 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart"],
  ["陈志强", "11月签订责任书2份、开展廉政谈话2次", "签责 ? > ?missing_date,missing_counterpart | 签责 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart"],
  ["赵敏", "本月开展廉政谈话1次、签订责任书2份", "廉谈 ? > ?missing_date,missing_counterpart | 签责 ? > ?missing_date,missing_counterpart | 签责 ? > ?missing_date,missing_counterpart"],
  ["孙丽", "本月签订廉洁承诺书2份及开展谈心谈话1次", "签责 ? > ?missing_date | 签责 ? > ?missing_date | 谈心 ? > ?missing_date,missing_counterpart"],
  ["李明", "本月签订承诺书2份、作风纪律检查1次", "签责 ? > ?missing_date | 签责 ? > ?missing_date | 作风 ? > ?missing_date"],
  ["王建国", "本月签订责任书2份，开展廉政谈话1次", "签责 ? > ?missing_date,missing_counterpart | 签责 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart"],
  ["王建国", "本月签订责任书2份、开展廉政谈话1次。", "签责 ? > ?missing_date,missing_counterpart | 签责 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart"],
  ["黄志刚", "本月开展作风纪律检查1次、廉政谈话2次", "作风 ? > ?missing_date | 廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart"],
  // near-misses: a tally split by type (round 58), two studies counted, one kind counted.
  ["黄志刚", "本月共谈话3次，其中廉政谈话1次、谈心谈话2次", "廉谈 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart"],
  ["赵敏", "本月组织廉政教育2次、警示教育1次", "廉教 ? > ?missing_date | 警示 ? > ?missing_date"],
  ["王建国", "本月签订责任书2份", "-"],  // was 签责 ? > ?missing_date,missing_counterpart (round 64, gdb: a total alone is no record; the deeds asked one by one)
  // 3. fde's left-alone (voice): a talk with the sender, then the sender's signing: both kept (read since round 57/58; rows for the kind).
  ["赵磊", "冯部长 昨天 跟 我 谈了 话 然后 我 签了 廉洁 承诺书", "? 11-29 冯雪>赵磊 ?missing_type | 签责 11-29 冯雪>赵磊 @维权部"],
  ["王强", "孙科长 前天 跟 我 谈了 话 然后 我 签了 承诺书", "? 11-28 孙丽>王强 ?missing_type | 签责 11-28 孙丽>王强 @财务科"],
  ["张颖", "周部长 上周二 找 我 谈了 话 之后 我 签了 责任书", "? 11-24 周涛>张颖 ?missing_type | 签责 11-24 周涛>张颖 @组联部"],
  ["徐辉", "何主任 24号 跟我 谈了话 接着 我 签了 承诺书", "? 11-24 何平>徐辉 ?missing_type | 签责 11-24 何平>徐辉 @残疾人康复中心"],
  ["赵磊", "冯部长昨天跟我谈了话，然后我签了廉洁承诺书", "? 11-29 冯雪>赵磊 ?missing_type | 签责 11-29 冯雪>赵磊 @维权部"],
  ["陈静", "郑部长 11.26 跟我 谈了话 然后 我签了 廉洁承诺书", "? 11-26 郑华>陈静 ?missing_type | 签责 11-26 郑华>陈静 @教育就业部"],
  ["赵磊", "冯部长 昨天 跟 我 谈了 心 然后 我 签了 廉洁 承诺书", "!谈心 11-29 冯雪>赵磊 @维权部 | 签责 11-29 冯雪>赵磊 @维权部"],
  // 3b. voice: 谈完 / 找 我 (round 59, fca): the talk kept, the signing with the one who talked.
  ["杨帆", "王部长 昨天 跟 我 谈了 话 谈完 我 签了 承诺书", "? 11-29 王磊>杨帆 ?missing_type | 签责 11-29 王磊>杨帆 @宣文部"],
  ["赵磊", "冯部长 昨天 跟 我 谈了 话 谈完 我 签了 承诺书", "? 11-29 冯雪>赵磊 ?missing_type | 签责 11-29 冯雪>赵磊 @维权部"],
  ["杨帆", "王部长 昨天 找 我 谈了 话 然后 我 签了 承诺书", "? 11-29 王磊>杨帆 ?missing_type | 签责 11-29 王磊>杨帆 @宣文部"],
  // more near-misses: a talk with someone named of its own after signings, a day of its own for the talk, a signing alone.
  ["赵敏", "11月25日与王磊、何平签订了责任书，之后又和徐辉谈了话", "签责 11-25 >王磊 @宣文部 | 签责 11-25 >何平 @残疾人康复中心 | ? 11-25 >徐辉 ?missing_type"],
  ["刘芳", "11月28日和周涛、吴静签了责任书", "签责 11-28 >周涛 @组联部 | 签责 11-28 >吴静 @康复部"],
  ["赵敏", "本月与王磊、何平签订责任书2份、开展廉政谈话2次", "签责 ? >王磊 @宣文部 ?missing_date | 签责 ? >何平 @残疾人康复中心 ?missing_date | 廉谈 ? > ?missing_date,missing_counterpart"],
  ["王建国", "11月签订责任书2份、廉政谈话2次、谈心谈话1次", "签责 ? > ?missing_date,missing_counterpart | 签责 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart"],
  ["孙丽", "这个月签了承诺书2份和谈心谈话2次", "签责 ? > ?missing_date | 签责 ? > ?missing_date | 谈心 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart"],
];
