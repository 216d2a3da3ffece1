// Found by the testers of round 38 (t38b F3, F7), fixed in round 39 by fld. 「…11.23 陈志强副理事长来我部开展廉正谈话，对象为本人」
// asked 「陈志强是和谁谈的？」 (the one talked to given as a label, the sender); 「宣文部本周工作：…周二 与杨帆谈心谈话」 from 杨帆
// dropped her own name written in the third person and asked 和谁, the talk left with no doer. Now a labelled 对象为本人 ·
// 谈话对象：本人 · 对象是我 · 被谈话人为本人 is the sender (first of several when 本人和X); a talk with the sender (by name,
// 我 or 本人) under the sender's department's heading is its head's; with no doer at all, the sender is the one talked to
// and who talked is asked. Read on Mon 2026-11-30 10:00 +08:00, as every row.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_NINE_D_ROWS: CorpusRow[] = [
  // 1. The one talked to given as a label naming the sender (t38b F3): the leader's talk with the sender, for 确认.
  ["郑华", "教就部11月台帐\n11.2  与陈静谈心谈话\n11.9  组织观看警式教育片《迷失》，参加2人\n11.16 向党组报送廉政信息1篇\n11.23 陈志强副理事长来我部开展廉正谈话，对象为本人", "!谈心 11-02 >陈静 | 警示 11-09 > 《迷失》 #2 | 信息 11-16 > | 廉谈 11-23 陈志强>郑华"],
  ["郑华", "11月23日陈志强副理事长来我部开展廉政谈话，谈话对象：本人", "!廉谈 11-23 陈志强>郑华"],
  ["郑华", "11月23日陈志强副理事长来我部开展廉政谈话，对象是我", "!廉谈 11-23 陈志强>郑华"],
  ["冯雪", "11月24日赵敏书记到维权部开展廉政提醒谈话，谈话对象为本人", "!廉谈 11-24 赵敏>冯雪"],
  ["何平", "11.20 刘芳副理事长到中心开展节前廉政谈话，对象：本人", "!廉谈 11-20 刘芳>何平"],
  ["孙丽", "11月18日，王建国副理事长开展了谈心谈话，对象为本人。", "!谈心 11-18 王建国>孙丽"],
  ["吴静", "11月26日，刘芳副理事长来康复部调研，并开展了任前廉政谈话，被谈话人为本人", "!廉谈 11-26 刘芳>吴静"],
  // 1. The sender first among several labelled: each one talked to (本人和陈静 kept only 陈静).
  ["郑华", "11月23日陈副理事长来我部开展廉政谈话，对象为本人和陈静", "!廉谈 11-23 陈志强>郑华 | 廉谈 11-23 陈志强>陈静"],
  ["周涛", "上周三刘芳副理事长到组联部开展廉政谈话，谈话对象为本人及张颖同志", "!廉谈 11-25 刘芳>周涛 | 廉谈 11-25 刘芳>张颖"],
  // 1. No doer named: the sender talked to, who talked asked (never a talk of the sender with no one).
  ["郑华", "11月23日开展廉政谈话，对象为本人", "廉谈 11-23 >郑华 ?missing_actor"],
  ["王芳", "11月25日 廉政提醒谈话 谈话对象：本人", "廉谈 11-25 >王芳 ?missing_actor"],
  // 1. Near-misses that keep their reading: no one named (和谁 asked, the sender offered), another named by the label,
  //    the sender's unit as a group, the sender's own talk with a label of a kind of people, 与本人.
  ["郑华", "11月23日陈志强副理事长来我部开展廉政谈话", "廉谈 11-23 陈志强> ?missing_counterpart"],
  ["郑华", "11月23日陈志强副理事长开展廉政谈话，对象为陈静", "!廉谈 11-23 陈志强>陈静"],
  ["郑华", "11月23日陈志强副理事长来我部宣讲，对象为本人所在部门全体干部", "? 11-23 陈志强> ?missing_type"],
  ["郑华", "11月23日我与陈静开展廉政谈话，对象为新入职人员", "廉谈 11-23 >陈静"],
  ["郑华", "11月23日开展谈心谈话，对象为本部门科员", "谈心 11-23 > ?missing_counterpart"],
  ["郑华", "11月23日陈志强副理事长与本人进行了廉政谈话", "!廉谈 11-23 陈志强>郑华"],
  ["周涛", "11月20日与张颖开展谈心谈话，对象为本部门科员张颖", "谈心 11-20 >张颖"],
  // 2. The sender's own name (or 我) as the one talked to under the sender's department's heading (t38b F7): the head's talk.
  ["杨帆", "宣文部上周工作：\n周一 王磊部长带领部门同志学习《中国共产党廉洁自律准则》\n周二 与杨帆谈心谈话\n周三 报送廉政信息1篇", "!廉教 11-23 王磊> 《中国共产党廉洁自律准则》 | 谈心 11-24 王磊>杨帆 | 信息 11-25 王磊>"],
  ["杨帆", "宣文部11月工作台账：\n11月3日 组织全体人员观看警示教育片\n11月10日 与杨帆同志开展谈心谈话\n11月17日 报送廉政信息1篇", "!警示 11-03 王磊> | 谈心 11-10 王磊>杨帆 | 信息 11-17 王磊>"],
  ["杨帆", "宣文部11月工作台账：\n11月10日 与我开展谈心谈话", "!谈心 11-10 王磊>杨帆"],
  ["李娟", "财务科11月工作情况：\n11月12日 与李娟进行廉政谈话\n11月19日 开展专项资金自查", "!廉谈 11-12 孙丽>李娟 | 自查 11-19 孙丽>"],
  ["陈静", "教育就业部11月台账：\n11.5 与陈静谈心谈话\n11.12 开展廉政风险点自查", "!谈心 11-05 郑华>陈静 | 自查 11-12 郑华>"],
  ["张颖", "组联部11月工作：\n1. 11月6日组织学习《中国共产党纪律处分条例》\n2. 11月13日与张颖、刘洋进行谈心谈话", "!廉教 11-06 周涛> 《中国共产党纪律处分条例》 | 谈心 11-13 周涛>张颖 | 谈心 11-13 周涛>刘洋"],
  ["胡军", "办公室11月份台账\n11月4日 与胡军同志进行廉政提醒谈话\n11月18日 组织观看警示教育片《围猎》", "!廉谈 11-04 李明>胡军 | 警示 11-18 李明> 《围猎》"],
  // 2. No heading and no doer: the sender talked to, who talked asked (before: 和谁 asked, the sender's name refused).
  ["杨帆", "11月27日与杨帆谈心谈话", "谈心 11-27 >杨帆 ?missing_actor"],
  ["李娟", "上周五和李娟进行了廉政谈话", "廉谈 11-27 >李娟 ?missing_actor"],
  // 2. Near-misses that keep their reading: the doer named, someone else talked with (the sender's own talk), the head
  //    writing, the head named as the one talked with (turned round), the head's own heading, no talk at all.
  ["杨帆", "11月27日王磊部长与杨帆同志谈心谈话", "!谈心 11-27 王磊>杨帆"],
  ["杨帆", "宣文部11月工作台账：\n11月10日 与陈静谈心谈话", "谈心 11-10 >陈静"],
  ["王磊", "宣文部11月工作台账：\n11月10日 与杨帆谈心谈话", "谈心 11-10 >杨帆"],
  ["杨帆", "宣文部11月工作台账：\n11月10日 与王磊部长谈心谈话", "!谈心 11-10 王磊>杨帆"],
  ["杨帆", "11月27日与王磊部长谈心谈话", "!谈心 11-27 王磊>杨帆"],
  ["李娟", "财务科11月工作情况：\n11月12日 与王强进行廉政谈话", "廉谈 11-12 >王强"],
  ["孙丽", "财务科11月工作情况：\n11月12日 与李娟进行廉政谈话", "廉谈 11-12 >李娟"],
  ["杨帆", "宣文部11月工作台账：\n11月10日 杨帆同志参加廉政知识测试", "廉教 11-10 > ?missing_actor"],
];
