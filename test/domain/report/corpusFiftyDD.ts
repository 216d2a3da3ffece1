// Round 50, fixer DD (fyd), fxc's left-alone (t52a F6's kind): 「今天和办公室李明主任进行了谈心谈话 孙丽也来了 我们聊了很久」
// was two 谈心谈话, with 李明 and with 孙丽: a bystanders' clause (孙丽也来了) parted by spaces on both sides was read with
// what followed it (我们聊了很久), so it no longer looked like a clause of who came, and 孙丽 was made a second person talked
// to. Now the space after the bystanders' words closes their clause as a comma would, whatever follows (聊了很久 · 谈得很深入
// · 签完拍了照 · 效果不错); the companion is named on the record's note. Near-misses: 孙丽也谈了 · 我也和孙丽谈了心 (she was
// talked to too) and a space inside a list of those talked to (和王芳 胡军) stay as they were.
// fxa's left-alone: 「上周我部形成调研报告1篇」 was not a report (dropped silently): a paper said written (形成 · 撰写 · 起草)
// named no deed without an exact day. Now it is the unit's paper: the head's own when the head says it, the head's on the
// card (代为上报) when a clerk does (as 我部报送 was; 11月25日我部形成… from a clerk was the clerk's own at once), the day
// asked when vague (上周 · 近期 · 本周). Near-misses: 下周… · 要求各部门形成… · 我部将于12月形成… stay not reports.
// Round 51 (fzc): 上周我部形成/报送… from a clerk was still the clerk's (a span before 我部 broke the subject); now the head's,
// and the rows of 张颖 and 胡军 changed so (corpusFiftyOneC).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_DD_ROWS: CorpusRow[] = [
  // Kind 3: 也来了 trailers.
  ["王建国", "今天和办公室李明主任进行了谈心谈话 孙丽也来了 我们聊了很久", "谈心 11-30 >李明 @办公室"],
  ["王建国", "今天和办公室李明主任进行了谈心谈话，孙丽也来了 我们聊了很久", "谈心 11-30 >李明 @办公室"],
  ["王建国", "今天和办公室李明主任进行了谈心谈话 孙丽也来了 大家聊得很好", "谈心 11-30 >李明 @办公室"],
  ["刘芳", "昨天找周涛谈心谈话 吴静也来了 我们聊了很久", "谈心 11-29 >周涛 @组联部"],
  ["刘芳", "11月27日与康复部吴静部长开展廉政谈话 刘洋也来了 谈得很深入", "廉谈 11-27 >吴静 @康复部"],
  ["陈志强", "上周五和郑华谈了心 冯雪后来也到了 聊到很晚", "谈心 11-27 >郑华 @教育就业部"],
  ["王建国", "今天上午与李明进行谈心谈话，孙丽也来了 大家都很坦诚", "谈心 11-30 >李明 @办公室"],
  ["张伟", "今天和王建国同志进行了廉政谈话 赵敏也来了 谈了一个小时", "廉谈 11-30 >王建国 @-"],
  ["赵敏", "昨天与王磊签订了党风廉政建设责任书 杨帆也来了 签完拍了照", "签责 11-29 >王磊 @宣文部"],
  ["王建国", "今天和财务科孙丽科长进行廉政谈话 王强 李娟也来了 效果不错", "廉谈 11-30 >孙丽 @财务科"],
  ["何平", "昨天找孙杰谈心 徐辉也过来了 聊了挺久", "谈心 11-29 >孙杰 @残疾人康复中心"],
  ["王建国", "昨天找刘洋谈心 吴静部长也来了 效果很好", "谈心 11-29 >刘洋 @康复部"],
  ["王建国", "昨天和李明签了责任书 孙丽也来了 签完一起吃了饭", "签责 11-29 >李明 @办公室"],
  ["王建国", "今天和李明谈心谈话，孙丽也参加了 大家谈得很坦诚", "谈心 11-30 >李明 @办公室"],
  // Left as before: she was talked to too; a space inside the list of those talked to.
  ["王建国", "今天和李明谈心 孙丽也谈了", "谈心 11-30 >李明 @办公室 | 谈心 11-30 >孙丽 @财务科"],
  ["王建国", "今天和李明谈心谈话，孙丽也来了，我也和孙丽谈了心", "!谈心 11-30 >李明 @办公室 | 谈心 11-30 >孙丽 @财务科"],
  ["王建国", "今天和王芳 胡军进行了廉政谈话 效果很好", "廉谈 11-30 >王芳 @办公室 | 廉谈 11-30 >胡军 @办公室"],
  ["王建国", "今天和办公室李明主任进行了谈心谈话，孙丽也来了，我们聊了很久", "谈心 11-30 >李明 @办公室"],
  // Kind 2: papers of the sender's unit said plainly.
  ["周涛", "上周我部形成调研报告1篇", "调研 ? > @组联部 ?missing_date"],
  ["周涛", "我部形成调研报告1篇", "调研 ? > @组联部 ?missing_date"],
  ["周涛", "本周组联部形成调研报告1篇", "调研 ? > @组联部 ?missing_date"],
  ["孙丽", "上周本科室撰写自查报告1份", "自查 ? > @财务科 ?missing_date"],
  ["孙丽", "本科室撰写自查报告1份", "自查 ? > @财务科 ?missing_date"],
  ["冯雪", "近期本部门形成自查报告1份", "自查 ? > @维权部 ?missing_date"],
  ["郑华", "上周五我部起草调研报告一篇", "调研 11-27 > @教育就业部"],
  ["郑华", "11月20日我部撰写调研报告一篇", "调研 11-20 > @教育就业部"],
  ["张颖", "上周我部形成调研报告1篇", "调研 ? 周涛> @组联部 ?missing_date"],
  ["张颖", "近期我部撰写调研报告1篇", "调研 ? 周涛> @组联部 ?missing_date"],
  ["张颖", "11月25日我部形成调研报告1篇", "!调研 11-25 周涛> @组联部"],
  ["张颖", "上周我部报送调研报告1篇", "调研 ? 周涛> @组联部 ?missing_date"],
  ["胡军", "上周我们部门形成调研报告1篇", "调研 ? 李明> @办公室 ?missing_date"],
  ["李娟", "本科室上周撰写自查报告1份", "自查 ? 孙丽> @财务科 ?missing_date"],
  // Left as before: plans and requests are no reports.
  ["周涛", "下周我部形成调研报告1篇", "-"],
  ["周涛", "要求各部门形成调研报告1篇", "-"],
  ["周涛", "我部将于12月形成调研报告1篇", "-"],
  ["周涛", "11月20日组联部报送调研报告1份", "调研 11-20 > @组联部"],
];
