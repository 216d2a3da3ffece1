// Round 68, helper ghm (issue 10): questions about what to write, typed while a question waits and with nothing waiting, and
// reports that say their content is left out.
// Findings (t71b on the round-68 merge a55695d0, its clock Tue 2026-12-08): 孙杰「何主任前几天和我谈了谈心」 → 是哪一天？; then
// 「谈心谈话要不要写谈话内容？」 got 「这个问题我还回答不了。关于廉政谈话，我可以回答：…」 — the other talk kind (the 谈话 of
// 谈话内容 named both talk kinds, 廉政谈话 listed first) and no word that the day question was still open (FB2). Now the
// question is read apart (writeAsked: 内容 · 记录 · 心得 · 谈了什么 with 要不要/需要/可以不/用不用/怎么写, or 需要填什么 · 要写哪些)
// and answered for the kind named, else the kind being reported, else all kinds: a talk keeps no word of what was said
// (issue 10 G), other kinds keep day, doer, title and count, never the minutes or a 心得; while a question waits it is asked
// again under the answer. These rows are what the report reader makes of them: nothing (the answer is the bot's, test/e2e/
// writeQuestionsSixtyEightM.test.ts). Beside them, reports that waive their content — 「郑部长前天和我谈心，谈了什么就不写了」
// was read as a question (its 什么) and the talk dropped; now the waived clause is no question (contentWaived) and the talk
// is on a card — and reports telling their content (主要内容是…), recorded as before with no word of it kept on a talk.
// Before → after: 5 of these 61 rows read differently on a55695d0 (约谈的谈话内容用不用写 · 廉政谈话需要填哪几项 were talks of no
// one on no day; three waived-content talks were nothing). The bot's answers to the questions are not the reader's: probed
// on a55695d0, all 13 questions tried got 「这个问题我还回答不了」 (8 of them for the other talk kind), 没看懂, the generic
// how-to or 「没能把这条回复读成…」.
// Left as today: 「这次谈心的内容是工作纪律」 alone (a talk asked its day and whom: a follow-up with no stored talk pointed at),
// 「谈心谈话有什么要求」 (the duty's rule, the requirement answer), 「谈心谈话完成情况」 (the completion query).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_EIGHT_M_ROWS: CorpusRow[] = [
  ["孙杰","谈心谈话要不要写谈话内容？","-"],
  ["孙杰","谈话内容要写吗","-"],
  ["刘洋","可以不写谈话内容吗","-"],
  ["陈静","谈了什么要不要写进去","-"],
  ["赵磊","谈话 记录 需要 填吗","-"],
  ["杨帆","談話內容要寫嗎？","-"],
  ["王强","谈心谈话可以不写内容吗","-"],
  ["孙丽","廉政谈话需要写谈话记录吗","-"],
  ["周涛","专题会议要不要写会议记录","-"],
  ["何平","警示教育要写心得吗","-"],
  ["李娟","谈心谈话需要填什么","-"],
  ["冯雪","签订责任书需要写哪些","-"],
  ["胡军","要写谈话内容吗？","-"],
  ["王磊","心得体会要写吗","-"],
  ["徐辉","谈心谈话要写谈了啥吗","-"],
  ["张颖","廉政党课要不要把讲稿也发上来","-"],
  ["郑华","警示教育片的观后感需要报吗","-"],
  ["李明","专题会议纪要要不要附上","-"],
  ["吴静","谈心 内容 要不要 写","-"],
  ["王芳","谈话记录本上的内容需要填进去吗","-"],
  ["黄志刚","廉政谈话要写谈了哪些内容吗","-"],
  ["林晓","约谈的谈话内容用不用写","-"],
  ["陈志强","谈心谈话一般都要写些什么","-"],
  ["刘芳","廉政谈话需要填哪几项","-"],
  ["赵敏","党课需要写什么","-"],
  ["王建国","作风纪律检查要写哪些","-"],
  ["孙杰","談心談話需要填什麼","-"],
  ["胡军","需要填什么？","-"],
  ["王强","昨天和李娟谈心，主要内容是提醒她注意工作纪律","谈心 11-29 >李娟"],
  ["孙丽","上周五和王强进行了廉政谈话，谈话内容主要是财经纪律","廉谈 11-27 >王强"],
  ["郑华","11月26日与陈静谈心谈话，内容为节前廉洁提醒","谈心 11-26 >陈静"],
  ["何平","前天和徐辉谈了心，主要谈了工作作风问题","谈心 11-28 >徐辉"],
  ["周涛","11月25日组联部召开专题会议，会议内容为传达学习市纪委全会精神","专题 11-25 >"],
  ["王磊","上周三组织观看警示教育片《警钟长鸣》，参加6人，观后每人写了心得体会","!警示 11-25 > 《警钟长鸣》 #6"],
  ["吴静","11.27 和刘洋谈心 主要聊了工作纪律","谈心 11-27 >刘洋"],
  ["冯雪","昨天 跟 赵磊 谈了 一次 心 内容 是 工作 作风","谈心 11-29 >赵磊"],
  ["林晓","11月24日黄志刚书记与王芳进行了廉政谈话，形成谈话记录1份","!廉谈 11-24 黄志刚>王芳"],
  ["李明","上周四和胡军谈心，做了谈话记录","谈心 11-26 >胡军"],
  ["陈静","郑部长前天和我谈心，谈了什么就不写了","!谈心 11-28 郑华>陈静"],
  ["孙杰","何主任11月25日和我谈了谈心，内容就不写了吧","!谈心 11-25 何平>孙杰"],
  ["王强","11.26和李娟谈了心，具体内容就不写了","谈心 11-26 >李娟"],
  ["刘洋","吴部长上周三找我谈心 谈话内容略","!谈心 11-25 吴静>刘洋"],
  ["孙丽","前天和李娟进行了廉政谈话，谈话内容从略。","廉谈 11-28 >李娟"],
  ["赵磊","冯部长11月27号跟我谈了一次心，谈的啥就不细说了","!谈心 11-27 冯雪>赵磊"],
  ["胡军","李主任上周五和我谈心谈话，內容就不寫了","!谈心 11-27 李明>胡军"],
  ["徐辉","何主任前天和我谈心，具体谈了什么我就不写了","!谈心 11-28 何平>徐辉"],
  ["杨帆","王部长昨天与我进行谈心谈话，主要内容不展开了","!谈心 11-29 王磊>杨帆"],
  ["郑华","11月20日与陈静进行了廉政谈话，谈话内容已另行记录存档","廉谈 11-20 >陈静"],
  ["张颖","周部长11月19日和我谈心谈话，谈话记录已存档","!谈心 11-19 周涛>张颖"],
  ["何平","11月24日组织学习《中国共产党纪律处分条例》，学习内容为第六章，参加10人","廉教 11-24 > 《中国共产党纪律处分条例》 #10"],
  ["王磊","上周二宣文部开了专题会，主要内容是部署年底廉政工作","专题 11-24 >"],
  ["吴静","谈话内容写多细合适？","-"],
  ["冯雪","谈心的时候说了啥需要写上吗","-"],
  ["李明","廉政谈话 要不要 写 谈话 记录","-"],
  ["陈静","谈心谈话要写谈了什么吗？","-"],
  ["孙杰","党课的讲稿需要交吗","-"],
  ["林晓","廉政谈话需要写些什么","-"],
  ["王芳","警示教育需要填哪些","-"],
  ["李娟","谈心谈话记录怎么写","-"],
  ["张颖","谈心谈话有什么要求","-"],
  ["刘芳","谈心谈话完成情况","-"],
];
