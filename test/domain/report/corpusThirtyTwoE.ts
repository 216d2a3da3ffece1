// Round 32a's kinds (helper m2, issue 10), found by the tester 32a and the coordinator's probe on main; read on Mon
// 2026-11-30 10:00 +08:00: whose a subjectless whole-group deed is, a counted deed beside a 统计 item, and numbered
// sub-headings folded onto one line (plan headings among them).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_TWO_E_ROWS: CorpusRow[] = [
  // Kind 1 (F2). A subjectless deed of a whole group (全体职工/全体党员/全体人员 赴/到/前往…参观学习), no 组织 said, is the
  // unit's: the unit named in the heading or before the group → its head, on the card; no unit found and a sender who
  // heads nothing → asked whose (was: proposed as the 医师's or the 科员's own).
  ["孙杰", "中心11月工作：\n1. 11月12日全体职工到市廉政教育基地参观学习\n2. 11月19日何平主任与徐辉进行了廉政谈话", "!廉教 11-12 何平> | 廉谈 11-19 何平>徐辉"],
  ["孙杰", "11月18日中心全体职工赴廉政教育基地参观学习", "!廉教 11-18 何平>"],
  ["王芳", "11月17日中心全体职工赴廉政教育基地参观学习", "!廉教 11-17 何平>"],
  ["刘洋", "康复部11月工作：\n1. 11月6日全体人员前往市廉政教育基地参观学习", "!廉教 11-06 吴静>"],
  ["李娟", "11月18日全体党员到廉政教育基地参观学习", "!廉教 11-18 > ?missing_actor"],
  ["李娟", "11月20日科室全体人员集中观看警示教育片《围猎》", "!警示 11-20 孙丽> 《围猎》"],
  // Near-misses: a head and a member who says they went along keep their own (on the card as before); a deputy head is a
  // member since round 36 (ffc), asked whose as a clerk is.
  ["周涛", "11月18日全体党员到廉政教育基地参观学习", "!廉教 11-18 >"],
  ["徐辉", "11月18日全体职工赴廉政教育基地参观学习", "!廉教 11-18 > ?missing_actor"],
  ["孙杰", "11月18日我随何平主任参加了机关组织的廉政教育基地参观学习", "!廉教 11-18 >"],
  // Kind 2 (F4). A dayless deed counted done (与杨帆同志开展廉政谈话一次) beside an unrelated 统计 item is a deed, its day
  // asked (was: dropped as 「第N条是一个问题」). Near-misses: a progress question or a count asked stays no report.
  ["王磊", "宣文部11月份主要工作如下：组织全体干部学习《中国共产党纪律处分条例》；与杨帆同志开展廉政谈话一次；完成年度宣传资料汇总统计。", "廉教 ? > 《中国共产党纪律处分条例》 ?missing_date | 廉谈 ? >杨帆 ?missing_date"],
  ["孙丽", "本月完成情况：与王强开展廉政谈话一次，还差李娟一次", "-"],
  ["周涛", "统计一下本月开展谈话几次", "-"],
  // Kind 3. Numbered sub-headings (一、学习教育。 二、谈心谈话。) folded onto one line, or alone over their lines, are headings,
  // never records (was: 「二、谈心谈话。」 a talk of no one beside the real one); an untyped study under 学习教育 is still asked
  // its type. Near-miss: a one-line list of numbered deeds stays two deeds.
  ["何平", "中心党支部11月党风廉政建设情况：一、学习教育。11月6日组织全体职工学习《中华人民共和国监察法》，参加26人。二、谈心谈话。支部书记何平与中心副主任徐辉开展了谈心谈话（11月13日）。三、监督检查。11月20日对中心医疗耗材采购进行了专项检查。", "!廉教 11-06 > 《中华人民共和国监察法》 #26 | 谈心 11-13 >徐辉 | 作风 11-20 >"],
  ["吴静", "康复部11月党风廉政建设情况：\n一、学习教育\n11月9日组织全体人员学习《中华人民共和国公职人员政务处分法》，参加9人。\n二、谈心谈话\n11月16日与刘洋开展了谈心谈话。", "!廉教 11-09 > 《中华人民共和国公职人员政务处分法》 #9 | 谈心 11-16 >刘洋"],
  ["黄志刚", "11月工作：1、11月5日对财务科开展专项资金检查。2、11月12日到康复部检查考勤。", "!资金 11-05 > | 作风 11-12 >"],
  // A folded plan heading (（三）下一步打算。12月…) heads its plans as 下一步打算：… does (was: the plan asked its day).
  ["孙丽", "财务科11月小结：（一）廉政谈话。11月3日与王强进行廉政谈话。（二）签订责任书。11月10日与李娟签订承诺书。（三）下一步打算。12月开展警示教育。", "!廉谈 11-03 >王强 | 签责 11-10 >李娟"],
  ["王磊", "本月工作：一、廉政谈话。11月5日与杨帆谈了。二、警示教育。11月12日组织观看了《围猎》。", "!廉谈 11-05 >杨帆 | 警示 11-12 > 《围猎》"],
  // Minors A01 and A26: what a meeting asked of others is its content (no plan note: meetingAskedClauses.test.ts); 到科室
  // from a member is their department (ownUnitVisited.test.ts). The rows keep their records.
  ["王芳", "【工作动态】11月27日下午，党组书记、理事长张伟同志主持召开党组会议，专题研究部署年终党风廉政建设考核工作，班子成员参加会议。会议要求，各部室要对照责任清单逐项梳理，确保12月底前全面完成。", "!专题 11-27 张伟>"],
  ["孙丽", "财务科本月廉政工作：\n（一）11月11日组织科室人员学习《会计法》，参加5人；\n（二）11月19日，王建国副理事长到科室检查廉政风险防控工作。", "? 11-11 > 《会计法》 #5 ?missing_type | ? 11-19 王建国> ?missing_type"],
];
