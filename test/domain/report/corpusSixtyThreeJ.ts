// Round 63, fixer gcj (t66a Part B): corrections of STORED records in loose words — every one read as a NEW report or
// not understood before. Findings before → after (clock of the dialog tests Mon 2026-12-07; 上周三 = 12-02, 上周五 = 12-04):
// B-F3. 孙杰「12.1那条弄反了 徐辉是谈话人不是对象 对象是何主任」 was a new talk of 孙杰's with both as counterparts; 「不对，12月1日那条
// 廉政谈话，活动人是徐辉，对象是何平」 a card of two new talks. Now (storedSidesWords, storedSidesChange) the stored 12-01 talk takes
// doer 徐辉, person 何平 on 请确认修改; the parser leaves these alone (parseGate).
// B-F5. 胡军「李主任说4号那两次谈心不是他谈的，是王建国副理事长找王芳和胡军谈的」 was a new report: now (doerClaimWords: 不是他 after
// a relay, 找X和Y谈的) both stored talks' doer → 王建国 on one card. 「12月4日那两条谈心谈话的活动人改成王建国，不是李明」 asked which:
// now both; after a 「找到 2 条」 card 「两条都改」「第1条和第2条「李明」都改为「王建国」」「第1条「李明」改为「王建国」」 (the card's
// own hint) change them (the bare answers are bot-level: '-' here).
// B-F6. 林晓「12月2日维权部那次不算作风纪律检查 算专项检查吧」 was a new 作风纪律检查: now the stored check's kind (hedgedKindChange).
// B-F7. 王建国「上周三和孙丽那条谈心 换成王强吧 记错人了」 was a 「可能重复」 card: now the person change (记错人了 owned as a slip).
// B-F10. 张伟「上周五那两份承诺书其实是刘芳和郑华、冯雪签的 不是陈志强签的」 was 没看懂, 「上周五陈志强和郑华、冯雪签的那两条，活动人改为
// 刘芳」 「没有找到」: now both signings' doer → 刘芳 on one card; 王芳 relaying the same is told 张伟 reported them.
// Near-misses read as before: new signings and talks told plainly.
// Left as today: B-F9 (张伟「上午那个廉政谈话 陈志强下午回来了 也补谈了」, then 「是我找他谈的」) still asks 和谁 — no row.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_THREE_J_ROWS: CorpusRow[] = [
  ["孙杰", "12.1那条弄反了 徐辉是谈话人不是对象 对象是何主任", "-"],
  ["孙杰", "不对，12月1日那条廉政谈话，活动人是徐辉，对象是何平", "-"],
  ["孙杰", "12月1日那条弄反了", "-"],
  ["孙杰", "12月1日那次谈话搞反了，何平是对象", "-"],
  ["孙杰", "12.1那条 活动人是徐辉 对象是何平", "-"],
  ["胡军", "李主任说4号那两次谈心不是他谈的，是王建国副理事长找王芳和胡军谈的", "-"],
  ["胡军", "李主任说4号那两次谈心不是他谈的 是王建国副理事长找王芳和胡军谈的", "-"],
  ["王芳", "李主任说12月4日那两次谈心不是他谈的，是王建国找王芳和胡军谈的", "-"],
  ["李明", "12月4日那两条谈心谈话的活动人改成王建国，不是李明", "-"],
  ["李明", "12月4日那两条谈心谈话的活动人改成王建国", "-"],
  ["李明", "两条都改", "-"],
  ["李明", "都改", "-"],
  ["李明", "第1条和第2条「李明」都改为「王建国」", "-"],
  ["李明", "第1条「李明」改为「王建国」", "-"],
  ["李明", "第1条李明改为王建国", "-"],
  ["林晓", "12月2日维权部那次不算作风纪律检查 算专项检查吧", "-"],
  ["林晓", "12月2日维权部那次不算作风纪律检查，算专项资金检查吧", "-"],
  ["林晓", "维权部那次不是作风纪律检查 算专项检查吧", "-"],
  ["王建国", "上周三和孙丽那条谈心 换成王强吧 记错人了", "-"],
  ["王建国", "上周三和孙丽那条谈心，换成王强吧，写错名字了", "-"],
  ["王建国", "和孙丽那条谈心 换成王强吧 记错人了", "-"],
  ["张伟", "上周五那两份承诺书其实是刘芳和郑华、冯雪签的 不是陈志强签的", "-"],
  ["张伟", "上周五陈志强和郑华、冯雪签的那两条，活动人改为刘芳", "-"],
  ["王芳", "上周五那两份承诺书其实是刘芳和郑华、冯雪签的 不是陈志强签的", "-"],
  ["张伟", "上周五那两份承诺书其实是刘芳和郑华、冯雪签的，不是陈副理事长签的", "-"],
  ["张伟", "上周五刘芳和郑华、冯雪签了廉政承诺书", "!签责 11-27 刘芳>郑华 | 签责 11-27 刘芳>冯雪"],
  ["王建国", "上周三和王强进行了谈心谈话", "谈心 11-25 >王强"],
  ["孙杰", "12月1日那条谈话弄反了，徐辉是谈话人", "-"],
  ["孙杰", "不对，12.1那条，谈话人是徐辉，对象是何平", "-"],
  ["林晓", "12月2日维权部那次不算作风纪律检查，算专项资金检查", "-"],
  ["张伟", "上周五那两份承诺书其实是刘芳和郑华、冯雪签的，不是陈志强", "-"],
  ["王芳", "上周五陈志强和郑华、冯雪签的那两条，活动人改为刘芳", "-"],
];
