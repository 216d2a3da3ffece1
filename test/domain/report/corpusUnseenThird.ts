// Kinds read wrong on unseen messages in the tester's fifth round of issue 10 and after, each written fresh in several variants.
// Each row: sender, message, and what the bot must do with it (see corpusRow.ts for the notation); days are read on Monday 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const UNSEEN_THIRD_ROWS: CorpusRow[] = [
  // A department's own 党风廉政建设 meeting, named by a short form (中心/部里/我们科/本部门) after a day, attended by its
  // 分管领导 (出席/参加/到会, with or without 并讲话), is that leader's 分管科室会议; attended by a leader who does not
  // supervise it, its type is asked, never a 分管 credit (found by the tester, round 5: 专题会议).
  ["徐辉", "11月23日中心召开党风廉政建设工作会议，赵敏书记出席", "!分管会 11-23 赵敏>"],
  ["孙杰", "11月16日中心召开党风廉政建设专题会议，赵敏书记参加", "!分管会 11-16 赵敏>"],
  ["刘洋", "11月23日部里召开党风廉政建设工作会议，刘芳副理事长参加", "!分管会 11-23 刘芳>"],
  ["李娟", "11月20日我们科召开党风廉政建设工作会议，王建国副理事长到会", "!分管会 11-20 王建国>"],
  ["陈静", "上周五本部门召开党风廉政建设工作会议，陈志强副理事长出席", "!分管会 11-27 陈志强>"],
  ["赵磊", "昨天部里召开了党风廉政建设会议，陈志强副理事长到会指导", "!分管会 11-29 陈志强>"],
  ["何平", "11月23日中心召开党风廉政建设工作会议，赵敏书记出席", "!分管会 11-23 赵敏>"],
  ["徐辉", "11月9日中心组织参观廉政教育基地，11月23日中心召开党风廉政建设工作会议，赵敏书记出席", "!警示 11-09 何平> | 分管会 11-23 赵敏>"],
  ["徐辉", "11月23日中心召开党风廉政建设工作会议，刘芳副理事长出席", "? 11-23 刘芳> ?missing_type"],
  ["李娟", "11月20日科里召开党风廉政建设工作会议，张伟书记出席", "? 11-20 张伟> ?missing_type"],
  // Several departments as the subject of one deed (联合/分别): one record per department, its head's, or its 分管领导's
  // meeting; a joint meeting of two departments with one 分管领导 is one meeting (found: only the first was stored).
  ["王芳", "11月23日财务科、办公室联合召开党风廉政建设工作会议，王建国副理事长出席", "!分管会 11-23 王建国>"],
  ["王芳", "11月23日财务科、组联部联合召开党风廉政建设工作会议，王建国副理事长、刘芳副理事长出席", "!分管会 11-23 王建国> | 分管会 11-23 刘芳>"],
  ["王芳", "11月23日财务科和组联部分别召开党风廉政建设工作会议", "? 11-23 孙丽> ?missing_type | ? 11-23 周涛> ?missing_type"],
  ["王芳", "11月23日财务科、办公室联合开展廉政教育", "!廉教 11-23 孙丽> | 廉教 11-23 李明>"],
  ["李明", "11月23日财务科、办公室联合组织观看警示教育片《蜕变》，参加15人", "!警示 11-23 孙丽> 《蜕变》 #15 | 警示 11-23 > 《蜕变》 #15"],
  ["张颖", "11月18日组联部和康复部分别组织学习《廉洁自律准则》", "!廉教 11-18 周涛> 《廉洁自律准则》 | 廉教 11-18 吴静> 《廉洁自律准则》"],
  ["孙杰", "11月23日办公室和财务科分别开展了自查", "!自查 11-23 李明> | 自查 11-23 孙丽>"],
  ["林晓", "11月25日，维权部、教育就业部联合开展警示教育，观看《围猎》", "!警示 11-25 冯雪> 《围猎》 | 警示 11-25 郑华> 《围猎》"],
  // A talk of no named type whose purpose is a reminder, clean conduct or discipline is a 廉政谈话 (confirmed); one of no
  // such purpose is asked its type (found by the tester, round 5: asked needlessly).
  ["王磊", "今天和杨帆谈话，提醒其廉洁过节", "!廉谈 11-30 >杨帆"],
  ["孙丽", "昨天找王强谈话，就遵守财经纪律进行了提醒", "!廉谈 11-29 >王强"],
  ["孙丽", "昨天找王强谈了谈，主要是提醒他节日期间注意廉洁自律", "!廉谈 11-29 >王强"],
  ["吴静", "11月26日与刘洋谈话，提醒其严守工作纪律", "!廉谈 11-26 >刘洋"],
  ["孙丽", "昨天与李娟谈话，了解思想动态", "? 11-29 >李娟 ?missing_type"],
  // 聊了聊 / 谈了谈 / 交流了一下 / 沟通 with someone is a talk, its type asked, also when the person is unknown.
  ["王磊", "今天和杨帆聊了聊", "? 11-30 >杨帆 ?missing_type"],
  ["王磊", "今天和张三聊了聊", "? 11-30 > ?missing_type,unknown_counterpart"],
  ["王磊", "今天和杨帆交流了一下", "? 11-30 >杨帆 ?missing_type"],
  ["王磊", "今天跟杨帆沟通了一下思想", "? 11-30 >杨帆 ?missing_type"],
  ["郑华", "昨天和陈静谈了谈", "? 11-29 >陈静 ?missing_type"],
  // A check or a talk done by the sender and someone named together: the higher-ranking one did it (黄书记和我… → 黄志刚),
  // the other went along and is no one talked to (found by the tester, round 5: asked who led).
  ["林晓", "黄书记和我11月27日对财务科进行了作风纪律检查", "!作风 11-27 黄志刚>"],
  ["林晓", "11月27日我和黄书记对财务科进行了作风纪律检查", "!作风 11-27 黄志刚>"],
  ["王芳", "11月27日王建国副理事长和我到财务科开展了专项资金检查", "!资金 11-27 王建国>"],
  ["王芳", "11月27日张书记和我一起与李明进行了廉政谈话", "!廉谈 11-27 张伟>李明"],
  ["王强", "今天孙科长和我一起找李娟进行了谈心谈话", "!谈心 11-30 孙丽>李娟"],
  ["孙丽", "今天我和王强一起找李娟谈了谈", "? 11-30 >李娟 ?missing_type"],
  ["王芳", "今天李明和我一起观看了警示教育片", "警示 11-30 >"],
  // A deed sentence ending as a question (吧/呢/没有/没) is a question, not a report (moved from the chat side to the gate).
  ["张伟", "廉政谈话都谈完了吧", "-"],
  ["张伟", "今天和李明谈话了没有", "-"],
  ["刘芳", "分管科室会议开了没", "-"],
  ["刘芳", "11月20日开了分管科室会议了吧", "-"],
  ["孙丽", "昨天和王强进行了廉政谈话吧", "-"],
];
