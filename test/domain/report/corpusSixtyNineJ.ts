// Round 69, helper gij (issue 10): who did it — unit heads listed under a doer asked, a misspelt leader with his post or
// 「我们<person>」 before 和, a whole deed restated while a question waits, a stored record's doer said again.
// Findings (t72a on main 43ca0dc9, its clock Tue 2026-12-08): 李明 (办公室 head)「本月王书记分别与办公室、财务科负责人签订党风廉政
// 建设责任书」 gave a card of ONE signing with 孙丽: the doer 王书记 is asked (no 王 holds a 书记 office), and the heads of the
// units listed were read with the sender as the doer, so his own 办公室 signing was left out without a word (F1). A doer
// asked about is someone other than the sender: the sender who heads a unit listed is one of those signed with
// (askedDoerHeads) — 签责 >李明 | >孙丽, the doer asked once for both (王书记: 张伟、赵敏、黄志刚 then 王建国、王磊、王强 offered; the
// answer 王建国 makes both his). 李娟「前天王剑国副理事长和我们孙丽科长进行了谈话」 read 活动人 孙丽, 对象 李娟 (F2): 我们 holds 我 and
// the post stood between the name and 和, outside soundAlikeTalker's shape; now the one talk is X's with Y, X asked with the
// near names offered (「王剑国」 → 王建国; 刘方 → 刘芳, 陈志刚 → 陈志强, 张玮 → 张伟, 赵民 → 赵敏, 何萍 → 何平), a talk turned
// round onto the sender with no post too (王剑国和孙丽科长…廉政谈话). 「(不对，)是王建国副理事长和孙丽科长谈的，廉政谈话」 read as
// two talks, each with the sender: read without the opening 是 it is 王建国's talk with 孙丽 (deedWithoutLeadingIs, a post after
// the doer needed); while a
// question waits it corrects that report (restatedWaitingDeed, the day kept). 刚才那条责任书报错了，实际是张书记和我签的 · 不对，
// 活动人是张伟 (FB1) are correction words, no report, as before: the bot reads them (restatedDoerCorrection; e2e).
// Before → after: 37 of these 62 rows read differently on main.
// Left as today: 王强「前天王剑国副理事长和孙丽科长进行了谈话，我也参加了」 and 「…进行了谈话，然后又和我谈了」 (a 我 in the message:
// 孙丽's talk with the sender, as before); 李娟「12月6号王剑国副理事长跟我们孙科长谈了话」 (a surname and post for the one talked
// with); 「前天是王建国和孙丽谈的」 (a day before the 是: two people talked with the sender, type asked); 是X和Y谈的 with no post
// after X (孙丽「不对，是王强和李娟谈的谈心谈话」: her talks with both, round 58 fdd's row, kept).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_NINE_J_ROWS: CorpusRow[] = [
  // F1: 「<leader>分别与<unit>、<unit>负责人…」 with the doer asked — every unit's head, the sender among them when he heads one; near-misses below.
  ["李明", "本月王书记分别与办公室、财务科负责人签订党风廉政建设责任书", "签责 ? >李明 ?missing_date,ambiguous_actor | 签责 ? >孙丽 ?missing_date,ambiguous_actor"],
  ["李明", "11月25日王书记分别与办公室、财务科负责人签订党风廉政建设责任书", "签责 11-25 >李明 ?ambiguous_actor | 签责 11-25 >孙丽 ?ambiguous_actor"],
  ["李明", "上周三王书记分别与办公室、财务科主要负责人签订了党风廉政建设责任书", "签责 11-25 >李明 ?ambiguous_actor | 签责 11-25 >孙丽 ?ambiguous_actor"],
  ["李明", "11.26 王书记 分别与 办公室、财务科 负责人 签订 责任书", "签责 11-26 >李明 ?ambiguous_actor | 签责 11-26 >孙丽 ?ambiguous_actor"],
  ["李明", "11月25日王书记分别與辦公室、財務科負責人簽訂了黨風廉政建設責任書", "签责 11-25 >李明 ?ambiguous_actor | 签责 11-25 >孙丽 ?ambiguous_actor"],
  ["李明", "11月25日王主任分别与办公室、财务科负责人签订责任书", "签责 11-25 >李明 ?ambiguous_actor | 签责 11-25 >孙丽 ?ambiguous_actor"],
  ["孙丽", "本月王书记分别与办公室、财务科负责人签订党风廉政建设责任书", "签责 ? >李明 ?missing_date,ambiguous_actor | 签责 ? >孙丽 ?missing_date,ambiguous_actor"],
  ["孙丽", "11月25日王书记分别与财务科、办公室负责人签订了责任书", "签责 11-25 >孙丽 ?ambiguous_actor | 签责 11-25 >李明 ?ambiguous_actor"],
  ["周涛", "上周三刘书记分别与组联部、康复部负责人签订了党风廉政建设责任书", "签责 11-25 >周涛 ?ambiguous_actor | 签责 11-25 >吴静 ?ambiguous_actor"],
  ["吴静", "11月20日刘书记分别与组联部、康复部主要负责人签订了责任书", "签责 11-20 >周涛 ?ambiguous_actor | 签责 11-20 >吴静 ?ambiguous_actor"],
  ["吴静", "上周三 刘书记 分别与 组联部、康复部 负责人 签订了 党风廉政建设责任书", "签责 11-25 >周涛 ?ambiguous_actor | 签责 11-25 >吴静 ?ambiguous_actor"],
  ["郑华", "11.24 陈书记分别与教育就业部、维权部负责人进行了廉政谈话", "廉谈 11-24 >郑华 ?ambiguous_actor | 廉谈 11-24 >冯雪 ?ambiguous_actor"],
  ["冯雪", "前天陈书记分别与教育就业部、维权部负责人开展了廉政谈话", "廉谈 11-28 >郑华 ?ambiguous_actor | 廉谈 11-28 >冯雪 ?ambiguous_actor"],
  ["郑华", "上周三陈书记分别和教育就业部、维权部的负责人签了承诺书", "签责 11-25 >郑华 ?ambiguous_actor | 签责 11-25 >冯雪 ?ambiguous_actor"],
  ["王磊", "11月26号赵副书记分别与宣文部、康复中心负责人签订了责任书", "签责 11-26 >王磊 ?ambiguous_actor | 签责 11-26 >何平 ?ambiguous_actor"],
  ["何平", "11月26号赵副书记分别与宣文部、康复中心负责人签订了责任书", "签责 11-26 >王磊 ?ambiguous_actor | 签责 11-26 >何平 ?ambiguous_actor"],
  ["胡军", "11月25日王书记分别与办公室、财务科负责人签订党风廉政建设责任书", "签责 11-25 >李明 ?ambiguous_actor | 签责 11-25 >孙丽 ?ambiguous_actor"],
  ["陈静", "11月24日陈书记分别与教育就业部、维权部负责人签订了责任书", "签责 11-24 >郑华 ?ambiguous_actor | 签责 11-24 >冯雪 ?ambiguous_actor"],
  ["李明", "11月25日王建国副理事长分别与办公室、财务科负责人签订党风廉政建设责任书", "!签责 11-25 王建国>李明 | 签责 11-25 王建国>孙丽"],
  ["何平", "11月26号赵书记分别与宣文部、康复中心负责人签订了责任书", "!签责 11-26 赵敏>王磊 | 签责 11-26 赵敏>何平"],
  ["李明", "11月25日张书记分别与办公室、财务科负责人签订党风廉政建设责任书", "!签责 11-25 张伟>李明 | 签责 11-25 张伟>孙丽"],
  ["周涛", "11月25日刘芳副理事长分别与组联部、康复部负责人签订党风廉政建设责任书", "!签责 11-25 刘芳>周涛 | 签责 11-25 刘芳>吴静"],
  ["李明", "11月25日王书记和我签订了责任书", "签责 11-25 >李明 ?ambiguous_actor"],
  ["李明", "11月25日与财务科负责人签订了责任书", "签责 11-25 >孙丽"],
  // F2: a near name with its post, or 「我们<person>」, before 和/找 — the one talk X's with Y, X asked (the near name offered), never the sender's.
  ["李娟", "前天王剑国副理事长和我们孙丽科长进行了谈话", "? 11-28 >孙丽 ?ambiguous_actor,missing_type"],
  ["李娟", "前天王剑国副理事长和孙丽科长进行了谈话", "? 11-28 >孙丽 ?ambiguous_actor,missing_type"],
  ["李娟", "前天王剑国副理事长和孙丽进行了谈话", "? 11-28 >孙丽 ?ambiguous_actor,missing_type"],
  ["李娟", "前天王剑国 副理事长 和 我们 孙丽 科长 进行了谈话", "? 11-28 >孙丽 ?ambiguous_actor,missing_type"],
  ["李娟", "前天王剑國副理事長和我們孫麗科長進行了談話", "? 11-28 >孙丽 ?ambiguous_actor,missing_type"],
  ["李娟", "前天王剑国和孙丽科长进行了谈话", "? 11-28 >孙丽 ?ambiguous_actor,missing_type"],
  ["李娟", "前天王剑国和孙丽科长进行了廉政谈话", "廉谈 11-28 >孙丽 ?ambiguous_actor"],
  ["李娟", "前天王剑国副理事长找我们孙丽科长谈了话", "? 11-28 >孙丽 ?ambiguous_actor,missing_type"],
  ["李娟", "11月26号王剑国副理事长和我们科孙丽科长谈了话", "? 11-26 >孙丽 ?ambiguous_actor,missing_type"],
  ["张颖", "11月26号刘方副理事长和我们周涛部长进行了谈话", "? 11-26 >周涛 ?ambiguous_actor,missing_type"],
  ["陈静", "上周三陈志刚副理事长和我们郑华部长谈了话", "? 11-25 >郑华 ?ambiguous_actor,missing_type"],
  ["胡军", "11.26 张玮书记和我们李明主任进行了谈话", "? 11-26 >李明 ?ambiguous_actor,missing_type"],
  ["王芳", "前天张玮书记与我们李明主任谈了话", "? 11-28 >李明 ?ambiguous_actor,missing_type"],
  ["刘洋", "11月26号刘方副理事长和我们吴静部长谈了一次话", "? 11-26 >吴静 ?ambiguous_actor,missing_type"],
  ["杨帆", "上周三赵民书记和我们王磊部长进行了谈话", "? 11-25 >王磊 ?ambiguous_actor,missing_type"],
  ["孙杰", "11.25 何萍主任和我们徐辉副主任进行了谈话", "? 11-25 >徐辉 ?ambiguous_actor,missing_type"],
  ["赵磊", "前天陈志刚副理事长和我们冯雪部长签订了责任书", "!签责 11-28 陈志强>冯雪"],
  ["李娟", "前天王建国副理事长和我们孙丽科长进行了谈话", "? 11-28 王建国>孙丽 ?missing_type"],
  ["刘洋", "前天刘芳副理事长和我们吴静部长进行了谈话", "? 11-28 刘芳>吴静 ?missing_type"],
  ["李娟", "前天王剑国副理事长和我们孙丽科长进行了廉政谈话", "!廉谈 11-28 王建国>孙丽"],
  ["李娟", "前天王副理事长和我们孙丽科长进行了谈话", "? 11-28 王建国>孙丽 ?missing_type"],
  ["李娟", "前天我们孙丽科长和王强进行了谈话", "? 11-28 孙丽>王强 ?missing_type"],
  ["刘芳", "周滔和张颖前天谈了谈心", "谈心 11-28 >张颖 ?ambiguous_actor"],
  // F2 restated: 「(不对，)是X和Y谈的(，kind)」 is X's deed with Y (as a reply to a waiting question restatedWaitingDeed corrects it).
  ["李娟", "不对，是王建国副理事长和孙丽科长谈的，廉政谈话", "廉谈 ? 王建国>孙丽 ?missing_date"],
  ["李娟", "是王建国副理事长和孙丽科长谈的，廉政谈话", "廉谈 ? 王建国>孙丽 ?missing_date"],
  ["张颖", "不对，是刘芳副理事长和周涛部长谈的，谈心谈话", "谈心 ? 刘芳>周涛 ?missing_date"],
  ["陈静", "不对 是陈志强副理事长和郑华部长谈的 廉政谈话", "廉谈 ? 陈志强>郑华 ?missing_date"],
  ["胡军", "错了，应该是张伟书记和李明主任谈的，廉政谈话", "廉谈 ? 张伟>李明 ?missing_date"],
  ["李娟", "不对，是王建国副理事长和孙丽科长谈的", "-"],
  ["李娟", "是王建国和我谈的，廉政谈话", "廉谈 ? 王建国>李娟 ?missing_date"],
  // FB1: a stored record's doer said again (活动人是X · 是X和我签的) — correction words, no report (restatedDoerCorrection).
  ["李明", "刚才那条责任书报错了，实际是张书记和我签的", "-"],
  ["李明", "不对，活动人是张伟", "-"],
  ["李明", "上一条写错了，是张伟书记和我签的", "-"],
  ["李明", "刚才那条活动人是张伟", "-"],
  ["李明", "刚才那条是张伟书记和我签的", "-"],
  ["孙丽", "刚才那条谈话报错了，实际是陈书记和我谈的", "-"],
  ["周涛", "那条责任书其实是刘芳副理事长跟我签的", "-"],
  ["吴静", "刚才那条 活动人是 刘芳", "-"],
];
