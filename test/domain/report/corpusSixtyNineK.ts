// Round 69, helper gik (issue 10): questions about the kinds the 台账 keeps (区别 · 算不算 · 要每年…吗 · 是什么), typed while a
// question waits and with nothing waiting, beside reports that name two kinds or a kind's alias and stay reports.
// Findings (t72a on main 43ca0dc9, its clock Tue 2026-12-08): 胡军, asked the day of a talk, typed 「谈心谈话和廉政谈话有什么
// 区别？」 and got 「这个问题我还回答不了」 and the help for one kind, the waiting question not mentioned (FB2). Now, while a
// question or a card waits, a short question naming kinds (askedKinds: 区别 · 不同 · 一回事 · 属于 · 是什么 · 每年 · 多久 …, no
// digit, no 《title》, ≤ 30 characters) is answered one line per kind named (typeQuestionAnswer: what it is, how often it is
// due, as duties.md has it; two kinds are said to be recorded apart), then the question is asked again or the card said still
// open (kindQuestionWaiting, before howTo, requirement, countsAs and the query); a 算不算 question countsAs reads stays its
// answer, which already kept the question open. These rows are what the report reader makes of such questions: nothing (the answer is the bot's, test/e2e/
// kindQuestionWaitingSixtyNineK.test.ts); beside them, reports naming a kind the way the questions do (提醒谈话 · 党课 · 承诺书 ·
// 两类谈话 on one day) are recorded as before.
// Before → after: the report reader's reading of these rows is unchanged (0 of these rows read differently on main); what
// changed is the dialogue around them (the e2e file).
// Left as today: with nothing waiting, the questions keep their older answers (countsAs's duty list for 算不算, requirement's
// rule for 要每年签吗, 「还回答不了」 for 有什么区别 alone). The report reader still reads some questions as a talk asked its
// day and person — 「廉政谈话跟谈心谈话有啥区别」 · 「谈心谈话多久谈一次」 · 「集体廉政谈话算不算廉政谈话」 — and reads
// 「昨天和杨帆谈心，区别对待了几个问题」 (王磊) as nothing; not in this file. F3 (全体党员 with 刘芳、陈志强两位…参加 → 全体参加
// （2人）) and F4 (a 「11月份党风廉政建设工作情况：」 summary read as a completion query) are not in this round's change.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_NINE_K_ROWS: CorpusRow[] = [
  ["胡军","谈心谈话和廉政谈话有什么区别？","-"],
  ["孙杰","谈心和约谈有什么不同？","-"],
  ["李娟","警示教育算不算党课？","-"],
  ["张颖","廉政党课和警示教育是一回事吗","-"],
  ["刘洋","提醒谈话算不算廉政谈话？","-"],
  ["陈静","任前谈话算廉政谈话吗？","-"],
  ["杨帆","责任书要每年签吗？","-"],
  ["赵磊","承诺书多久签一次？","-"],
  ["徐辉","廉政教育和警示教育有什么区别","-"],
  ["王强","专题会议是什么？","-"],
  ["孙杰","警示教育一年要搞几次？","-"],
  ["王芳","督查算不算作风纪律检查？","-"],
  ["李娟","廉政学习属于廉政教育吗？","-"],
  ["刘洋","談心談話和廉政談話有什麼區別？","-"],
  ["陈静","谈心谈话 和 廉政谈话 有 什么 区别","-"],
  ["杨帆","党课跟廉政教育有区别吗？","-"],
  ["赵磊","责任书每年都要签吗","-"],
  ["王强","警示教育片算警示教育还是廉政教育？","-"],
  ["徐辉","谈心算不算谈话任务？","-"],
  ["孙丽","约谈和提醒谈话有什么区别？","-"],
  ["周涛","警示教育和廉政党课有什么不同？","-"],
  ["吴静","廉政承诺书和责任书是一回事吗？","-"],
  ["郑华","谈心算不算廉政谈话？","-"],
  ["冯雪","暗访算作风纪律检查吗？","-"],
  ["何平","党课是什么？","-"],
  ["王磊","看警示片算不算廉政教育？","-"],
  ["林晓","督查和作风纪律检查有区别吗","-"],
  ["李明","专题会议一年要开几次？","-"],
  ["王芳","责任书一般什么时候签？","-"],
  ["胡军","廉政教育包括什么？","-"],
  ["李娟","警示教育和警示教育片有什么区别","-"],
  ["胡军","昨天和王芳谈心谈话了","谈心 11-29 >王芳"],
  ["孙杰","前天和徐辉进行了廉政谈话","廉谈 11-28 >徐辉"],
  ["李明","11月26日和胡军进行了提醒谈话","廉谈 11-26 >胡军"],
  ["孙丽","上周五和李娟签订了廉政承诺书","签责 11-27 >李娟"],
  ["何平","上周三给中心全体同志讲了廉政党课，参加20人","党课 11-25 > #20"],
  ["周涛","前天组织部门观看了警示教育片《蜕变》，参加5人","警示 11-28 > 《蜕变》 #5"],
  ["冯雪","11.25 和赵磊进行了任前廉政谈话","廉谈 11-25 >赵磊"],
  ["吴静","上周三和刘洋谈了次心","谈心 11-25 >刘洋"],
];
