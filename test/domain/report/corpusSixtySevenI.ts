// Round 67, fixer ggi (issue 10; t70a F2, F3, FB3, FB4): a name written with a variant character read as two people, the
// papers of one sending asked day by day, a batch's date correction asked which, a withdrawal with its reason asked twice.
// Findings (main 3fdbc41e, the tester's clock Tue 2026-12-08): 李明「王建囯副理事长今天下午跟孙莉科长谈了话，是廉政谈话」 made two
// talks and asked 「「副理事长」是哪一位？」 offering 刘芳 and 陈志强 (王建国 himself left out), then 孙莉: the doer 王建囯 was read
// one character off 王建国 (unresolvedSubject) but only the name was taken, and the 副理事长 after it stood as a second person
// talked to. Now the post written after a near name is the doer's too: one talk, 王建国 on the card (「王建囯」按王建国记录), and
// only 孙莉 asked (孙丽 offered). The same for 陈智强副理事长 · 刘方副理事长 · 赵民书记 (赵敏 was even put as the one talked
// to) and 王建囯副理事长…找我谈了 (the sender, dropped for the 副理事长 question). Traditional forms (王建國 · 孫麗 · 趙民書記) are
// read through OpenCC (opencc-js) as before; the 17-entry hand table of variants in unresolvedSubject is gone (toSimplified
// does it), 囯 (no OpenCC entry) being the one character off.
// The rest is in the chat, not the parser (test/e2e/namesPapersFollowUpsSixtySevenI.test.ts): 「昨天一起报的，是一次报送2篇」 ·
// 「同一天报的」 · 「都是昨天」 to 「共 2 次信息报送，分别是哪几天？」 gives both papers that day (sentTogether; was 「没有读出…」 and
// the second day asked); 「不对，是11月27号签的」 after one signing message stored two moves both on one 请确认修改 card (was
// 「已记录 2 项」 asking which); 「刚才那条撤回吧，党课改到下周了」 withdraws at once as 撤销 does, the put-off a reason (was 找到 1 条
// and a second 撤销). The rows here pin that those messages record nothing by themselves, and the asking messages of F3.
// Before → after: 23 of these 51 messages read differently before (the 副理事长 / 书记 split or question); the others are
// near-misses and variants read as before (王建国 written right · 孙丽 known · 王副理事长 · 副理事长 alone still asked ·
// 王建國 in traditional characters · 黄志钢书记 with 王强 · the info papers' day question · the withdrawals and corrections).
// Left as today: 「林晓：黄志钢书记11月18日与王彊副科长进行了廉政谈话」 asks who 王彊 is (彊 has no OpenCC entry for 强 in a
// name; asked, never guessed); 「副理事长今天跟孙莉谈了廉政谈话」 asks which 副理事长 (three hold the post).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_SEVEN_I_ROWS: CorpusRow[] = [
  ["李明","王建囯副理事长今天下午跟孙莉科长谈了话，是廉政谈话","廉谈 11-30 王建国> ?unknown_counterpart"],
  ["李明","王建囯副理事长今天上午跟孙莉科长谈了话，是廉政谈话。","廉谈 11-30 王建国> ?unknown_counterpart"],
  ["胡军","王建囯副理事长昨天下午和孙莉科长谈了话，是廉政谈话","廉谈 11-29 王建国> ?unknown_counterpart"],
  ["王芳","王建囯副理事长11月26号与孙莉科长进行了廉政谈话","廉谈 11-26 王建国> ?unknown_counterpart"],
  ["王芳","11月26日，王建囯副理事长与孙莉科长进行了廉政谈话。","廉谈 11-26 王建国> ?unknown_counterpart"],
  ["胡军","王建囯副理事长 昨天下午 跟孙莉科长 谈了话 是廉政谈话","廉谈 11-29 王建国> ?unknown_counterpart"],
  ["李明","王建囯副理事长11.26跟孙莉科长谈了廉政谈话","廉谈 11-26 王建国> ?unknown_counterpart"],
  ["李明","王建囯副理事长上周三和孙莉科长进行了廉政谈话","廉谈 11-25 王建国> ?unknown_counterpart"],
  ["李明","王建囯副理事长前天跟孙莉科长谈了话，是廉政谈话","廉谈 11-28 王建国> ?unknown_counterpart"],
  ["王芳","王建國副理事長11月26日與孫莉科長進行了廉政談話","廉谈 11-26 王建国> ?unknown_counterpart"],
  ["王芳","王建囯副理事长11月26号与孙利科长进行了廉政谈话","廉谈 11-26 王建国> ?unknown_counterpart"],
  ["冯雪","陈智强副理事长上周四和郑桦部长进行了廉政谈话","廉谈 11-26 陈志强> ?unknown_counterpart"],
  ["冯雪","陈志強副理事长上周四和郑桦部长进行了廉政谈话","廉谈 11-26 陈志强> ?unknown_counterpart"],
  ["张颖","刘方副理事长11月25号跟周滔部长谈了廉政谈话","廉谈 11-25 刘芳> ?unknown_counterpart"],
  ["刘洋","刘方副理事长11月25号跟吴婧部长谈了心","谈心 11-25 刘芳> ?unknown_counterpart"],
  ["杨帆","赵民书记昨天和王雷部长进行了廉政谈话","廉谈 11-29 赵敏> ?unknown_counterpart"],
  ["孙杰","赵民书记昨天跟何萍主任谈了廉政谈话","廉谈 11-29 赵敏> ?unknown_counterpart"],
  ["胡军","王建囯副理事长昨天和李明进行了廉政谈话","!廉谈 11-29 王建国>李明"],
  ["胡军","王建囯副理事长昨天和李名主任进行了廉政谈话","廉谈 11-29 王建国> ?unknown_counterpart"],
  ["李娟","王建囯副理事长上周五跟孙科长谈了廉政谈话","!廉谈 11-27 王建国>孙丽"],
  ["王芳","王建囯同志11月26号与孙莉科长进行了廉政谈话","廉谈 11-26 王建国> ?unknown_counterpart"],
  ["王芳","王建囯副理事长11月26号与孙莉、李名进行了廉政谈话","廉谈 11-26 王建国> ?unknown_counterpart | 廉谈 11-26 王建国> ?unknown_counterpart"],
  ["李明","王建国副理事长今天下午跟孙莉科长谈了话，是廉政谈话","廉谈 11-30 王建国> ?unknown_counterpart"],
  ["李明","王建囯副理事长今天下午跟孙丽科长谈了话，是廉政谈话","!廉谈 11-30 王建国>孙丽"],
  ["李明","王副理事长今天和孙丽进行了廉政谈话","!廉谈 11-30 王建国>孙丽"],
  ["李明","副理事长今天跟孙莉谈了廉政谈话","廉谈 11-30 > ?ambiguous_actor,unknown_counterpart"],
  ["冯雪","陈志强副理事长上周四和郑桦部长进行了廉政谈话","廉谈 11-26 陈志强> ?unknown_counterpart"],
  ["王芳","王建囯副理事长11月26号与孙丽科长、李明主任进行了廉政谈话","!廉谈 11-26 王建国>孙丽 | 廉谈 11-26 王建国>李明"],
  ["李明","王建囯副理事长和孙莉科长是今天谈的廉政谈话","廉谈 11-30 王建国> ?unknown_counterpart"],
  ["王芳","向市纪委报送了11月党风廉政建设工作信息2篇","信息 ? > ?missing_date"],
  ["胡军","向市纪委报送廉政信息2篇","信息 ? > ?missing_date"],
  ["杨帆","本月向机关纪委报送了党风廉政建设信息3篇","信息 ? > ?missing_date"],
  ["徐辉","刚才那条撤回吧，党课改到下周了","-"],
  ["徐辉","刚才那条撤销 党课推迟了","-"],
  ["冯雪","上一条撤回，会议改期了","-"],
  ["吴静","党课改到下周了，刚才那条撤回吧","-"],
  ["郑华","刚才报的那条删掉吧，改天再谈","-"],
  ["何平","刚才那条撤销，谈话延期到下个月","-"],
  ["孙丽","不对，是11月27号签的","-"],
  ["孙丽","不对，是11.27签的","-"],
  ["周涛","日期不对，应该是11月24日","-"],
  ["李娟","11月27日向市纪委报送廉政信息2篇","!信息 11-27 > | 信息 11-27 >"],
  ["孙丽","王建囯副理事长11月24号找我谈了廉政谈话","!廉谈 11-24 王建国>孙丽"],
  ["李明","王建囯副理事长昨天找我进行了廉政谈话","!廉谈 11-29 王建国>李明"],
  ["胡军","王建囯副理事长 11月26号 与孙莉科长 进行了 廉政谈话","廉谈 11-26 王建国> ?unknown_counterpart"],
  ["王强","王建囯副理事长上周五跟孙莉科长签订了廉政责任书","签责 11-27 王建国> ?unknown_counterpart"],
  ["郑华","陈智强副理事长11月20日与我进行了廉政谈话","!廉谈 11-20 陈志强>郑华"],
  ["林晓","黄志钢书记11月18日与王强进行了任前廉政谈话","!廉谈 11-18 黄志刚>王强"],
  ["林晓","黄志钢书记11月18日与王彊副科长进行了廉政谈话","廉谈 11-18 黄志刚> ?unknown_counterpart"],
  ["王芳","王建囯副理事长11月26号与孙莉科长进行了谈心谈话","谈心 11-26 王建国> ?unknown_counterpart"],
  ["何平","趙民書記11月25日與徐暉副主任進行了廉政談話","廉谈 11-25 赵敏> ?unknown_counterpart"],
];
