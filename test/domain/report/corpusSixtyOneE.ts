// Round 61, fixer gae (issue 10): changing a stored record's kind, people or count in words — read as a new report or not
// understood (t63a/t63b Part B).
// Findings: 1. 「王建国副理事长12月2日和王强那次是谈心谈话，我报成廉政谈话了」 was a new 廉政谈话 asked its person, 「和周涛那次不是谈心
// 是廉政谈话 周涛自己说的」 two new talks asked their day, 「王强那条改成廉政谈话」 没看懂. Now (storedChangeWords, read by
// namedRecordCorrection) the slip owned after the change (我报成…了 · 我写成了…), who said so (周涛自己说的 · 他本人确认的), a
// relay before it (张书记说) and 改成/改为/记成 after 那条/那次 before a kind are put as the named-record reader takes them: the
// stored record named by person, day or doer is offered on the 请确认修改 card; two that fit are listed and asked which.
// 2. 「改成谈心谈话」 · 「第2条改成谈心谈话」 right after a 「找到 N 条记录」 card were 没看懂: the record that card listed (by
// number when it listed several) takes the kind, on the same card.
// 3. 「上周三财务科那个分管科室会议，参加人数漏写了，一共5人」 was a duplicate meeting of 5 offered: the head-count left out
// (人数漏写了/没写/没填/忘写了, then 一共/共/实到 N人) is the stored meeting's 参加人数, on the 请确认修改 card.
// 4. 「集体谈话漏了陈静和赵磊」 was asked its type as a new talk (groupLeftOut): people left out of a stored group become records
// like the group's (its doer, day, kind) on a 确认 card; someone already in it is said.
// 5. 「孙杰的承诺书那条撤掉 他还没签 谈话是谈了的」 was 「没有在通讯录里找到「谈了」」: the other deed said done (谈话是谈了的) is a
// record kept, said back; the signing alone is offered with its 撤销. 「撤销第2条，维权部那次是下周的，报早了」 was 没看懂: 报早了 ·
// 报重复了 are reasons beside 撤销第N条, which withdraws record N.
// Near-misses kept: new talks naming a stored person (今天又和王强进行了一次廉政谈话), a film titled 《撤回测试》 or
// 《改成谈心谈话》, 他说…那次谈话改变了他的想法 in a talk told, and new meetings with a head-count are reports as before.
// Left as today: 「不是新报的，是要改之前那条」 after a correction taken as a new report (not in this file: a dialog turn).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_ONE_E_ROWS: CorpusRow[] = [
  // 1. t63a Part B: a stored talk named by its person, day or doer, its kind changed (是…我报成…了 · 不是…是… · 改成/改为/记成), voice spaces, a relay, who said so: no report.
  ["王建国", "王建国副理事长11月25日和王强那次是谈心谈话，我报成廉政谈话了", "-"],
  ["王建国", "11月25日和王强那次是谈心谈话，我报成廉政谈话了", "-"],
  ["王建国", "11.25和王强那次是谈心谈话 我报成廉政谈话了", "-"],
  ["王建国", "25号和王强那次其实是谈心谈话，报成廉政谈话了", "-"],
  ["王建国", "上周三和王强那次应该是谈心谈话，我写成廉政谈话了", "-"],
  ["王建国", "和王副科长那次是谈心谈话，我当时报成廉政谈话了", "-"],
  ["刘芳", "和周涛那次不是谈心 是廉政谈话 周涛自己说的", "-"],
  ["刘芳", "和周涛那次不是谈心，是廉政谈话，周涛自己说的", "-"],
  ["刘芳", "和周部长那次不是谈心谈话，是廉政谈话", "-"],
  ["刘芳", "跟周涛那次不是谈心 是廉政谈话", "-"],
  ["刘芳", "和周涛那次其实是廉政谈话，他本人确认的", "-"],
  ["刘芳", "和周涛那次其实是廉政谈话，周涛说的，我写成谈心了", "-"],
  ["刘芳", "张书记说和周涛那次不是谈心，是廉政谈话", "-"],
  ["孙丽", "王强那条改成廉政谈话", "-"],
  ["孙丽", "王强那条改成谈心谈话", "-"],
  ["孙丽", "王强那条 改成 谈心谈话", "-"],
  ["孙丽", "王强那条记成谈心谈话", "-"],
  ["孙丽", "王强的那条改为廉政谈话", "-"],
  ["孙丽", "和王强那次要改成谈心谈话", "-"],
  ["孙丽", "和王强那条记录改成谈心谈话", "-"],
  ["孙丽", "王强那条应该是谈心谈话，我报成廉政谈话了", "-"],
  ["孙丽", "11月26日和王强那条改成谈心谈话", "-"],
  ["孙丽", "上周四和王强那次谈话改为廉政谈话", "-"],
  ["孙丽", "和王强那次谈话 改为 谈心谈话 谢谢", "-"],
  ["吴静", "刘洋那条改成谈心谈话", "-"],
  ["吴静", "和刘洋那次其实是谈心谈话，我报成了廉政谈话", "-"],
  ["陈志强", "和冯雪那次改成廉政谈话", "-"],
  ["陈志强", "上周二和冯部长那次是谈心谈话，我报成廉政谈话了", "-"],
  ["何平", "孙杰那条改成廉政谈话", "-"],
  ["何平", "和徐辉那次不是廉政谈话 是谈心谈话 徐辉自己说的", "-"],
  ["赵敏", "王磊那条改成谈心谈话", "-"],
  ["赵敏", "和王部长那次是谈心谈话 我写成廉政谈话了", "-"],
  ["张伟", "和王建國那次改成廉政談話", "-"],
  // 2. 改成<kind> · 第N条改成<kind> alone (after a 「找到 N 条记录」 card): no report.
  ["孙丽", "改成谈心谈话", "-"],
  ["孙丽", "改为廉政谈话", "-"],
  ["孙丽", "那就改成谈心谈话吧", "-"],
  ["孙丽", "第2条改成谈心谈话", "-"],
  ["孙丽", "第二条改为廉政谈话", "-"],
  // 3. A stored gathering named, its head-count left out then said (人数漏写了，一共5人): no report.
  ["王建国", "上周三财务科那个分管科室会议，参加人数漏写了，一共5人", "-"],
  ["王建国", "上周三财务科那个分管科室会议 参加人数漏写了 一共5人", "-"],
  ["王建国", "11月25日那个分管科室会议，人数漏写了，共5人", "-"],
  ["王建国", "11.25那次分管科室会议，参加人数没写，实到5人", "-"],
  ["王建国", "上周三那个分管科室会议 人数忘写了 一共五人", "-"],
  ["孙丽", "11月20日那次警示教育，参加人数漏写了，一共8人", "-"],
  ["孙丽", "上周五那次集中学习，人数没填，共12个人", "-"],
  ["赵敏", "11月24日那次党课，参加人数漏写了，一共30人", "-"],
  // 4. People left out of a stored group (集体谈话漏了陈静和赵磊): no report.
  ["张伟", "集体谈话漏了陈静和赵磊", "-"],
  ["张伟", "集体谈话漏了陈静、赵磊", "-"],
  ["张伟", "上周五那次集体谈话 少了孙杰", "-"],
  ["张伟", "刚才的集体谈话还漏了陈静 赵磊", "-"],
  ["张伟", "那次集体谈话漏了何平主任", "-"],
  ["王建国", "和科室负责人签责任书那次还漏了孙丽", "-"],
  ["王建国", "签责任书那次漏了李明", "-"],
  ["刘芳", "集体谈话漏了吴静两个人", "-"],
  // 5. A withdrawal with its reason and the deed kept (谈话是谈了的), 撤销第N条 with 报早了: no report.
  ["何平", "孙杰的承诺书那条撤掉 他还没签 谈话是谈了的", "-"],
  ["何平", "孙杰的承诺书那条撤掉，他还没签，谈话是谈了的", "-"],
  ["何平", "徐辉的责任书那条删掉 还没签 谈话确实谈了", "-"],
  ["何平", "孙杰承诺书那条撤销 没签 谈是谈了的", "-"],
  ["陈志强", "撤销第2条，维权部那次是下周的，报早了", "-"],
  ["陈志强", "撤销第2条 维权部那次是下周的 报早了", "-"],
  ["陈志强", "第2条撤销，报早了", "-"],
  ["陈志强", "撤销第3条，那次报重复了", "-"],
  // Near-misses: new reports naming a stored person, titles holding 撤回/改成, a head-count in a new report: reports as before.
  ["孙丽", "今天又和王强谈了一次", "? 11-30 >王强 ?missing_type"],
  ["孙丽", "今天又和王强进行了一次廉政谈话", "廉谈 11-30 >王强"],
  ["孙丽", "11月27日和王强进行了谈心谈话", "谈心 11-27 >王强"],
  ["孙丽", "今天组织观看警示教育片《撤回测试》，参加6人", "警示 11-30 > 《撤回测试》 #6"],
  ["孙丽", "今天组织观看警示教育片《改成谈心谈话》，参加6人", "警示 11-30 > 《改成谈心谈话》 #6"],
  ["王建国", "今天和王强谈心谈话，他说上次那次谈话改变了他的想法", "谈心 11-30 >王强"],
  ["张伟", "今天和陈静、赵磊进行了集体廉政谈话", "廉谈 11-30 >陈静 | 廉谈 11-30 >赵磊"],
  ["刘芳", "今天和周涛进行了廉政谈话，周涛自己说的要加强学习", "廉谈 11-30 >周涛"],
  ["孙丽", "11月20日组织观看警示教育片，参加人数8人", "警示 11-20 > #8"],
  ["王建国", "上周三召开分管科室会议，参加5人", "分管会 11-25 > #5"],
  ["孙丽", "今天和王强谈了话，改成了每月谈一次", "-"],
  ["王建国", "今天召开分管科室会议，参加人数5人，财务科全体参加", "分管会 11-30 > #5"],
  ["张伟", "今天和陈静谈话，赵磊也谈了", "? 11-30 >陈静,赵磊 ?missing_type"],
  ["何平", "今天和孙杰签了承诺书，也谈了话", "签责 11-30 >孙杰 | ? 11-30 >孙杰 ?missing_type"],
  ["吴静", "上周五和刘洋进行了谈心谈话", "谈心 11-27 >刘洋"],
];
