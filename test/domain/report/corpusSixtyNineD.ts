// Round 69, helper gid (issue 10; t71c on main, its clock Tue 2026-12-08 ~08:50): corrections and answers in one step.
// Findings (main 43ca0dc9): 王强 「刘洋那条不对，刘洋没参加，删掉」 after 王建国's talks with 吴静 and 刘洋 were stored found the
// record and said 「请点它下面的「撤销」」 — a second step for what was already said; 「第2条是重复的」 alone left a waiting card as
// it was (only 第2条重复了 · …是重复的，只有一次党课 dropped it); 「漏了2个人」 · 「还有2个人没算上」 after a stored film of 7 became a
// card of two more films; 「谈话吧」 to 「是哪类活动？」 got the sender's 完成情况; 「参加人数也要填吗？」 with nothing waiting was 没看懂;
// 「这次谈心的内容是工作纪律」 after a stored 谈心谈话 asked a new talk's day and whom; the day question of the doer's own talks
// said 「与王芳、胡军的谈心谈话是哪一天」, not whose.
// Now: a person said absent (没参加 · 不在 · 没去) from the one stored record found is taken off on a 请确认修改 card at once —
// off the record when it has others, else its pair record withdrawn beside the report's kept one (absentPersonChange); 确认 does
// it, 取消 keeps all. 是重复的 · 重复 alone is its own why on a card (cardItemChoice); after a receipt it withdraws that record as
// 撤销第2条 does. 漏了N个人 · 漏掉/漏算了 · 还有N个人没算上/没统计进去 move the stored count +N on 请确认修改 (headCountSlip). A
// softened family word to 是哪类活动 (谈话吧 · 开会吧 · 学习吧 · 检查吧) asks its kinds again (looseKindAnswer). A field question
// with nothing waiting gets the schema's plain fact (fieldAskedAlone: 人数、题目、部门、议题 optional; 日期、类型、活动人 needed;
// 对象 for a talk or a signing). Talk content told after a stored talk names that talk unchanged — its words are not kept
// (issue 10 G, TALK_CONTENT_NOT_KEPT), so nothing is added (storedTalkContentReply). 「您与王芳、胡军的…是哪一天」.
// These rows pin what the parser alone reads: the corrections, answers and questions are no report (the dialog's readers take
// them first; test/e2e/correctionsInOneStepSixtyNineD.test.ts shows each dialogue).
// Before → after: 0 of these 76 rows read differently before — the parser is unchanged; what changed is the dialog (e2e).
// Left as today: 「刚才那个党课漏了2个人」 · 「昨天看警示片那次漏了两个人」 — the parser alone reads a 党课/警示教育 of 2 (the dialog
// reads the named record's slip first, as round 68 gha left 少报了); 「冯雪 上周三组织部门召开专题会议，还有2个人请假」 — the parser
// alone reads no report (not in this file); a person said absent from a lone record of one person (no record of the report to
// keep) is still offered with its 撤销.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_NINE_D_ROWS: CorpusRow[] = [
  ["王强", "刘洋那条不对，刘洋没参加，删掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["王强", "刘洋没参加，删掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["王强", "劉洋那條不對，劉洋沒參加，刪掉", "-"], // P1: traditional, read as simplified
  ["王强", "刘洋不在，去掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["王强", "刘洋没去，把他删掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["王强", "刘洋那条不对 刘洋没参加 删掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["胡军", "王芳没参加，删掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["李娟", "王强那条不对，王强没参加，去掉吧", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["孙杰", "徐辉没去，把他删掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["赵磊", "冯雪不在，那条去掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["王强", "刘洋也参加了", "-"], // P1 near-miss: one more attendee (adds, never removes)
  ["王强", "删掉", "-"], // P1 near-miss: 删掉 alone names nothing — asked which, nothing withdrawn
  ["孙丽", "11月26日组织财务科观看警示教育片，刘洋没参加", "!警示 11-26 >"], // near-miss: a new report with someone away, read as before
  ["李明", "第2条是重复的", "-"], // P2: on a waiting card the item is left out (cardItemChoice: 是重复的 alone is its own why); after a receipt 撤销第N条's flow
  ["李明", "第二条是重复的", "-"], // P2: on a waiting card the item is left out (cardItemChoice: 是重复的 alone is its own why); after a receipt 撤销第N条's flow
  ["李明", "第2条重复了", "-"], // P2: on a waiting card the item is left out (cardItemChoice: 是重复的 alone is its own why); after a receipt 撤销第N条's flow
  ["周涛", "第3条是重复的", "-"], // P2: on a waiting card the item is left out (cardItemChoice: 是重复的 alone is its own why); after a receipt 撤销第N条's flow
  ["杨帆", "第2条重复", "-"], // P2: on a waiting card the item is left out (cardItemChoice: 是重复的 alone is its own why); after a receipt 撤销第N条's flow
  ["徐辉", "第二条是重复的吧", "-"], // P2: on a waiting card the item is left out (cardItemChoice: 是重复的 alone is its own why); after a receipt 撤销第N条's flow
  ["周涛", "漏了2个人", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["周涛", "还有2个人没算上", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["周涛", "漏掉了两个人", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["周涛", "刚才那条漏了2个人", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["吴静", "人数漏算了3人", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["何平", "还有两个人没统计进去", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["王磊", "漏了1个人没算", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["周涛", "还有2个人", "-"], // P3 near-miss: 还有N个人 with no 没算 moves no count
  ["周涛", "漏了2篇", "-"], // P3 near-miss: papers are counted per record, never people
  ["郑华", "还有3个人也参加了没算上", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["周涛", "谈话吧", "-"], // P4: to 是哪类活动 a family and no kind of it — its kinds asked again (looseKindAnswer; e2e; was the sender's 完成情况)
  ["周涛", "嗯 谈话吧", "-"], // P4: to 是哪类活动 a family and no kind of it — its kinds asked again (looseKindAnswer; e2e; was the sender's 完成情况)
  ["周涛", "就是谈话吧", "-"], // P4: to 是哪类活动 a family and no kind of it — its kinds asked again (looseKindAnswer; e2e; was the sender's 完成情况)
  ["周涛", "談話吧", "-"], // P4: to 是哪类活动 a family and no kind of it — its kinds asked again (looseKindAnswer; e2e; was the sender's 完成情况)
  ["刘芳", "开会吧", "-"], // P4: to 是哪类活动 a family and no kind of it — its kinds asked again (looseKindAnswer; e2e; was the sender's 完成情况)
  ["林晓", "检查吧", "-"], // P4: to 是哪类活动 a family and no kind of it — its kinds asked again (looseKindAnswer; e2e; was the sender's 完成情况)
  ["周涛", "参加人数也要填吗？", "-"], // P5: a field question with nothing waiting answered plainly (fieldAskedAlone; e2e; was 没看懂)
  ["冯雪", "日期必须写吗", "-"], // P5: a field question with nothing waiting answered plainly (fieldAskedAlone; e2e; was 没看懂)
  ["杨帆", "題目一定要填嗎", "-"], // P5: a field question with nothing waiting answered plainly (fieldAskedAlone; e2e; was 没看懂)
  ["孙杰", "人数可以不填吗", "-"], // P5: a field question with nothing waiting answered plainly (fieldAskedAlone; e2e; was 没看懂)
  ["陈静", "部门要写吗", "-"], // P5: a field question with nothing waiting answered plainly (fieldAskedAlone; e2e; was 没看懂)
  ["李明", "这次谈心的内容是工作纪律", "谈心 ? > ?missing_date,missing_counterpart"], // P6: a talk's content told alone — the parser alone asks; after a stored talk the dialog answers first: the talk named unchanged, its words not kept (e2e)
  ["李明", "刚才那次谈心主要内容是工作纪律", "谈心 11-30 > ?missing_counterpart"], // P6: a talk's content told alone — the parser alone asks; after a stored talk the dialog answers first: the talk named unchanged, its words not kept (e2e)
  ["李明", "這次談心的內容是工作紀律", "谈心 ? > ?missing_date,missing_counterpart"], // P6: a talk's content told alone — the parser alone asks; after a stored talk the dialog answers first: the talk named unchanged, its words not kept (e2e)
  ["孙丽", "补充一下，这次谈心的主题是工作作风", "谈心 ? > ?missing_date,missing_counterpart"], // P6: a talk's content told alone — the parser alone asks; after a stored talk the dialog answers first: the talk named unchanged, its words not kept (e2e)
  ["吴静", "刚才那次廉政谈话内容是节前提醒", "廉谈 11-30 > ?missing_counterpart"], // P6: a talk's content told alone — the parser alone asks; after a stored talk the dialog answers first: the talk named unchanged, its words not kept (e2e)
  ["郑华", "这次谈话主要谈的是招生就业方面的廉洁风险", "-"], // P6: a talk's content told alone — no report; after a stored talk the dialog names it unchanged
  ["李明", "昨天和王芳谈心，内容是工作纪律", "谈心 11-29 >王芳"], // P6 near-miss: a report telling its content, recorded as before (the content not kept)
  ["李明", "11月27号和胡军谈心谈话，主要内容是工作纪律", "谈心 11-27 >胡军"], // P6 near-miss: a report telling its content, recorded as before (the content not kept)
  ["王强", "上周三王建国副理事长跟吴静部长进行了集体廉政谈话，参加的还有刘洋", "!廉谈 11-25 王建国>吴静 | 廉谈 11-25 王建国>刘洋"], // set-up message of the e2e dialogues, read as before
  ["李明", "和王芳、胡军谈心谈话", "谈心 ? >王芳 ?missing_date | 谈心 ? >胡军 ?missing_date"], // P7: 「您与王芳、胡军的谈心谈话是哪一天进行的？」 (e2e; was 「与王芳、胡军的…」)
  ["周涛", "上周五和张颖谈了一次", "? 11-27 >张颖 ?missing_type"], // set-up message of the e2e dialogues, read as before
  ["刘洋", "11.26 吴静部长和我谈心谈话 主要内容是工作纪律", "!谈心 11-26 吴静>刘洋"], // P6 near-miss: a report telling its content, recorded as before (the content not kept)
  ["陈静", "前天组织部门学习廉洁自律准则，还有2个人没参加", "!廉教 11-28 郑华> 《廉洁自律准则》"], // near-miss: a new report with someone away, read as before
  ["张颖", "周涛部长没参加，那条删掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["陈静", "郑华没去，去掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["刘洋", "吴静部长那条不对，她没参加，删掉吧", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["李明", "胡军那条不对，胡军没参加，删掉", "-"], // P1: a person said absent from a stored record — the one record found goes on 请确认修改 (e2e; was 「请点它下面的「撤销」」, a second step)
  ["孙丽", "第2条是多出来的", "-"], // P2: on a waiting card the item is left out (cardItemChoice: 是重复的 alone is its own why); after a receipt 撤销第N条's flow
  ["黄志刚", "第2条是重复的，只有一次检查", "-"], // P2: on a waiting card the item is left out (cardItemChoice: 是重复的 alone is its own why); after a receipt 撤销第N条's flow
  ["王芳", "第三条重复了，删掉吧", "-"], // P2: on a waiting card the item is left out (cardItemChoice: 是重复的 alone is its own why); after a receipt 撤销第N条's flow
  ["李明", "漏了3个人", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["冯雪", "还有1个人没算上", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["孙丽", "还有2个人没算进去", "-"], // P3: people left out of the count — 人数 +N on 请确认修改 (headCountSlip; e2e; was two more deeds of the latest kind)
  ["周涛", "漏了张颖", "-"], // P3 near-miss: a person left out is no count
  ["周涛", "还有2个人也参加了", "-"], // P3 near-miss: no 没算 — not read as a count slip
  ["吴静", "谈话的吧", "-"], // P4: to 是哪类活动 a family and no kind of it — its kinds asked again (looseKindAnswer; e2e; was the sender's 完成情况)
  ["郑华", "是谈话吧", "-"], // P4: to 是哪类活动 a family and no kind of it — its kinds asked again (looseKindAnswer; e2e; was the sender's 完成情况)
  ["王磊", "学习吧", "-"], // P4: to 是哪类活动 a family and no kind of it — its kinds asked again (looseKindAnswer; e2e; was the sender's 完成情况)
  ["徐辉", "参会人数要填吗", "-"], // P5: a field question with nothing waiting answered plainly (fieldAskedAlone; e2e; was 没看懂)
  ["赵敏", "不知道几个人怎么办", "-"], // P5: a field question with nothing waiting answered plainly (fieldAskedAlone; e2e; was 没看懂)
  ["林晓", "日期能不填吗", "-"], // P5: a field question with nothing waiting answered plainly (fieldAskedAlone; e2e; was 没看懂)
  ["王强", "谈话对象必须写吗", "-"], // P5: a field question with nothing waiting answered plainly (fieldAskedAlone; e2e; was 没看懂)
  ["孙杰", "这次谈话内容是廉洁自律", "-"], // P6: a talk's content told alone — no report; after a stored talk the dialog names it unchanged
  ["何平", "刚才那次谈心谈的是年底工作纪律", "谈心 11-30 > ?missing_counterpart"], // P6: a talk's content told alone — the parser alone asks; after a stored talk the dialog answers first: the talk named unchanged, its words not kept (e2e)
  ["周涛", "昨天组织观看警示教育片，参加7人", "警示 11-29 > #7"], // set-up message of the e2e dialogues, read as before
  ["周涛", "漏了2个人，一共9个", "-"], // P3: with the total said after it, no report (the dialog's count readers take it)
];
