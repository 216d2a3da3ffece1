// Round 16's doers (issue 10): a subject the directory cannot resolve, a sender who only sat in, doers written and asked anyway.
import type { CorpusRow } from './corpusRow.js';

export const SIXTEEN_G_ROWS: CorpusRow[] = [
  // A post with no name, or a name with a one-character slip, standing as the subject (round 16: dropped, the sender
  // stored as the doer at once): the person it names, read from the department named with it, on the card; else asked.
  ["林晓", "分管副理事长本周一到康复部与吴静同志进行了廉政谈话", "!廉谈 11-30 刘芳>吴静"],
  ["王芳", "王建囯副理事长11月20日与李明同志进行了廉政谈话", "!廉谈 11-20 王建国>李明"],
  ["胡军", "分管副理事长11月21日到财务科与孙丽进行了谈心谈话", "!谈心 11-21 王建国>孙丽"],
  ["王芳", "刘方副理事长11月18日与周涛同志进行了廉政谈话", "!廉谈 11-18 刘芳>周涛"],
  ["王芳", "分管财务科的副理事长11月20日与孙丽同志进行了廉政谈话", "!廉谈 11-20 王建国>孙丽"],
  ["胡军", "中心主任11月25日与孙杰同志进行了谈心谈话", "!谈心 11-25 何平>孙杰"],
  ["吴静", "分管副理事长11月18日与我进行了廉政谈话", "!廉谈 11-18 刘芳>吴静"],
  ["胡军", "分管领导11月26日到维权部检查了工作纪律", "!作风 11-26 陈志强>"],
  ["王芳", "王建囯同志11月18日主持召开分管科室党风廉政建设工作会议", "!分管会 11-18 王建国>"],
  ["李娟", "钱主任11月20日与王强进行了廉政谈话", "廉谈 11-20 >王强 ?ambiguous_actor"],
  ["王芳", "部长上周五与我谈心谈话", "谈心 11-27 > ?ambiguous_actor,missing_counterpart"],
  // Someone who only sat in on (列席/旁听/参加) a department's study did not hold it (round 16: stored at once as the sender's):
  // the department's, so its head's, on the card; the head sending it keeps it.
  ["林晓", "11月23日，纪检委员林晓列席组联部廉政教育专题学习会。", "!廉教 11-23 周涛>"],
  ["王芳", "11月23日，纪检干事林晓列席组联部廉政教育专题学习会。", "!廉教 11-23 周涛>"],
  ["黄志刚", "11月25日列席康复部警示教育会", "!警示 11-25 吴静>"],
  ["王芳", "11月20日旁听了财务科的廉政教育学习", "!廉教 11-20 孙丽>"],
  ["胡军", "昨天参加宣文部廉政教育专题学习", "!廉教 11-29 王磊>"],
  ["周涛", "11月23日，纪检干事林晓列席组联部廉政教育专题学习会。", "廉教 11-23 >"],
  // 该科/该部/该中心 is the department just named (round 16: 「财务科科长昨日与该科副科长…」 asked 和谁; 王强 is the only one).
  ["王芳", "财务科科长昨日与该科副科长进行了廉政谈话", "!廉谈 11-29 孙丽>王强"],
  ["胡军", "11月20日，赵敏书记到康复中心与该中心副主任徐辉进行了谈心谈话", "!谈心 11-20 赵敏>徐辉"],
  ["胡军", "11月18日，刘芳副理事长到康复部与该部部长进行了廉政谈话", "!廉谈 11-18 刘芳>吴静"],
  ["李娟", "11月20日，王建国副理事长到财务科与该科科长进行了谈心谈话", "!谈心 11-20 王建国>孙丽"],
  ["胡军", "11月18日，办公室主任与该室副主任进行了廉政谈话", "廉谈 11-18 李明> ?unknown_counterpart"],
  // The doer written before the deed in a terse line (round 16: asked whose, the sender's head offered first).
  ["胡军", "本周一 张书记 讲党课", "!党课 11-30 张伟>"],
  ["王芳", "李明主任 11.26 信息报送1篇", "!信息 11-26 李明>"],
  ["胡军", "11.27 赵书记 讲党课", "!党课 11-27 赵敏>"],
  ["王芳", "郑华部长 11.20 信息报送1篇", "!信息 11-20 郑华>"],
];
