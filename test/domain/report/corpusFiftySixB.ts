// Round 56, fixer fgb (issue 10): a typed correction of a STORED record was refused or misread (t58b F5, F7; t58a F4;
// fhd's left-alone). Findings: 1. 「刚才那条报错了，张书记和赵敏是12月3日谈的，不是12月2日」 was refused (「没有在通讯录…找到
// 「12月2日」」) and 「刚才班子成员那条里，王建国副理事长签责任书的日期是11月5日，不是11月3日」 too: the opening 刚才那条报错了 and the
// pointer 刚才…那条里 were not read, and the value 12月3日谈的 was looked up as a name. namedRecordCorrection now reads both
// openings, a day said with its verb and 的 (12月3日谈的 · 11月5日签的) as the day, and the day said wrong (不是12月2日 ·
// 12月2日写错了) names the record of that day (correctLatest). As first messages these now read as corrections (no
// report): the bot reads them before the report reader in any case (e2e: storedCorrectionFiftySixB.test.ts).
// 2. A day change of one deed told once (王建国's signing with two 班子成员, two records) moves all its records on one
// change card; 两条都改成11月5日 answering 「找到 2 条」 acts on the two listed (was: 「您最近一次上报记录了 1 项，不是2项」).
// 3. 「11月25日没和吴静签订党风廉政建设责任书」 was stored at once as a signing with 吴静, and 「上周三没和吴静签责任书，只和周涛签了」
// as signings with both: 没和X签 followed by the paper (责任书 · 承诺书) or talk is now the deed denied (deniedApart), 吴静 no
// counterpart. 4. 「撤销和李明的廉政谈话」 when the talk with 李明 is a 谈心谈话 is offered (the kind said to differ), and 李娟
// 「不对，是7人」 right after 孙丽's 警示教育 says whose record it is and who may change it (e2e).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_SIX_B_ROWS: CorpusRow[] = [
  ["胡军", "刚才那条报错了，张书记和赵敏是12月3日谈的，不是12月2日", "-"],
  ["胡军", "张书记和赵敏是12月3日谈的，不是12月2日", "? 12-03 张伟>赵敏 ?future_date,missing_type"],
  ["胡军", "刚才报错了，张书记和赵敏是12月3日谈的，不是12月2日", "-"],
  ["胡军", "不好意思，张书记和赵敏是3号谈的，不是2号", "? 11-03 张伟>赵敏 ?missing_type"],
  ["胡军", "张书记和赵敏的谈话是12月3日，不是12月2日", "? 12-03 张伟>赵敏 ?future_date,missing_type"],
  ["胡军", "张书记和赵敏的廉政谈话日期是12月3日，不是12月2日", "-"],
  ["胡军", "张书记和赵敏那次谈话不是12月2日，是12月3日", "-"],
  ["胡军", "和赵敏的廉政谈话不是12月2日，是12月3日", "-"],
  ["胡军", "张书记和赵敏的谈话日期不对，应该是12月3日，不是12月2日", "? 12-03 张伟>赵敏 ?future_date,missing_type"],
  ["胡军", "刚才那条记错了，张书记和赵敏是周四谈的，不是周三", "-"],
  ["胡军", "更正一下，张书记和赵敏是12月3日谈的，不是12月2日", "? 12-03 张伟>赵敏 ?future_date,missing_type"],
  ["胡军", "刚才那条报错了 张书记和赵敏是12月3号谈的 不是12月2号", "-"],
  ["胡军", "刚才那条写错了，张书记和赵敏的谈话是12月3日", "? 12-03 张伟>赵敏 ?future_date,missing_type"],
  ["胡军", "刚刚那个记错了，张书记跟赵敏是3号谈的不是2号", "-"],
  ["王芳", "刚才班子成员那条里，王建国副理事长签责任书的日期是11月5日，不是11月3日", "-"],
  ["王芳", "王建国副理事长签责任书的日期是11月5日，不是11月3日", "签责 11-05 王建国> ?missing_counterpart"],
  ["王芳", "王建国副理事长签责任书不是11月3日，是11月5日", "签责 11-03 王建国> ?missing_counterpart"],
  ["王芳", "王建国副理事长签责任书是11月5日签的，不是11月3日", "签责 11-05 王建国> ?missing_counterpart"],
  ["王芳", "王建国副理事长签责任书的日期改成11月5日", "-"],
  ["王芳", "刚才责任书那条里，王建国副理事长是11月5日签的，不是11月3日", "签责 11-05 王建国> ?missing_counterpart"],
  ["王芳", "两条都改成11月5日", "-"],
  ["王芳", "都改成11月5日", "-"],
  ["王芳", "这两条都改为11月5日", "-"],
  ["王芳", "全部改成11月5日", "-"],
  ["王强", "不是廉政谈话，是谈心谈话，昨天和王芳谈的", "谈心 11-29 > ?missing_counterpart | 谈心 11-29 >王芳"],
  ["王强", "昨天和王芳谈的是谈心谈话，不是廉政谈话", "谈心 11-29 >王芳"],
  ["王强", "11月27日和王芳进行了谈心谈话，不是廉政谈话", "谈心 11-27 >王芳"],
  ["孙丽", "不是上周三，是上周四和王强签的责任书", "!签责 11-26 >王强"],
  ["孙丽", "11月26日和王强签订了廉政承诺书，不是11月25日", "!签责 11-26 >王强"],
  ["孙丽", "昨天和李娟谈心，不是前天", "!谈心 11-29 >李娟"],
  ["李娟", "不对，是7人", "-"],
  ["李娟", "不对，是7人参加", "-"],
  ["李娟", "人数不对，是7人", "-"],
  ["李娟", "是7个人，不是6个", "-"],
  ["王建国", "刚才报的和李明的廉政谈话撤销", "-"],
  ["王建国", "撤销和李明的廉政谈话", "-"],
  ["王建国", "修改昨天和李明的廉政谈话", "-"],
  ["王建国", "和李明的廉政谈话记错了，撤销", "-"],
  ["王建国", "刚才报的和李明的廉政谈话是12月2日，不是12月3日", "-"],
  ["王建国", "刚才报的和李明的谈心谈话撤销", "-"],
  // Round 56, the merge: was "-" (没看懂 with nothing stored, the signing with 周涛 dropped); the paper the denial named is signed.
  ["刘芳", "上周三没和吴静签责任书，只和周涛签了", "签责 11-25 >周涛"],
  ["刘芳", "不是再记，和吴静签责任书那条删掉", "-"],
  ["刘芳", "上周三和吴静没签成，只和周涛签了", "-"],
  ["刘芳", "和吴静那次没签，只签了周涛", "-"],
  ["刘芳", "11月25日没有和吴静签责任书", "-"],
  ["刘芳", "和吴静签责任书那条不算", "-"],
  ["刘芳", "上周三只和周涛签了责任书，吴静那个没签", "!签责 11-25 >周涛"],
  ["刘芳", "吴静那次没谈成", "-"],
  ["刘芳", "上周三和周涛签了责任书", "签责 11-25 >周涛"],
  ["刘芳", "上周三和周涛、吴静签了责任书", "签责 11-25 >周涛 | 签责 11-25 >吴静"],
  ["刘芳", "上周三没和吴静签责任书，只和周涛签了责任书", "签责 11-25 >周涛"],
  ["刘芳", "上周三没和吴静签，只和周涛签了责任书", "签责 11-25 >周涛"],
  ["孙丽", "昨天没有和王强谈话，和李娟谈了心", "谈心 11-29 >李娟"],
  ["孙丽", "昨天没跟王强谈，跟李娟谈了", "? 11-29 >李娟 ?missing_type"],
  ["王强", "前天没有与孙丽签订承诺书，与李娟签订了廉政承诺书", "签责 11-28 >李娟"],
  ["刘芳", "11月25日没和吴静签订党风廉政建设责任书", "-"],
];
