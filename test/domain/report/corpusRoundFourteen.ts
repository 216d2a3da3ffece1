// Kinds read wrong on the tester's round-14 messages (issue 10), in messages of our own.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_FOURTEEN_ROWS: CorpusRow[] = [
  // A subjectless 组织<部门>全体… is that department's: its head's on the card when a member sends it, asked whose when
  // someone outside it does, the sender's when they head it or lead (round 14: stored at once as the 科员's own).
  ["王芳", "2026.11.20 组织办公室全体人员学习《中国共产党纪律处分条例》，参加6人", "!廉教 11-20 李明> 《中国共产党纪律处分条例》 #6"],
  ["张颖", "11月19日组织组联部全体党员观看警示教育片《蜕变》", "!警示 11-19 周涛> 《蜕变》"],
  ["林晓", "11月16日，组织办公室全体人员观看警示教育片《围猎》", "!警示 11-16 李明> 《围猎》"],
  ["王芳", "11月18日组织财务科全体人员学习《廉洁自律准则》", "廉教 11-18 > 《廉洁自律准则》 ?missing_actor"],
  ["李明", "2026.11.20 组织办公室全体人员学习《中国共产党纪律处分条例》，参加6人", "廉教 11-20 > 《中国共产党纪律处分条例》 #6"],
  ["赵敏", "11月16日组织宣文部全体党员观看警示教育片《围猎》", "警示 11-16 > 《围猎》"],
  // Named without its name (全科人员, 科室全体) it is the sender's own department; 组织全体人员/大家 with no department from a
  // member who heads nothing may be the whole unit's: asked whose, their head first (the round-13 row of 胡军 now asks too).
  // A head, or an inspector teaching everyone, keeps their own, as before; a deputy head is a member since round 36 (ffc):
  // the head's, on the card.
  ["李娟", "11月18日组织全科人员学习《廉洁自律准则》", "!廉教 11-18 孙丽> 《廉洁自律准则》"],
  ["刘洋", "11月18日组织科室全体人员学习《廉洁自律准则》", "!廉教 11-18 吴静> 《廉洁自律准则》"],
  ["王芳", "11月18日组织全体人员学习《中国共产党纪律处分条例》", "廉教 11-18 > 《中国共产党纪律处分条例》 ?missing_actor"],
  ["张颖", "昨天组织大家观看警示教育片《蜕变》", "警示 11-29 > 《蜕变》 ?missing_actor"],
  ["王强", "11月18日组织科室全体人员学习《廉洁自律准则》", "廉教 11-18 > 《廉洁自律准则》 ?missing_actor"],
  ["孙丽", "11月18日组织全体人员学习《廉洁自律准则》", "廉教 11-18 > 《廉洁自律准则》"],
  // A terse check (查考勤 / 查在岗 / 查作风 before or after the department, no 了) is a 作风纪律检查, the guess shown on the
  // card (round 14: 没看懂).
  ["林晓", "11/25 查考勤 康复部", "!作风 11-25 >"],
  ["林晓", "11月25日 查考勤 康复部", "!作风 11-25 >"],
  ["黄志刚", "11.26 查在岗 维权部", "!作风 11-26 >"],
  ["林晓", "昨天 教育就业部 查作风", "!作风 11-29 >"],
  // 督促/通知/要求…报送 a paper is asking others: no paper of the sender's, named on the card (round 14: a 述责述廉 recorded);
  // a 廉政教育基地 visit is a 廉政教育 (the catalogue names only 警示教育基地 for 警示教育), guessed so confirmed.
  ["林晓", "本月纪检组做了三件事：一是11月17日对财务科专项资金使用情况开展检查；二是11月18日赴市廉政教育基地参观学习；三是督促各部室报送述责述廉材料。", "!资金 11-17 > | 廉教 11-18 >"],
  ["黄志刚", "1.11月18日到财务科检查了考勤；2.11月20日通知各科室上报自查报告", "!作风 11-18 >"],
  ["林晓", "11月20日督促各部室报送述责述廉材料", "-"],
  ["孙丽", "11月20日向党组报送了述责述廉材料", "述廉 11-20 >"],
  ["王磊", "11月12日组织部门党员赴警示教育基地参观学习", "警示 11-12 >"],
  ["周涛", "11月12日带领部门党员赴市廉政教育基地参观学习", "!廉教 11-12 >"],
  // 科里全体 / 部里全体 / 中心全体 with no noun, before the signing, is the sender's department's members (as 全科 is); 责任数
  // is a slip of 责任书 (round 14: 「找不到「全体」」).
  ["孙丽", "责任数 科里全体都签了 11.2", "!签责 11-02 >王强 | 签责 11-02 >李娟"],
  ["何平", "11月4日中心全体都签了承诺书", "!签责 11-04 >徐辉 | 签责 11-04 >孙杰"],
  ["周涛", "11月3日 部里全体都签了责任书", "!签责 11-03 >张颖"],
  // Two doers joined by 和, each with their own 分管科室负责人: expanded for the one who supervises some, asked only for the
  // one who supervises none (round 14: both asked).
  ["王芳", "11月17日，张书记和刘副理事长分别与分管科室负责人进行了廉政谈话", "廉谈 11-17 张伟> ?unknown_counterpart | 廉谈 11-17 刘芳>周涛 | 廉谈 11-17 刘芳>吴静"],
  ["胡军", "11月16日，陈副理事长和张书记分别同分管科室负责人签订了责任书", "签责 11-16 陈志强>郑华 | 签责 11-16 陈志强>冯雪 | 签责 11-16 张伟> ?unknown_counterpart"],
  // After a ；, a talk with a subject of its own (陈志强副理事长与郑华谈话) is that person's talk, never more people of the
  // talk before; 时间待补 takes no day from the line, so it is asked (round 14: 刘芳–陈志强, 刘芳–郑华 谈心谈话 11-11 on the card).
  ["林晓", "本月谈话：张伟书记与赵敏谈话1次（11月6日，廉政谈话）；刘芳副理事长与周涛、吴静谈心谈话各1次（11月11日）；陈志强副理事长与郑华谈话（时间待补）", "廉谈 11-06 张伟>赵敏 | 谈心 11-11 刘芳>周涛 | 谈心 11-11 刘芳>吴静 | ? ? 陈志强>郑华 ?missing_type,missing_date"],
  ["胡军", "王建国副理事长与李明、孙丽谈心谈话各1次（11月12日）；赵敏书记与王磊谈话（日期待定）", "谈心 11-12 王建国>李明 | 谈心 11-12 王建国>孙丽 | ? ? 赵敏>王磊 ?missing_type,missing_date"],
  ["王芳", "陈志强副理事长与郑华谈话（时间待补）", "? ? 陈志强>郑华 ?missing_type,missing_date"],
  // Labelled minutes (时间：/主持人：/参加人员：/内容：, on lines of their own or in one line): the 时间 is the day of what the
  // 内容 tells, the 主持人 its doer (round 14: the day asked twice, 「第2行没有读出…」; 「是哪位领导主持」 beside 主持人：刘芳).
  ["王芳", "会议纪要\n时间：11月23日上午\n地点：党组会议室\n主持人：张伟\n参加人员：王建国、刘芳、陈志强、赵敏\n内容：党组专题研究党风廉政建设工作，分析研判机关政治生态。", "!专题 11-23 张伟> | 研判 11-23 张伟>"],
  ["胡军", "纪要摘录：时间：2026.11.26 地点：三楼会议室 主持人：陈志强 参加人员：郑华、冯雪、陈静 内容：召开分管科室党风廉政建设工作会议，传达市纪委全会精神", "!分管会 11-26 陈志强>"],
  ["杨帆", "会议记录\n时间：11月20日\n主持人：王磊\n参加人员：宣文部全体党员8人\n内容：学习《中国共产党纪律处分条例》", "!廉教 11-20 王磊> 《中国共产党纪律处分条例》 #8"],
  ["胡军", "时间：11月27日 主持人：李明 内容：组织观看警示教育片《围猎》", "!警示 11-27 李明> 《围猎》"],
  // One meeting that studied a document by its title and briefed typical cases: two teachings, the title the study's, both of
  // the one who 出席并讲话 (on the card) (round 14: one 警示教育 with the study's title, the 廉政教育 lost).
  ["胡军", "11月26日上午，机关党支部召开专题组织生活会，赵敏书记出席并讲话，会上集中学习了《廉洁自律准则》，并通报了近期典型案例。", "!廉教 11-26 赵敏> 《廉洁自律准则》 | 警示 11-26 赵敏>"],
  ["王芳", "11月25日，办公室党小组召开会议，李明主任出席并讲话，会上学习了《中国共产党纪律处分条例》，通报了近期典型案例", "!廉教 11-25 李明> 《中国共产党纪律处分条例》 | 警示 11-25 李明>"],
  ["王磊", "昨天部门开会，通报了典型案例，还学习了《廉洁自律准则》", "!警示 11-29 > | 廉教 11-29 > 《廉洁自律准则》"],
  // A span of days (11月9日至11月13日) is recorded on its first day, the card saying so; it is one activity, never 「多项活动」
  // (round 14: 11-09 silently). 机关纪委 as the doer, sent by an inspector who is not its 书记, is asked whose (the 书记 first;
  // round 14: the sender's); sent by its 书记 it is theirs (corpusLists, corpusLeftOver); from anyone else, asked (corpusUnseen).
  ["林晓", "【监督检查】11月16日至11月20日，机关纪委对各部室执行工作纪律情况开展了专项督查。", "作风 11-16 > ?missing_actor"],
  ["林晓", "11月25日，机关纪委到康复部检查了考勤", "作风 11-25 > ?missing_actor"],
  ["黄志刚", "11月16日至20日，对办公室、财务科公务用车使用情况进行了专项检查", "!作风 11-16 >"],
  ["林晓", "11月9日到11月13日 到康复部检查考勤", "!作风 11-09 >"],
];
