// Round 63, fixer gci (issue 10): t66a's edits typed on a waiting card, several items at once, and total rows in pasted tables.
// Findings before → after (dialogs in test/e2e/cardEditsSixtyThreeI.test.ts): B-F2. a pasted table's 本周⇥⇥⇥2次 · 累计⇥⇥⇥15次 rows
// became undated talks asked their day, 「第3条第4条第5条是合计的不用记」 left only one, and 「剩下这两条也是合计 不用记」 · 「本周和累计
// 那两行是合计 不用记」 cancelled the whole message; now a row opening 本周/本月/累计 with a bare count (and no name but a doer's) is a
// total, no record; on a question several numbers all leave (a number not on the message said), 剩下这两条/那两行 leave the items
// asked about, and a drop that would take every item is said, the question or card kept. B-F11. 「第2条对象是办公室全体人员 是集体谈的」
// (没有在通讯录里找到…) reads as without its how-held clause. B-F12. 「李明只是陪着 不算他谈的」 with 李明 one talked to beside 张伟's talk
// with 王建国 that day takes his record off. B-F13. 「第2条不是教育 是去财务科检查廉政风险点 算作风纪律检查吧」 is 第2条改成作风纪律检查.
// B-F4. 「陈副理事长只是陪着 不算他谈的」 on 陈志强→冯雪 beside 冯雪's own talk of that day drops that misread record (was: asked who).
// Before → after: the 11 table rows with total rows read differently before (one or two more records asked their day); the card edits
// alone are no report, as before (their meaning is the dialog's); near-misses 第2条对 · 2号和王磊谈的 (a day) · a 本周 row naming
// both people (a talk asked its day) read as before.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_THREE_I_ROWS: CorpusRow[] = [
  ["孙杰", "日期\t谈话人\t对象\t类型\n11.24\t何平\t孙杰\t谈心谈话\n11.26\t何平\t徐辉\t谈心谈话\n本周\t\t\t2次\n累计\t\t\t15次", "!谈心 11-24 何平>孙杰 | 谈心 11-26 何平>徐辉"],
  ["孙杰", "日期\t谈话人\t对象\t类型\n11.24\t何平\t孙杰\t谈心谈话\n11.26\t何平\t徐辉\t谈心谈话\n本周\t\t\t2\n累计\t\t\t15", "!谈心 11-24 何平>孙杰 | 谈心 11-26 何平>徐辉"],
  ["孙杰", "日期\t谈话人\t对象\t类型\n11.24\t何平\t孙杰\t谈心谈话\n11.26\t何平\t徐辉\t谈心谈话\n本月\t\t\t2次", "!谈心 11-24 何平>孙杰 | 谈心 11-26 何平>徐辉"],
  ["孙杰", "日期\t谈话人\t对象\t类型\n11.24\t何平\t孙杰\t谈心谈话\n11.26\t何平\t徐辉\t谈心谈话\n累计：\t\t\t15人次", "!谈心 11-24 何平>孙杰 | 谈心 11-26 何平>徐辉"],
  ["徐辉", "日期\t谈话人\t对象\t类型\n11.24\t何平\t孙杰\t谈心谈话\n11.26\t何平\t徐辉\t谈心谈话\n本周\t\t\t2次\n累计\t\t\t15次", "!谈心 11-24 何平>孙杰 | 谈心 11-26 何平>徐辉"],
  ["何平", "日期\t对象\t类型\n11.24\t孙杰\t谈心谈话\n11.26\t徐辉\t谈心谈话\n本周\t\t2次\n累计\t\t15次", "!谈心 11-24 >孙杰 | 谈心 11-26 >徐辉"],
  ["何平", "日期\t对象\t类型\n11.24\t孙杰\t廉政谈话\n11.25\t徐辉\t廉政谈话\n本月\t\t2人次", "!廉谈 11-24 >孙杰 | 廉谈 11-25 >徐辉"],
  ["周涛", "日期\t谈话人\t对象\t类型\n11.24\t周涛\t张颖\t廉政谈话\n本周\t\t\t1次\n累计\t\t\t6次", "廉谈 11-24 >张颖"],
  ["林晓", "日期\t检查对象\t检查内容\n11.24\t财务科\t工作纪律\n11.25\t办公室\t考勤\n本周\t\t2次", "!作风 11-24 > | 作风 11-25 >"],
  ["赵敏", "日期\t谈话人\t对象\t类型\t次数\n11.24\t赵敏\t杨帆\t廉政谈话\t1\n11.25\t赵敏\t何平\t廉政谈话\t1\n本周\t\t\t\t2", "!廉谈 11-24 >杨帆 | 廉谈 11-25 >何平"],
  ["孙杰", "日期\t谈话人\t对象\t类型\n11.24\t何平\t孙杰\t谈心谈话\n累计\t何平\t\t15次", "!谈心 11-24 何平>孙杰"],
  ["孙杰", "日期\t谈话人\t对象\t类型\n11.24\t何平\t孙杰\t谈心谈话\n本周\t何平\t徐辉\t谈心谈话", "!谈心 11-24 何平>孙杰 | 谈心 ? 何平>徐辉 ?missing_date"],
  ["孙杰", "第3条第4条第5条是合计的不用记", "-"],
  ["孙杰", "剩下这两条也是合计 不用记", "-"],
  ["孙杰", "本周和累计那两行是合计 不用记", "-"],
  ["孙杰", "那两行是合计的 不用记", "-"],
  ["孙杰", "后面几条不用记", "-"],
  ["孙杰", "第三条到第五条是合计 不用记", "-"],
  ["孙杰", "最后三条是合计的不用记", "-"],
  ["孙杰", "这两条", "-"],
  ["胡军", "第2条对象是办公室全体人员 是集体谈的", "-"],
  ["胡军", "第2条对象是办公室全体人员，集体谈话", "-"],
  ["王芳", "李明只是陪着 不算他谈的", "-"],
  ["王芳", "李明只是陪同，不算他谈的", "-"],
  ["冯雪", "陈副理事长只是陪着 不算他谈的", "-"],
  ["李明", "第2条对", "-"],
  ["李明", "2号和王磊谈的", "? 11-02 >王磊 ?missing_type"],
  ["胡军", "第2条不是教育 是去财务科检查廉政风险点 算作风纪律检查吧", "作风 ? > ?missing_date"],
  ["胡军", "第2条不是教育，是去财务科检查廉政风险点，就算作风纪律检查", "作风 ? > ?missing_date"],
  ["王芳", "11月24日张书记与王建国、李明进行廉政谈话", "!廉谈 11-24 张伟>王建国 | 廉谈 11-24 张伟>李明"],
];
