// Shapes still read wrong or only in part after the eleventh round (issue 10, helper k12), each sample written again in other words.
// Each row: sender, message, and what the bot must do with it (see corpusRow.ts for the notation); days are read on Monday 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const LEFT_OVER_ROWS: CorpusRow[] = [
  // 1. A purpose, an instruction followed or an occasion (为…，按照…部署，以…为契机，针对…问题，在…期间，), with or without a
  // 【部门】 tag before it, is no record of its own, and its type words do not type a deed that names its own type.
  ["张颖", "【组联部】为扎实开展“以案促改”工作，11月20日下午，组联部召开专题会议，组织学习了近期查处的典型案例，周涛部长主持。会议要求全体干部引以为戒。", "!警示 11-20 周涛>"],
  ["杨帆", "【宣文部】为进一步加强廉洁文化建设，11月24日宣文部组织全体干部观看警示教育片《警钟》，参加8人", "!警示 11-24 王磊> 《警钟》 #8"],
  ["刘洋", "按照党组关于警示教育的部署，11月19日康复部开展了自查", "!自查 11-19 吴静>"],
  ["刘洋", "以警示教育月为契机，11月19日康复部开展了自查", "!自查 11-19 吴静>"],
  ["刘洋", "针对廉政谈话中发现的问题，11月19日康复部开展了自查", "!自查 11-19 吴静>"],
  ["王芳", "为落实全面从严治党主体责任，张伟书记11月18日与赵敏进行了廉政谈话", "!廉谈 11-18 张伟>赵敏"],
  ["何平", "以案为鉴，11月12日组织中心全体人员开展警示教育", "!警示 11-12 >"],
  ["林晓", "结合节前廉洁提醒工作，11月28日对办公室、财务科公务用车情况进行了检查", "!作风 11-28 >"],
  // A department's own meeting (no 党组 专题会议, no 分管领导 there) that studied cases or watched a film is that 警示教育,
  // with or without the purpose clause; the meeting's words are its occasion, nothing left over.
  ["张颖", "【组联部】11月20日下午，组联部召开专题会议，组织学习了近期查处的典型案例，周涛部长主持。", "!警示 11-20 周涛>"],
  ["杨帆", "11月24日，宣文部召开党风廉政建设工作会议，组织观看了警示教育片《警钟》，王磊部长主持", "!警示 11-24 王磊> 《警钟》"],
  ["刘洋", "11月19日康复部召开专题会议，学习了《廉洁自律准则》，吴静部长主持", "!专题 11-19 吴静> 《廉洁自律准则》 @康复部"],
  // 3. 约 arranges a talk (a plan, not recorded); 约谈 is a talk, and 约…进行了 / 谈了 says it took place.
  ["李明", "今天约了冯雪进行廉政谈话", "-"],
  ["陈志强", "约王强明天谈话", "-"],
  ["王建国", "已约孙丽周四下午谈心", "-"],
  ["陈志强", "昨天和郑华进行了廉政谈话，又约了冯雪周五谈一谈", "廉谈 11-29 >郑华"],
  ["陈志强", "今天约谈了冯雪", "廉谈 11-30 >冯雪"],
  ["刘芳", "上午约吴静进行了廉政谈话", "廉谈 11-30 >吴静"],
  // 2. A singular 他/她 where a talk's person goes is the one person named before it (or the one relayed for); with several
  // named before, whom is asked. The directory holds no gender: 他 and 她 are read alike.
  ["李娟", "孙科长让我补录一下：11月12日她和我进行了廉政谈话", "!廉谈 11-12 孙丽>李娟"],
  ["刘洋", "吴部长让我帮忙补录：上周三他和我谈了心", "!谈心 11-25 吴静>刘洋"],
  ["王芳", "李主任让我补一下：11月18日她和王强进行了廉政谈话", "!廉谈 11-18 李明>王强"],
  ["陈志强", "上周和冯雪谈了，周四又和他谈了一次", "? ? >冯雪 ?missing_type,missing_date | ? 11-26 >冯雪 ?missing_type"],
  ["王建国", "与王强谈话后，又和他签了责任书", "? ? >王强 ?missing_type,missing_date | 签责 ? >王强 ?missing_date"],
  ["王建国", "11月20日与孙丽进行了廉政谈话，又与她签订了责任书", "!廉谈 11-20 >孙丽 | 签责 11-20 >孙丽"],
  ["刘芳", "11月16日和周涛谈心谈话，11月23日又找他进行了廉政谈话", "!谈心 11-16 >周涛 | 廉谈 11-23 >周涛"],
  ["陈志强", "上周二和冯雪、郑华谈了，周四又和他谈了一次", "? 11-24 >冯雪,郑华 ?missing_type | ? 11-26 > ?missing_type,ambiguous_counterpart"],
  ["王建国", "上周和孙丽、李明分别谈了心，周五又找她谈了一次", "谈心 ? >孙丽 ?missing_date | 谈心 ? >李明 ?missing_date | 谈心 11-27 > ?ambiguous_counterpart"],
  // 她和我 outside a relayed report goes on about the talk just told; 和她聊了… after a talk with her is that talk.
  ["李娟", "今天孙丽科长找我谈话，她和我聊了很多廉洁方面的问题", "!廉谈 11-30 孙丽>李娟"],
  ["王建国", "今天和孙丽进行了廉政谈话，和她聊了很多廉洁方面的问题", "廉谈 11-30 >孙丽"],
  // The doer named before (张伟书记与…) is not whom 他 stands for.
  ["王芳", "11月18日张伟书记与赵敏进行廉政谈话，随后与他签订了责任书", "!廉谈 11-18 张伟>赵敏 | 签责 11-18 张伟>赵敏"],
  // 4. A day taken back in the same message (不对，是 · 说错了，应该是) is read as corrected, and always shown for a tap.
  ["陈志强", "11月3号，不对，是4号和冯雪进行了廉政谈话", "!廉谈 11-04 >冯雪"],
  ["王磊", "昨天组织观看了警示教育片《底线》，说错了，应该是前天", "!警示 11-28 > 《底线》"],
  ["孙丽", "11月20日，哦不，11月21日和王强签订了责任书", "!签责 11-21 >王强"],
  ["林晓", "上周三对康复部开展了作风纪律检查，不对，是上周四", "!作风 11-26 >"],
  // 5. Terse lines of fields (name, type, day in any order, spaces or commas) from someone who holds talks: the talk with the
  // one named, recorded as it reads; a talk of no type asks the type. From a clerk the direction is doubtful: a tap that says
  // which way round it was read (never the unspecific 「…没有对应到任何记录」).
  ["王建国", "王强 廉政谈话 11.26", "廉谈 11-26 >王强"],
  ["王建国", "廉政谈话 王强 上周五", "廉谈 11-27 >王强"],
  ["刘芳", "吴静，廉政谈话，昨天", "廉谈 11-29 >吴静"],
  ["王建国", "孙丽 谈心 11月25日", "谈心 11-25 >孙丽"],
  ["王建国", "王强，谈话，11.26", "? 11-26 >王强 ?missing_type"],
  ["王建国", "和孙丽谈了", "? ? >孙丽 ?missing_type,missing_date"],
  ["王芳", "李明 廉政谈话 11.20", "!廉谈 11-20 >李明"],
  ["刘洋", "吴静，谈心，11月18日", "!谈心 11-18 >吴静"],
  // 6. A check visiting several departments (深入/到/对 A、B、C) is one record at all of them (checkPlaces.test.ts asserts the
  // places); 深入…检查 of no named kind asks its type, never nothing.
  ["林晓", "11月25日深入维权部、教育就业部检查", "? 11-25 > ?missing_type"],
  ["林晓", "11月25日深入维权部、教育就业部检查作风纪律", "作风 11-25 >"],
  ["黄志刚", "11月25日，机关纪委深入维权部、教育就业部检查工作纪律执行情况", "作风 11-25 >"],
  ["黄志刚", "11月20日对财务科、办公室、宣文部开展专项资金检查", "资金 11-20 >"],
  ["刘芳", "11月26日到组联部和康复部检查作风纪律", "作风 11-26 >"],
  // 7. 信息报送 is a catalogue type: 信息 counted in 篇, or a 信息： heading, is read as it (guessed, so confirmed); 个人信息 is none.
  ["孙丽", "信息：10月9日一篇", "!信息 10-09 >"],
  ["周涛", "11月20日写了一篇廉政信息", "!信息 11-20 >"],
  ["周涛", "廉政信息：11月3日、11月17日各一篇", "!信息 11-03 > | 信息 11-17 >"],
  ["王磊", "本月信息2篇，11月5日和11月19日", "!信息 11-05 > | 信息 11-19 >"],
  ["孙丽", "报送廉政信息2篇", "信息 ? > ?missing_date"],
  ["李明", "11月18日更新了个人信息", "-"],
];
