// Round 30a (tester t30, acceptance of issue 10 on unseen messages): the kinds found, fixed by w30, each beside near-misses
// that keep their reading. Read on Mon 2026-11-30 10:00 +08:00 (the tester ran on Thu 12-03; days restated).
// Fixed: F1 a leader (or anyone) who only attended (参加/出席/列席) a 党组/专题 meeting recorded as its doer at once; F7
// 参加了X召开的分管科室会议 dropped as off topic; F2 a sentence's subject after a unit word that is no department name
// (中心何平主任 · 机关纪委黄志刚书记) made a counterpart of the sender, and a talk in a later sentence given the doer of the
// sentence before; F3 当天下午 after ；put on today, 上周五…，周一又… on the Monday before; F4 a heading's department not
// the doer of an item dated by a part of a month; F8 a bare 部长 turning to the sender (部长找我谈话了) not read.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_W_ROWS: CorpusRow[] = [
  // F1: attending a meeting is not holding it; the 党组's is its 书记's (card), another is asked whose.
  ["刘芳", "11月18日参加了党组专题会议", "!专题 11-18 张伟>"],
  ["刘芳", "11月20日出席了党组专题会议", "!专题 11-20 张伟>"],
  ["王建国", "上周五参加了党组会，专题研究党风廉政建设", "专题 11-27 > ?missing_actor"],
  ["李明", "上周三参加了党组会，专题研究党风廉政建设", "专题 11-25 > ?missing_actor"],
  // near-misses: the one who chaired it reports it, at once.
  ["张伟", "今天主持召开党组会，专题研究党风廉政建设", "专题 11-30 >"],
  ["王建国", "今天到财务科主持召开了分管科室党风廉政建设工作会议", "分管会 11-30 >"],
  // F7: 参加了X召开/主持的分管科室会议 is X's meeting, on the card; a meeting of other work stays none.
  ["陈静", "上周四参加了陈志强副理事长召开的分管科室会议", "!分管会 11-26 陈志强>"],
  ["赵磊", "11月25日参加了陈志强副理事长主持的分管部门廉政工作会议", "!分管会 11-25 陈志强>"],
  ["陈静", "上周四参加了安全生产工作会议", "-"],
  // F2: 中心/机关纪委 before 姓名+职务 is no department name; the named person is the doer.
  ["杨帆", "11月26日，中心何平主任与徐辉进行了谈心谈话", "!谈心 11-26 何平>徐辉"],
  ["王芳", "11月10日、11月24日，机关纪委黄志刚书记带队分别对康复部、维权部开展了工作纪律检查", "!作风 11-10 黄志刚> | 作风 11-24 黄志刚>"],
  ["杨帆", "11月26日赵敏带队去基地参观。同日，何平主任与徐辉进行了谈心谈话", "!谈心 11-26 何平>徐辉"],
  // near-misses: the department's full name; a deed in the sentence before; a clause with no subject of its own goes on.
  ["杨帆", "11月26日，康复中心何平主任与徐辉进行了谈心谈话", "!谈心 11-26 何平>徐辉"],
  ["杨帆", "11月26日赵敏带队去基地开展廉政教育。同日，何平主任与徐辉进行了谈心谈话", "!廉教 11-26 赵敏> | 谈心 11-26 何平>徐辉"],
  ["胡军", "11月20日张伟书记到财务科调研。随后与孙丽进行了廉政谈话", "!廉谈 11-20 张伟>孙丽"],
  // F3: 当天下午 after ；is the day before; a bare weekday after 上周五 goes on in time.
  ["刘洋", "11月18号，吴静部长组织观看警示教育片《围猎》；当天下午吴部长与刘洋进行了廉政谈话", "!警示 11-18 吴静> 《围猎》 | 廉谈 11-18 吴静>刘洋"],
  ["刘洋", "11月18号，吴静部长组织观看警示教育片《围猎》；今天上午吴部长与刘洋进行了廉政谈话", "!警示 11-18 吴静> 《围猎》 | 廉谈 11-30 吴静>刘洋"],
  ["赵敏", "上周五和王磊进行了廉政谈话，周一又和徐辉谈了心", "!廉谈 11-27 >王磊 | 谈心 11-30 >徐辉"],
  ["赵敏", "上周三和王磊进行了廉政谈话，周五又和徐辉谈了心", "!廉谈 11-25 >王磊 | 谈心 11-27 >徐辉"],
  // F4: the heading's department is the doer of an item whose day is asked, as of one whose day is given.
  ["孙杰", "中心11月份工作情况：\n1、11月中旬组织学习《中国共产党纪律处分条例》", "廉教 ? 何平> 《中国共产党纪律处分条例》 ?missing_date"],
  ["徐辉", "中心11月份工作情况：\n1、11月24日组织学习《中国共产党纪律处分条例》\n2、报送信息1篇（11月28日）", "!廉教 11-24 何平> 《中国共产党纪律处分条例》 | 信息 11-28 何平>"],
  // F8: a bare title turning to the sender is the sender's own head, as 我们部长 is.
  ["刘洋", "今天部长找我谈话了，主要提醒廉洁自律", "!廉谈 11-30 吴静>刘洋"],
  ["刘洋", "今天部长找我谈话了", "? 11-30 吴静>刘洋 ?missing_type"],
  ["王强", "昨天科长和我谈心了", "!谈心 11-29 孙丽>王强"],
  // F6: a duty meeting that also studied a rule 会上 and briefed cases is three records; the meeting keeps no study title.
  ["何平", "11月23日中心召开党风廉政建设工作会议，赵书记出席并讲话，会上集中学习了《廉洁自律准则》，并通报了近期典型案例，中心职工18人参加。", "!分管会 11-23 赵敏> #18 | 廉教 11-23 赵敏> 《廉洁自律准则》 | 警示 11-23 赵敏>"],
  ["胡军", "11月26日，王建国副理事长主持召开办公室、财务科党风廉政建设工作会议，会上集中学习了《廉洁自律准则》，并通报了近期典型案例。", "!分管会 11-26 王建国> | 廉教 11-26 王建国> 《廉洁自律准则》 | 警示 11-26 王建国>"],
  ["王芳", "11月26日上午，张伟书记主持召开党组会议，专题研究党风廉政建设工作，会上集中学习了《廉洁自律准则》。", "!专题 11-26 张伟> | 廉教 11-26 张伟> 《廉洁自律准则》"],
  // near-misses: a 组织生活会 is no duty meeting (two records, as before); a meeting's own title stays its own.
  ["胡军", "11月26日上午，机关党支部召开专题组织生活会，赵敏书记出席并讲话，会上集中学习了《廉洁自律准则》，并通报了近期典型案例。", "!廉教 11-26 赵敏> 《廉洁自律准则》 | 警示 11-26 赵敏>"],
  // F9: 两位部长 names how many were named, no head count; a count said with 参加 stays.
  ["张颖", "11月25日，刘芳副理事长主持召开组联部、康复部党风廉政建设工作会议，周涛、吴静两位部长汇报了本部门落实情况，刘芳对下一步工作提出要求。", "!分管会 11-25 刘芳>"],
  ["张颖", "11月25日，刘芳副理事长主持召开组联部、康复部党风廉政建设工作会议，两个部门8名同志参加。", "!分管会 11-25 刘芳> #8"],
  ["王芳", "11月26日，张伟书记主持召开党组会议，专题研究党风廉政建设工作，5位班子成员参加。", "!专题 11-26 张伟> #5"],
];
