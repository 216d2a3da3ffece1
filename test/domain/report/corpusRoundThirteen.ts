// Kinds read wrong on the tester's round-13 messages (issue 10), in messages of our own.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_THIRTEEN_ROWS: CorpusRow[] = [
  // Part of a month (11月下旬, 月初, 本月中旬, 11月底) is a vague day, asked; the one named before it stays the doer
  // (round 13: the doer recorded as a counterpart of the sender, the day asked twice).
  ["胡军", "陈志强副理事长11月下旬和冯雪进行了廉政谈话", "!廉谈 ? 陈志强>冯雪 ?missing_date"],
  ["李娟", "孙科长月初跟王强谈心谈话了", "!谈心 ? 孙丽>王强 ?missing_date"],
  ["胡军", "刘芳副理事长本月中旬同周涛签了责任书", "!签责 ? 刘芳>周涛 ?missing_date"],
  ["王芳", "王建国副理事长11月底和李明进行了廉政谈话", "!廉谈 ? 王建国>李明 ?missing_date"],
  // 我 at the end of a list of those someone else signed or talked with is the sender (round 13: dropped silently).
  ["李娟", "孙科长11-28跟王强、我签了廉政承诺书", "!签责 11-28 孙丽>李娟 | 签责 11-28 孙丽>王强"],
  ["王强", "王副理事长11月20日与孙丽、李明和我签订了党风廉政建设责任书", "!签责 11-20 王建国>王强 | 签责 11-20 王建国>孙丽 | 签责 11-20 王建国>李明"],
  ["刘洋", "吴部长上周三跟张颖、我签订了责任书", "!签责 11-25 吴静>刘洋 | 签责 11-25 吴静>张颖"],
  ["张颖", "周部长昨天同刘洋、我进行了谈心谈话", "!谈心 11-29 周涛>张颖 | 谈心 11-29 周涛>刘洋"],
  // A 《》 in the purpose clause (为深入学习贯彻《…》，) is what the deed serves, not its title when it has its own
  // (round 13: 《中国共产党纪律处分条例、严守纪律规矩 永葆清廉本色》 recorded).
  ["王芳", "为深入学习贯彻《中国共产党纪律处分条例》，10月28日，机关党委书记赵敏以“严守纪律规矩 永葆清廉本色”为题，为机关全体党员讲授廉政党课，参加党员三十二人。", "!党课 10-28 赵敏> 《严守纪律规矩 永葆清廉本色》 #32"],
  ["胡军", "为深入贯彻《关于新形势下党内政治生活的若干准则》，11月25日，张伟书记以“守住廉洁底线”为题讲授廉政党课", "!党课 11-25 张伟> 《守住廉洁底线》"],
  ["胡军", "为进一步学习贯彻《中国共产党廉洁自律准则》，11月18日，组织全体党员观看警示教育片《蜕变》", "警示 11-18 > 《蜕变》 ?missing_actor"],
  ["赵敏", "为学习《条例》，上周五给机关党员讲了一堂廉政党课，题目是知敬畏守底线", "党课 11-27 > 《知敬畏守底线》"],
  // With no title of its own, the one the purpose clause names is what was studied.
  ["王磊", "为学习贯彻《中国共产党纪律处分条例》，11月12日组织部门党员开展专题学习", "廉教 11-12 > 《中国共产党纪律处分条例》"],
  // A bare 刚 before the deed is today (round 13: the day asked); not the 刚 that ends 黄志刚's name.
  ["赵敏", "刚和何平、王磊谈完,谈心谈话", "谈心 11-30 >何平 | 谈心 11-30 >王磊"],
  ["孙丽", "我刚跟王强签了责任书", "签责 11-30 >王强"],
  ["周涛", "刚才和张颖谈好了，廉政谈话", "廉谈 11-30 >张颖"],
  ["王强", "黄志刚和我谈了廉政谈话", "!廉谈 ? 黄志刚>王强 ?missing_date"],
  // 查了 + a discipline (工作纪律, 考勤) is a 作风纪律检查; 去 a department is going there; two who went, of different rank: the
  // higher-ranking led it, one record (round 13: 未记录; with 检查了, asked who led).
  ["王芳", "黄书记和林晓11月26号去维权部查了工作纪律", "!作风 11-26 黄志刚>"],
  ["胡军", "林晓和黄书记上周四去财务科抽查了考勤", "!作风 11-26 黄志刚>"],
  ["王芳", "黄书记11月26号去维权部检查了工作纪律", "!作风 11-26 黄志刚>"],
  ["林晓", "昨天去财务科查了考勤", "!作风 11-29 >"],
  ["王芳", "黄书记和林晓11月26号去了维权部，查了工作纪律", "!作风 11-26 黄志刚>"],
  // 条例 or 准则 studied, named without 《》, is a 廉政教育 with that title, for a tap (which 条例 only the member
  // knows); part of a month is no day (round 13: 没看懂).
  ["李明", "月初学了条例", "!廉教 ? > 《条例》 ?missing_date"],
  ["王磊", "11月3日学了条例", "!廉教 11-03 > 《条例》"],
  ["孙丽", "上周三组织科里学习了准则", "!廉教 11-25 > 《准则》"],
  // The departments a 分管科室会议 lists as attending are all on its record (their departments are checked in
  // meetingDepartments.test.ts; round 13: the second dropped and flagged).
  ["胡军", "11月24日，王建国副理事长主持召开分管科室党风廉政建设工作会议，办公室、财务科负责人参加。会议传达了市纪委全会精神，王建国强调，要压紧压实“一岗双责”，抓好年底廉政风险防控。", "!分管会 11-24 王建国>"],
  ["王建国", "昨天召开分管科室会议，办公室和财务科负责人参加", "分管会 11-29 >"],
  ["王芳", "11月18日，陈志强副理事长召开分管部门党风廉政建设工作会议，教育就业部、维权部负责同志参加", "!分管会 11-18 陈志强>"],
];
