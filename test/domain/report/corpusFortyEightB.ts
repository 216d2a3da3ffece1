// Round 48, fixer b (found by the testers on the round-47 merge, t50c F4, F5; t50b F3 and t50c F3 are asserted in
// reportBackNamesWhat.test.ts, unitWholeRoster.test.ts and the e2e dialogFortyEightB). t50c F4: 「今天组联部开展了廉政教育 学习了
// 违纪典型案例 18人参加」 was put on a 确认 card 「类型是从写法推断的」 though 廉政教育 was written word for word: the cases
// studied (a guessed 警示教育) were passed over for the written type, and passing over a guess still counted as a guess.
// A catalogue word of duties.md written for the deed (廉政教育 · 廉洁教育 · 廉政学习 · 纪律教育 · 党纪学习) is no inference now:
// recorded at once, the remark still naming the reading passed over. Near-misses: a type read from what was studied (学习了
// …典型案例 alone), from a place (到廉政教育基地参观), or from a purpose (为深化以案促改，…) stays on a card; so does another's deed.
// t50c F5: a 信息's subject written with its count before it (报送了一篇廉政信息 内容是…), after 关于, or opening with a unit
// and what it did (宣文部开展…) was read as a second deed (a 作风纪律检查, 自查总结 or 廉政教育 of the sender's or its head's,
// or, after 「：」, the 信息 itself lost): it is the paper's title. A deed with a day or a head count after it, or set apart by
// 另外/并, stays its own. A meeting's topic in chat style (专题会议 研究部署年终廉政工作 …) is its note (meetingAgendaNote.test.ts;
// the notation holds no note, so the rows below pin that the records are unchanged), and a work in 《》 studied there stays the
// title readers' (专题会议 学习了《廉洁自律准则》 12人参加: the 廉政教育 was lost once the agenda took its words).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_EIGHT_B_ROWS: CorpusRow[] = [
  // t50c F4: the written type, cases studied beside it.
  ["周涛", "今天组联部开展了廉政教育 学习了违纪典型案例 18人参加", "廉教 11-30 > #18 @组联部"],
  ["吴静", "上周五康复部开展廉政教育，学习了违纪违法典型案例通报，共6人参加", "廉教 11-27 > 《违纪违法典型案例通报》 #6 @康复部"],
  ["王磊", "11月20日宣文部开展廉洁教育 通报了近期典型案例 4人参加", "廉教 11-20 > #4 @宣文部"],
  ["冯雪", "维权部上周三开展廉政学习 学习了违纪典型案例 参加3人", "廉教 11-25 > #3 @维权部"],
  ["李明", "昨天办公室组织廉政教育 通报了两起违纪典型案例 全体人员参加", "廉教 11-29 > @办公室"],
  ["何平", "11月25号中心开展廉政教育活动 学习了省纪委通报的典型案例 12人参加", "廉教 11-25 > #12 @残疾人康复中心"],
  ["郑华", "11月19日教育就业部开展党纪学习，剖析了近期3起典型问题，2人参加", "廉教 11-19 > #2 @教育就业部"],
  // …still on a card for another reason: a clerk's report of the head's deed.
  ["张颖", "11月24日组联部开展廉政教育，通报了3起违反中央八项规定精神典型问题，2人参加", "!廉教 11-24 周涛> #2 @组联部"],
  ["杨帆", "上周四宣文部开展了纪律教育 学习了违纪典型案例通报 4人", "!廉教 11-26 王磊> 《违纪典型案例通报》 #4 @宣文部"],
  ["王芳", "11月18日办公室开展廉政教育，学了典型问题通报，5人参加", "!廉教 11-18 李明> #5 @办公室"],
  // Near-misses: the type read from what was studied, a place, a purpose or an occasion's name stays on a card.
  ["周涛", "今天组联部学习了违纪典型案例 18人参加", "!警示 11-30 > #18 @组联部"],
  ["吴静", "上周五康复部学习了违纪违法典型案例通报，共6人参加", "!警示 11-27 > 《违纪违法典型案例通报》 #6 @康复部"],
  ["郑华", "11月23日组织教育就业部到市廉政教育基地参观学习 2人参加", "!廉教 11-23 > #2 @教育就业部"],
  ["孙丽", "为深入推进以案促改，上周三财务科组织全科人员赴市廉政教育基地参观，3人参加", "!警示 11-25 > #3 @财务科"],
  ["王磊", "11月20日宣文部召开党风廉政建设专题学习会，学习了典型案例通报", "!警示 11-20 > @宣文部"],
  // …and a written 警示教育 was at once before and is still.
  ["周涛", "今天组联部开展了警示教育 学习了违纪典型案例 18人参加", "警示 11-30 > #18 @组联部"],
  // t50c F5: a 信息's subject is its title.
  ["胡军", "昨天报送了一篇廉政信息 内容是办公室开展公车使用专项检查", "信息 11-29 > 《办公室开展公车使用专项检查》 @办公室"],
  ["王芳", "11月20日报送廉政信息1篇，关于我会开展廉政风险排查工作", "信息 11-20 > 《关于我会开展廉政风险排查工作》 @办公室"],
  ["杨帆", "今天报送廉政信息一篇 宣文部开展廉洁文化进机关活动", "信息 11-30 > 《宣文部开展廉洁文化进机关活动》 @宣文部"],
  ["张颖", "上周五报送了1篇信息，组联部召开党风廉政建设专题会议", "信息 11-27 > 《组联部召开党风廉政建设专题会议》 @组联部"],
  ["陈静", "11月18日报送廉政信息一篇：教育就业部开展节前廉政提醒", "信息 11-18 > 《教育就业部开展节前廉政提醒》 @教育就业部"],
  ["赵磊", "今天报了一条廉政信息 维权部组织观看警示教育片", "信息 11-30 > 《维权部组织观看警示教育片》 @维权部"],
  ["冯雪", "上周五向市纪委报送信息一篇，标题为维权部开展节前廉政提醒", "信息 11-27 > 《维权部开展节前廉政提醒》 @维权部"],
  ["林晓", "今天报送廉政信息一篇 题目是残联开展警示教育月活动", "信息 11-30 > 《残联开展警示教育月活动》 @办公室"],
  // Near-misses: a deed of its own (另外 · a day · a head count · 并), and a paper with no subject, stay as they were.
  ["王芳", "今天报送廉政信息一篇，另外办公室开展了作风纪律检查", "!信息 11-30 > @办公室 | 作风 11-30 李明> @办公室"],
  ["胡军", "昨天报送廉政信息一篇 今天办公室开展了作风纪律检查", "!信息 11-29 > @办公室 | 作风 11-30 李明> @-"],
  ["杨帆", "今天报送廉政信息一篇 宣文部开展了廉政教育 4人参加", "!信息 11-30 > @宣文部 | 廉教 11-30 王磊> #4 @宣文部"],
  ["冯雪", "今天报送廉政信息一篇，并和赵磊进行了谈心谈话", "!信息 11-30 > @维权部 | 谈心 11-30 >赵磊 @维权部"],
  ["陈静", "今天报送廉政信息一篇", "信息 11-30 > @教育就业部"],
  // t50c F5: a meeting's topic (its note, not in the notation): the records are as before.
  ["赵敏", "上周四召开党风廉政建设专题会议 研究部署年终廉政工作 张伟书记出席并讲话 班子成员和各部门负责人参加", "!专题 11-26 张伟> @-"],
  ["赵敏", "上周四召开专题会议研究部署年终廉政工作，参加12人", "专题 11-26 > #12 @-"],
  ["陈志强", "昨天召开分管科室会议 传达了市纪委全会精神 共15人参加", "分管会 11-29 > #15 @教育就业部、维权部"],
  ["刘芳", "11月19日召开分管科室会议 部署年底廉政风险防控 组联部康复部参加", "分管会 11-19 > @组联部、康复部"],
  ["张伟", "11月20日主持召开党风廉政建设专题会议，研究部署年终廉政工作，对下一步工作提出要求", "!专题 11-20 > @-"],
  ["赵敏", "上周四召开党风廉政建设专题会议", "专题 11-26 > @-"],
  // A work in 《》 studied at the meeting stays the title readers' (the 廉政教育 beside the meeting kept).
  ["何平", "11月24日中心召开党风廉政建设专题会议 学习了《廉洁自律准则》 12人参加", "!专题 11-24 > #12 @残疾人康复中心 | 廉教 11-24 > 《廉洁自律准则》 @-"],
];
