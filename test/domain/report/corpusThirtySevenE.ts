// Kinds found by t36c (F6, F9) and left by round 36's fff (issue 10; fixed by helper fje). Read on Mon 2026-11-30 10:00 +08:00.
// 1. A counted day–person list (共开展谈心谈话3次：D与X，D与Y，D与新入职的同志) kept only its first pair when a sentence of
//    another deed followed it (。另外11月18号组织…观看…), and lost the unnamed third pair (新入职的同志 · 一名新来的科员 ·
//    新来的实习生) behind the named ones without the lead-in: every pair is a talk now, the unnamed one asked who, and the
//    deed after the list its own record.
// 2. A counted lead of talks (…3次：/…2次，) over fewer talks told dropped the rest without a word (fff's 「还有一次是和…」 rows
//    only named on the card): one record more per talk missing, asked whom, then its day (「不在名单里」 drops it).
// 3. A table's empty cell keeps its column: a run of spaces in a space-aligned table (lined up, or parted by two spaces with
//    a longer run for the blank), ｜｜, 同上/〃, and a row the chat folded to single spaces one cell short beside the
//    谈话人/谈话对象 columns (a blank 谈话人 is the name above; the 谈话人 above alone in it talked with someone not written).
//    The chat no longer folds a line's white space (test/e2e/tableCellsThirtySevenE.test.ts: two tabs in the chat).
// 4. Papers a count makes (11月3日报送廉政信息2篇) read as identical records: no 「可能写了两遍」 remark (identicalRecords.test.ts);
//    the same paper told in two sentences with no count keeps it. The rows here pin the records.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_SEVEN_E_ROWS: CorpusRow[] = [
  // 1. A counted day–person list: every pair, the unnamed one asked, the deed after it kept.
  ["王磊", "11月份宣文部共开展谈心谈话3次：11月3日与杨帆，11月12日与杨帆（回访），11月25日与新入职的同志。另外11月18号组织本部门同志观看了警示片《围猎》，大家深受教育。", "谈心 11-03 >杨帆 | 谈心 11-12 >杨帆 | 谈心 11-25 > ?missing_counterpart | 警示 11-18 > 《围猎》"],
  ["王磊", "共开展谈心谈话3次：11月3日与杨帆，11月12日与王强，11月25日与新入职的同志。", "谈心 11-03 >杨帆 | 谈心 11-12 >王强 | 谈心 11-25 > ?missing_counterpart"],
  ["周涛", "组联部11月开展廉政谈话共2次：11月5日与张颖，11月19日与张颖（回访）。此外，11月20日组织全体人员学习了《中国共产党纪律处分条例》。", "!廉谈 11-05 >张颖 | 廉谈 11-19 >张颖 | 廉教 11-20 > 《中国共产党纪律处分条例》"],
  ["李明", "办公室本月共开展谈心谈话3次：11月2日与王芳，11月9日与胡军，11月16日与一名新来的科员。11月20日报送廉政信息1篇。", "谈心 11-02 >王芳 | 谈心 11-09 >胡军 | 谈心 11-16 > ?missing_counterpart | 信息 11-20 >"],
  ["何平", "中心开展谈心谈话3次：11月4日与徐辉，11月11日与孙杰，11月18日与新来的实习生。", "谈心 11-04 >徐辉 | 谈心 11-11 >孙杰 | 谈心 11-18 > ?missing_counterpart"],
  ["吴静", "康复部共开展廉政谈话2次：11月5日与刘洋，11月19日与刘洋（回访）。11月26日组织观看警示教育片《围猎》。", "!廉谈 11-05 >刘洋 | 廉谈 11-19 >刘洋 | 警示 11-26 > 《围猎》"],
  ["周涛", "谈了两次心，11月3日和张颖、11月10日和新来的同志", "谈心 11-03 >张颖 | 谈心 11-10 > ?missing_counterpart"],
  ["王磊", "11月3日与杨帆谈心谈话，11月12日与王强谈心谈话，11月25日与新入职的同志谈心谈话", "谈心 11-03 >杨帆 | 谈心 11-12 >王强 | 谈心 11-25 > ?missing_counterpart"],
  // 1. Near-misses that keep their reading: every pair named, a remark after the list, two people on one day, a signing.
  ["吴静", "康复部谈心谈话共3次，11月3日与刘洋，11月10日与刘洋，11月24日与刘洋。", "!谈心 11-03 >刘洋 | 谈心 11-10 >刘洋 | 谈心 11-24 >刘洋"],
  ["冯雪", "维权部11月份共开展廉政谈话2次：11月6日与赵磊，11月20日与赵磊。", "!廉谈 11-06 >赵磊 | 廉谈 11-20 >赵磊"],
  ["王磊", "本月共开展谈心谈话2次：11月3日与杨帆，11月12日与王强。谈话效果良好。", "!谈心 11-03 >杨帆 | 谈心 11-12 >王强"],
  ["何平", "中心11月份共开展谈心谈话2次：11月4日与徐辉，11月18日与孙杰", "!谈心 11-04 >徐辉 | 谈心 11-18 >孙杰"],
  ["王磊", "本月开展谈心谈话3次：11月3日与杨帆、王强，11月12日与张颖", "!谈心 11-03 >杨帆 | 谈心 11-03 >王强 | 谈心 11-12 >张颖"],
  ["孙丽", "共签订廉洁承诺书2份：11月3日与王强，11月5日与李娟", "!签责 11-03 >王强 | 签责 11-05 >李娟"],
  // 2. A count above the talks told: the rest asked whom, then the day.
  ["王磊", "11月份共开展谈心谈话3次：11月3日与杨帆，11月12日与王强。", "谈心 11-03 >杨帆 | 谈心 11-12 >王强 | 谈心 ? > ?missing_counterpart,missing_date"],
  ["王磊", "11月份共开展谈心谈话3次：11月3日与杨帆，11月12日与王强。11月20日报送廉政信息1篇。", "谈心 11-03 >杨帆 | 谈心 11-12 >王强 | 谈心 ? > ?missing_counterpart,missing_date | 信息 11-20 >"],
  ["孙丽", "本月共开展谈心谈话2次：11月4日与王强，另一次是与财务科新来的同志。", "谈心 11-04 >王强 | 谈心 ? > ?missing_counterpart,missing_date"],
  ["郑华", "教就部开展谈心谈话4次：11月2日与陈静，11月9日与陈静，11月16日与陈静。", "谈心 11-02 >陈静 | 谈心 11-09 >陈静 | 谈心 11-16 >陈静 | 谈心 ? > ?missing_counterpart,missing_date"],
  ["李娟", "孙科长本月与我们谈心谈话3次，11月4日与我，11月11日与王强，还有一次是和新来的实习生。", "谈心 11-04 孙丽>李娟 | 谈心 11-11 孙丽>王强 | 谈心 ? 孙丽> ?missing_counterpart,missing_date"],
  // 2. Near-misses: the count alone, rounds with a group, a count of checks (its days asked as before).
  ["王磊", "本月共开展谈心谈话3次", "谈心 ? > ?missing_date,missing_counterpart"],
  ["王建国", "两次与分管科室负责人进行了廉政谈话", "廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date | 廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date"],
  ["黄志刚", "本月开展作风纪律检查3次：11月3日检查办公室，11月12日检查财务科。", "作风 11-03 > | 作风 11-12 > | 作风 ? > ?missing_date"],
  // 3. An empty table cell keeps its column.
  ["赵敏", "廉政谈话记录表（第四季度）\n序号\t谈话时间\t谈话人\t谈话对象\t谈话类型\n1\t10月9日\t赵敏\t王磊\t廉政谈话\n2\t10月9日\t\t何平\t廉政谈话\n3\t11月20日\t赵敏\t杨帆、徐辉\t谈心谈话", "!廉谈 10-09 >王磊 | 廉谈 10-09 >何平 | 谈心 11-20 >杨帆 | 谈心 11-20 >徐辉"],
  ["王建国", "日期        谈话人    对象      类型\n11月10日    王建国    李明      廉政谈话\n11月12日              孙丽      廉政谈话", "!廉谈 11-10 >李明 | 廉谈 11-12 >孙丽"],
  ["赵敏", "序号  谈话时间  谈话人  谈话对象  谈话类型\n1     10月9日   赵敏    王磊      廉政谈话\n2     10月9日           何平      廉政谈话", "!廉谈 10-09 >王磊 | 廉谈 10-09 >何平"],
  ["赵敏", "序号  谈话时间  谈话人  谈话对象  谈话类型\n1  10月9日  赵敏  王磊  廉政谈话\n2  10月9日    何平  廉政谈话", "!廉谈 10-09 >王磊 | 廉谈 10-09 >何平"],
  ["刘芳", "序号  谈话时间  谈话人  谈话对象  谈话类型\n1  11月3日  刘芳  周涛  廉政谈话\n2  11月3日      吴静  廉政谈话\n3  11月17日  刘芳  吴静  谈心谈话", "!廉谈 11-03 >周涛 | 廉谈 11-03 >吴静 | 谈心 11-17 >吴静"],
  ["孙丽", "日期　　谈话人　　对象　　类型\n11月6日　孙丽　　王强　　廉政谈话\n11月9日　　　　　李娟　　谈心谈话", "!廉谈 11-06 >王强 | 谈心 11-09 >李娟"],
  ["赵敏", "序号｜谈话时间｜谈话人｜谈话对象｜谈话类型\n1｜10月9日｜赵敏｜王磊｜廉政谈话\n2｜10月9日｜｜何平｜廉政谈话", "!廉谈 10-09 >王磊 | 廉谈 10-09 >何平"],
  ["王建国", "日期 | 谈话人 | 对象 | 类型\n11月10日 | 王建国 | 李明 | 廉政谈话\n11月12日 |  | 孙丽 | 廉政谈话", "!廉谈 11-10 >李明 | 廉谈 11-12 >孙丽"],
  ["赵敏", "序号\t谈话时间\t谈话人\t谈话对象\t谈话类型\n1\t10月9日\t赵敏\t王磊\t廉政谈话\n2\t10月9日\t同上\t何平\t廉政谈话", "!廉谈 10-09 >王磊 | 廉谈 10-09 >何平"],
  ["赵敏", "序号\t谈话时间\t谈话人\t谈话对象\t谈话类型\n1\t10月9日\t赵敏\t王磊\t廉政谈话\n2\t10月9日\t〃\t何平\t廉政谈话", "!廉谈 10-09 >王磊 | 廉谈 10-09 >何平"],
  ["赵敏", "序号 谈话时间 谈话人 谈话对象 谈话类型\n1 10月9日 赵敏 王磊 廉政谈话\n2 10月9日 何平 廉政谈话", "!廉谈 10-09 >王磊 | 廉谈 10-09 >何平"],
  ["王建国", "日期 谈话人 对象 类型\n11月10日 王建国 李明 廉政谈话\n11月12日 孙丽 廉政谈话", "!廉谈 11-10 >李明 | 廉谈 11-12 >孙丽"],
  ["陈志强", "序号\t日期\t谈话人\t谈话对象\t形式\n1\t11月4日\t陈志强\t郑华\t廉政谈话\n2\t11月4日\t\t冯雪\t廉政谈话\n3\t11月18日\t\t赵磊\t谈心谈话", "!廉谈 11-04 >郑华 | 廉谈 11-04 >冯雪 | 谈心 11-18 >赵磊"],
  ["陈志强", "序号 日期 谈话人 谈话对象 形式\n1 11月4日 陈志强 郑华 廉政谈话\n2 11月4日 冯雪 廉政谈话\n3 11月18日 赵磊 谈心谈话", "!廉谈 11-04 >郑华 | 廉谈 11-04 >冯雪 | 谈心 11-18 >赵磊"],
  // 3. Near-misses: the 谈话人 above alone in a short row talked with someone not written (asked), a blank 对象 cell in a
  //    lined-up table asked, a full row, a first row with no name above asked whose.
  ["王建国", "日期 谈话人 对象 类型\n11月10日 王建国 李明 廉政谈话\n11月12日 王建国 廉政谈话", "廉谈 11-10 >李明 | 廉谈 11-12 > ?missing_counterpart"],
  ["王建国", "日期        谈话人    对象      类型\n11月10日    王建国    李明      廉政谈话\n11月12日    王建国              廉政谈话", "廉谈 11-10 >李明 | 廉谈 11-12 > ?missing_counterpart"],
  ["王建国", "日期        谈话人    对象      类型\n11月10日    王建国    李明      廉政谈话\n11月12日    王建国    孙丽      廉政谈话", "!廉谈 11-10 >李明 | 廉谈 11-12 >孙丽"],
  ["胡军", "廉政谈话登记\n序号\t谈话人\t谈话对象\t日期\n1\t\t李明\t11.20", "廉谈 11-20 >李明 ?missing_actor"],
  // 4. Papers a count makes on one day (no 「写了两遍」 remark), and the same paper told twice (the remark kept).
  ["孙丽", "11月3日报送廉政信息2篇", "!信息 11-03 > | 信息 11-03 >"],
  ["陈静", "郑部长上周三报送了本部门廉政信息2篇，调研报告也于同日报送机关纪委。", "!信息 11-25 郑华> | 信息 11-25 郑华> | 调研 11-25 郑华>"],
  ["孙丽", "11月3日报送廉政信息一篇。11月3日报送廉政信息一篇。", "!信息 11-03 > | 信息 11-03 >"],
  ["孙丽", "报送廉政信息2篇，11月3日一篇，11月12日一篇", "信息 11-03 > | 信息 11-12 >"],
  ["孙丽", "11月3日、11月12日报送廉政信息2篇", "信息 11-03 > | 信息 11-12 >"],
];
