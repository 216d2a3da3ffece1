// Round 33a's fault 3 and minor 6e (tester t33a, issue 10), fixed on branch s3. Read on Mon 2026-11-30 10:00 +08:00 (the
// tester's days restated). Kinds: cases told or dissected with words between the verb and the cases (通报了两起违反中央八项
// 规定精神典型案例 · 剖析了…等3起典型问题 · 通报了两起违纪违法案例 · 解剖了…违纪违法案件) are a 警示教育 beside the study or
// meeting they were part of, as 通报了两起典型案例 said adjacent already was — never dropped, never the study's type; a
// bare 中心 as the subject of a deed (中心组织… · 中心于…召开…) is the 中心 holding it, never 中心组, and its head's record
// when another sends it. The departments these records carry are asserted in organisingDepartment.test.ts.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_THREE_F_ROWS: CorpusRow[] = [
  // 1. (A05, P11) A qualifier between the count and 典型案例, at a 分管科室 meeting with a study: three records.
  ["刘芳", "11月26日，我主持召开分管部门党风廉政建设工作会议，组联部、康复部负责人参加，会上学习了《中国共产党纪律处分条例》，并通报了两起违反中央八项规定精神典型案例。", "!分管会 11-26 > | 廉教 11-26 > 《中国共产党纪律处分条例》 | 警示 11-26 >"],
  ["刘芳", "11月26日主持召开分管部门党风廉政建设工作会议，会上学习了《廉洁自律准则》，通报了近期查处的3起违规收送礼品礼金典型案例。", "!分管会 11-26 > | 廉教 11-26 > 《廉洁自律准则》 | 警示 11-26 >"],
  ["赵敏", "11月24日到宣文部参加部门党风廉政建设工作会议，会上学习了《中国共产党纪律处分条例》，并通报了违规吃喝、违规收送礼品等3起典型问题。", "!分管会 11-24 > | 廉教 11-24 > 《中国共产党纪律处分条例》 | 警示 11-24 >"],
  // 2. A department's own meeting: the cases with words between are the warning beside the study (was: the study's type asked).
  ["冯雪", "11月23日维权部召开党风廉政建设工作会议，会上集中学习了《廉洁自律准则》，并通报了省纪委公开曝光的5起违反中央八项规定精神问题。", "!廉教 11-23 > 《廉洁自律准则》 | 警示 11-23 >"],
  // 3. A study and cases briefed after it, no meeting (was: the study recorded at once, the cases lost silently or in a note).
  ["王磊", "11月20日组织部门干部学习《廉洁自律准则》，并通报了两起违纪违法案例。", "!廉教 11-20 > 《廉洁自律准则》 | 警示 11-20 >"],
  ["周涛", "11月19日组织组联部全体人员学习《廉洁自律准则》，剖析了身边发生的两起违反工作纪律典型案例。", "!廉教 11-19 > 《廉洁自律准则》 | 警示 11-19 >"],
  ["郑华", "11月17日组织教育就业部党员学习《廉洁自律准则》，通报了违规吃喝、公款旅游等4起典型问题。", "!廉教 11-17 > 《廉洁自律准则》 | 警示 11-17 >"],
  ["黄志刚", "11月16日组织机关纪检干部学习《中国共产党纪律处分条例》，并解剖了两起发生在身边的违纪违法案件。", "!廉教 11-16 > 《中国共产党纪律处分条例》 | 警示 11-16 >"],
  // A study of a law (its kind asked) keeps the cases beside it as their own warning.
  ["吴静", "11月18日组织康复部学习《中华人民共和国监察法》，通报了市纪委近期查处的3起医疗领域违纪违法问题。", "!廉教 11-18 > 《中华人民共和国监察法》 | 警示 11-18 >"],
  // In traditional characters, after 。 rather than a comma, and with 以案促改 before the verb: the same three records.
  ["刘芳", "11月25日主持召开分管部门党风廉政建设工作会议，會上學習了《廉潔自律準則》，並通報了兩起違反中央八項規定精神典型案例。", "!分管会 11-25 > | 廉教 11-25 > 《廉洁自律准则》 | 警示 11-25 >"],
  ["刘芳", "11月24日主持召开分管部门党风廉政建设工作会议。会上学习了《廉洁自律准则》，通报了两起违反中央八项规定精神典型案例。", "!分管会 11-24 > | 廉教 11-24 > 《廉洁自律准则》 | 警示 11-24 >"],
  ["王建国", "11月25日主持召开分管科室党风廉政建设工作会议，会上学习了《廉洁自律准则》，并以案促改通报了近期查处的两起违反中央八项规定精神典型案例。", "!分管会 11-25 > | 廉教 11-25 > 《廉洁自律准则》 | 警示 11-25 >"],
  // 4. Near-misses kept: 两起典型案例 adjacent (P12), a study alone, a notice studied by its name (its title kept), cases at a
  // meeting with no study (since round 41, fnc: a 警示教育 of the meeting's doer beside it), problems a check found (no warning).
  ["刘芳", "11月26日，我主持召开分管部门党风廉政建设工作会议，会上学习了《中国共产党纪律处分条例》，并通报了两起典型案例。", "!分管会 11-26 > | 廉教 11-26 > 《中国共产党纪律处分条例》 | 警示 11-26 >"],
  ["王磊", "11月20日组织部门干部学习了《廉洁自律准则》", "廉教 11-20 > 《廉洁自律准则》"],
  ["王磊", "11月21日组织学习市纪委违纪违法案件通报", "!警示 11-21 > 《市纪委违纪违法案件通报》"],
  ["刘芳", "11月26日，我主持召开分管部门党风廉政建设工作会议，会上通报了两起违反中央八项规定精神典型案例。", "!分管会 11-26 > | 警示 11-26 >"],
  ["刘芳", "11月26日主持召开分管部门党风廉政建设工作会议，会上学习了《廉洁自律准则》，通报了前期作风检查发现的问题。", "!分管会 11-26 > | 廉教 11-26 > 《廉洁自律准则》"],
  // Cases a member only drew on while speaking (结合…案例谈了体会) are the study's material, no warning of their own.
  ["周涛", "11月19日组织组联部全体人员学习《廉洁自律准则》，结合近期通报的违纪违法案例谈了体会", "廉教 11-19 > 《廉洁自律准则》"],
  // A check's findings briefed (发现并通报了2起…问题 · 通报了3起…问题 with no rule broken said) stay the check's, no warning.
  ["林晓", "11月20日对财务科开展作风纪律检查，发现并通报了2起迟到早退问题", "作风 11-20 >"],
  ["林晓", "11月18日对财务科开展作风纪律检查，发现并通报了2起违规公车私用问题", "作风 11-18 >"],
  ["黄志刚", "11月20日对各部室开展明查暗访，通报了3起上班时间办私事问题", "!作风 11-20 >"],
  // 5. (C1, 6e) A study whose kind is asked keeps who held it; typed, as before.
  ["孙丽", "11月26日组织财务科学习《会计法》，参加4人", "? 11-26 > 《会计法》 #4 ?missing_type"],
  ["孙丽", "11月26日财务科组织学习《中华人民共和国预算法》，参加4人", "? 11-26 > 《中华人民共和国预算法》 #4 ?missing_type"],
  ["孙丽", "11月26日组织财务科学习《廉洁自律准则》，参加4人", "廉教 11-26 > 《廉洁自律准则》 #4"],
  // 6. (A25, B08) A bare 中心 as the deed's subject is the 中心: its head's deed from a member, the head's own from the head.
  ["孙杰", "昨天中心组织看了警示片，我也参加了", "!警示 11-29 何平>"],
  ["徐辉", "11月25日中心组织全体职工观看警示教育片《围猎》，参加24人", "!警示 11-25 何平> 《围猎》 #24"],
  ["何平", "中心于11月21日召开全体职工大会，学习了《廉洁自律准则》，参加26人", "廉教 11-21 > 《廉洁自律准则》 #26"],
  // From outside the 中心, 中心组织 is the 中心 organising (was: recorded at once as the sender's own), never 中心组.
  ["王磊", "昨天中心组织看了警示片", "!警示 11-29 何平>"],
  ["胡军", "11月20日中心组织全体职工学习《廉洁自律准则》", "!廉教 11-20 何平> 《廉洁自律准则》"],
  ["胡军", "11月20日机关党委中心组学习了《廉洁自律准则》", "廉教 11-20 > 《廉洁自律准则》"],
  // Near-misses: 科里 from a 中心 member is no unit of theirs; 部里 stays the sender's department's.
  ["孙杰", "11月27日科里组织学习了《廉洁自律准则》", "!廉教 11-27 何平> 《廉洁自律准则》"],
  ["杨帆", "11月27日部里组织看了警示片《围猎》", "!警示 11-27 王磊> 《围猎》"],
];
