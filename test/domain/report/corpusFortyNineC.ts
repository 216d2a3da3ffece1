// Round 49, fixer C (fvc), t51b F5 and F7: who did a unit's event.
// 1. t51b F5: 陈志强「11月份个人落实一岗双责情况：与教就部郑华、维权部冯雪各谈话1次，均为廉政谈话；参加了市残联警示教育大会。」
//    put item 3 on the card as 警示教育, doer 陈志强 (「您是参加者，组织者没能确定，暂记在您名下」): the unit's meeting counted a
//    second time, and credited to him as its organiser. 王建国「出席了市残联廉政教育专题培训班」 was even stored at once as his,
//    and 「参加了全市党风廉政建设工作会议」 asked whose 专题会议 it was. A member who only attended (参加 · 出席 · 列席 · 听了) an
//    education or a meeting the unit as a whole (市残联) or a body above it (全市 · 市纪委 · 省残联…) held did nothing the duties
//    count: no record, named in the reply (「…是参加市残联或上级统一组织的活动，不记在您名下，未记录；如需补记，请由组织部门
//    报送」), his own deeds in the same message kept (a day written before the verb kept for the clause after it).
//    Near-misses as before: 组织并参加了… · 带领科室人员参加了… · 宣文部参加了… (a subject of their own) [round 51, fzc: 宣文部参加了… is now no record too,
//    the department attending no more holding it than its head — corpusFiftyOneC], the 机关's study attended
//    (asked whose), the 党组's meeting attended (its 书记's, on the card), a department's study attended (its head's).
//    Changed: corpusThirtyD's 何平「11月25日参加了市里的廉政教育」 was 「!廉教 11-25 >」 (the city's education as his, 暂记在您名下)
//    and is 「-」 now.
// 2. t51b F7: 林晓 (纪检干事) pasting 「市残联举办廉政教育专题培训班…全体干部职工共58人参加」 was stored as hers with no note, and
//    王芳「市残联组织全体干部职工观看…」 was her head 李明's: an education the unit itself held (市残联/我会/本会 as its subject), no
//    person named as its doer, is asked whose (the 党组书记, the 机关党委书记, the leaders, then the sender if a leader or 纪检
//    officer), as round 48 ftc asks a clerk's unit deed and a 机关 study attended is; never the poster's nor their head's.
//    Near-misses: from the 党组书记 (his), with 张伟 named (his, on the card), 市残联党组 (张伟's), a department named
//    (康复中心 · 市残联办公室: its head's), 机关纪委 (asked, as before), 是我组织的 (the sender's).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_NINE_C_ROWS: CorpusRow[] = [
  // 1. Attended an event the unit or a body above held: no record, said; the sender's own deeds kept.

  ["陈志强", "11月份个人落实一岗双责情况：与教就部郑华、维权部冯雪各谈话1次，均为廉政谈话；参加了市残联警示教育大会。", "廉谈 ? >郑华 @教育就业部 ?missing_date | 廉谈 ? >冯雪 @维权部 ?missing_date"],
  ["陈志强", "11月9日与教就部郑华、11月23日与维权部冯雪各谈话1次，均为廉政谈话；11月13日参加了市残联警示教育大会。", "!廉谈 11-09 >郑华 @教育就业部 | 廉谈 11-23 >冯雪 @维权部"],
  ["陈志强", "11月13日参加了市残联警示教育大会", "-"],
  ["刘芳", "11月20日参加了全市警示教育大会", "-"],
  ["刘芳", "11月20日参加了全市党风廉政建设工作会议", "-"],
  ["王建国", "11月20日出席了市残联廉政教育专题培训班", "-"],
  ["郑华", "11月18日参加了市残联组织的廉政教育培训", "-"],
  ["王磊", "11月18日听了市纪委的廉政党课", "-"],
  ["孙丽", "11月13日参加了市残联警示教育大会，下午与王强进行了谈心谈话", "谈心 11-13 >王强 @财务科"],
  ["何平", "11月25日参加了市残联举办的廉政教育专题培训班，观看了警示教育片《警钟》。11月26日与徐辉进行了廉政谈话", "!廉谈 11-26 >徐辉 @残疾人康复中心"],
  ["吴静", "上周三参加了市纪委组织的警示教育大会，会上通报了典型案例", "-"],
  ["周涛", "11月工作：\n1. 11月10日与张颖进行了谈心谈话；\n2. 11月13日参加市残联警示教育大会；\n3. 11月20日组织部门学习《廉洁自律准则》，参加3人", "!谈心 11-10 >张颖 @组联部 | 廉教 11-20 > 《廉洁自律准则》 #3 @组联部"],
  ["赵敏", "11月24日，我参加了省残联举办的党风廉政建设专题培训", "-"],
  ["黄志刚", "昨天列席了市纪委召开的全市警示教育大会", "-"],
  ["冯雪", "11月13日上午参加市残联警示教育大会，观看了警示教育片《零容忍》", "-"],
  ["李明", "前天参加了市残联统一组织的廉政教育专题讲座", "-"],
  //    Near-misses: a subject of one's own before 参加, a 机关/党组/department event attended, a department's own watching.
  ["郑华", "11月18日组织并参加了市残联警示教育大会", "警示 11-18 > @-"],
  ["孙丽", "11月20日带领科室人员参加了市纪委警示教育大会", "警示 11-20 > @财务科"],
  ["王磊", "11月18日宣文部参加了市纪委警示教育大会", "-"],
  ["周涛", "11月20日参加了机关组织的警示教育", "警示 11-20 > @- ?missing_actor"],
  ["刘芳", "11月20日出席了党组专题会议", "!专题 11-20 张伟> @-"],
  ["吴静", "11月25日组织康复部全体人员收看了全市警示教育大会直播", "警示 11-25 > @康复部"],
  ["王建国", "11月20日参加了财务科的廉政教育专题学习", "!廉教 11-20 孙丽> @财务科"],
  // 2. The unit held it, no one named: asked whose, never the poster's.
  ["林晓", "【清风残联】市残联举办2026年度廉政教育专题培训班\n11月26日至27日，市残联举办廉政教育专题培训班，全体干部职工共58人参加。培训邀请市纪委监委干部围绕“以案为鉴、警钟长鸣”作专题辅导。", "廉教 11-26 > #58 @- ?missing_actor"],
  ["林晓", "11月26日，市残联举办廉政教育专题培训班，全体干部职工共58人参加", "廉教 11-26 > #58 @- ?missing_actor"],
  ["王芳", "11月20日市残联组织全体干部职工观看警示教育片《零容忍》，共45人参加", "警示 11-20 > 《零容忍》 #45 @- ?missing_actor"],
  ["孙杰", "11月26日，市残联举办廉政教育专题培训班，全体干部职工共58人参加", "廉教 11-26 > #58 @- ?missing_actor"],
  ["黄志刚", "11月20日市残联组织全体干部职工观看警示教育片《零容忍》，共45人参加", "警示 11-20 > 《零容忍》 #45 @- ?missing_actor"],
  ["赵敏", "11月20日市残联组织全体干部职工观看警示教育片《零容忍》，共45人参加", "警示 11-20 > 《零容忍》 #45 @- ?missing_actor"],
  ["胡军", "近日，市残联开展廉政教育，组织干部职工集中学习《中国共产党纪律处分条例》，参加40人", "廉教 ? > 《中国共产党纪律处分条例》 #40 @- ?missing_date,missing_actor"],
  ["杨帆", "我会11月18日召开警示教育大会，通报了典型案例，全体干部职工参加", "警示 11-18 > @- ?missing_actor"],
  ["张颖", "【工作动态】11月24日上午，市残联举行警示教育大会，组织观看警示教育片《围猎》，机关全体干部参加", "警示 11-24 > 《围猎》 @- ?missing_actor"],
  ["陈静", "11月25日本会开展廉政教育专题学习，学习了《廉洁自律准则》", "廉教 11-25 > 《廉洁自律准则》 @- ?missing_actor"],
  ["王强", "市残联11.27举办了廉政知识讲座 大家都参加了 共40人", "廉教 11-27 > #40 @- ?missing_actor"],
  //    Near-misses: the secretary's own, a doer named, a body or a department named, 是我组织的.
  ["张伟", "11月20日市残联组织全体干部职工观看警示教育片《零容忍》，共45人参加", "警示 11-20 > 《零容忍》 #45 @-"],
  ["林晓", "11月26日，市残联举办廉政教育专题培训班，党组书记张伟作动员讲话，全体干部职工共58人参加", "!廉教 11-26 张伟> #58 @-"],
  ["王芳", "11月20日市残联党组组织全体干部职工观看警示教育片《零容忍》，共45人参加", "!警示 11-20 张伟> 《零容忍》 #45 @-"],
  ["孙杰", "11月20日康复中心组织全体职工观看警示教育片，参加15人", "!警示 11-20 何平> #15 @残疾人康复中心"],
  ["林晓", "11月26日，机关纪委举办廉政教育专题培训班，全体干部职工共58人参加", "廉教 11-26 > #58 @- ?missing_actor"],
  ["赵磊", "11月20日市残联组织观看警示教育片，是我组织的，参加40人", "警示 11-20 > #40 @-"],
  ["王芳", "11月20日市残联办公室组织全体干部观看警示教育片《零容忍》，共45人参加", "!警示 11-20 李明> 《零容忍》 #45 @办公室"],
];
