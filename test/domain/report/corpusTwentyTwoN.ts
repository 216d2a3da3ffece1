// Round 21u's lost visits, kind-headed forms, collating-only and 心得 messages (n22, issue 10).
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_TWO_N_ROWS: CorpusRow[] = [
  // 1. 「两次都…谈了心」 after two dated visits: one heart-talk per visit, each on its visit's day, whom asked (was: one, on
  // the last visit's day, and the first visit's talk lost).
  ["王建国", "11月10日到财务科与孙丽进行了廉政谈话，12日到办公室与李明进行了廉政谈话，两次都顺便和科室其他同志谈了谈心。", "廉谈 11-10 >孙丽 | 廉谈 11-12 >李明 | 谈心 11-10 > ?missing_counterpart | 谈心 11-12 > ?missing_counterpart"],
  ["刘芳", "11月9日去组联部和周涛廉政谈话；11月20日去康复部和吴静廉政谈话；每次都和部里的其他同志谈了心。", "廉谈 11-09 >周涛 | 廉谈 11-20 >吴静 | 谈心 11-09 > ?missing_counterpart | 谈心 11-20 > ?missing_counterpart"],
  ["赵敏", "上周二到宣文部与王磊进行廉政谈话，上周四到康复中心与何平进行廉政谈话，两次均与其他干部开展了谈心谈话。", "廉谈 11-24 >王磊 | 廉谈 11-26 >何平 | 谈心 11-24 > ?missing_counterpart | 谈心 11-26 > ?missing_counterpart"],
  ["陈志强", "11月3日在教就部和郑华部长谈了廉政谈话，11月5日在维权部和冯雪部长谈了廉政谈话，这两次也都跟部里同志谈了心", "廉谈 11-03 >郑华 | 廉谈 11-05 >冯雪 | 谈心 11-03 > ?missing_counterpart | 谈心 11-05 > ?missing_counterpart"],
  // …这三次都是查在岗在位情况 names the kind of the visits: no deed of its own.
  ["黄志刚", "上周一查了组联部，上周三查了宣文部，这两次都是查考勤", "!作风 11-23 > | 作风 11-25 >"],
  // 2. A form headed by its kind (…登记表/记录表/情况表) with its day, doer, head count and title in fields: all read, the doer
  // on the card (was: the day asked though 时间/日期 was given, the lecturer or organiser lost).
  ["李明", "廉政党课情况表\n主讲人:张伟\n时间:11月25日\n参加人数:30人", "!党课 11-25 张伟> #30"],
  ["杨帆", "警示教育登记表\n日期：11月23日\n组织人：王磊\n参加人数：8人\n教育片：《贪毁人生》", "!警示 11-23 王磊> 《贪毁人生》 #8"],
  ["吴静", "廉政教育学习记录表\n学习时间：11月17日\n主持人：吴静\n参加人员：刘洋等5人\n学习内容：《中国共产党纪律处分条例》", "!廉教 11-17 > 《中国共产党纪律处分条例》 #5"],
  ["孙杰", "廉政党课登记表\n授课时间：11月6日\n授课人：何平\n课题：守住廉洁底线\n参加人数：12人", "!党课 11-06 何平> 《守住廉洁底线》 #12"],
  ["王强", "谈心谈话登记表\n谈话人：孙丽\n谈话对象：李娟\n时间：11月19日", "!谈心 11-19 孙丽>李娟"],
  ["赵磊", "谈心谈话登记\n谈话对象: 赵磊\n谈话人: 冯雪\n谈话日期: 11月12日", "!谈心 11-12 冯雪>赵磊"],
  // 3. Collating, counting or chasing others' papers, alone: no record (the bot says why; see the e2e test).
  ["胡军", "今天把各部室报上来的信息汇总了一下", "-"],
  ["王芳", "上周催报了各部室11月份的廉政信息", "-"],
  ["林晓", "11月27日统计了各科室报送的述责述廉报告", "-"],
  ["杨帆", "昨天收集整理了各位同志交上来的廉政信息稿件", "-"],
  // 4. A 心得 telling of a training the sender attended, organised by a body, on a part of a month: the body's (asked whose
  // among its people, or its 书记's on the card), the day asked — never the attendee's own (was: the sender's after the day).
  ["李娟", "学习心得：11月中旬参加了机关纪委组织的党纪学习教育培训，通过学习，深刻认识到纪律的重要性，今后一定严守纪律。", "廉教 ? > ?missing_date,missing_actor"],
  ["刘洋", "心得体会：上周参加了机关党委组织的廉政教育，收获很大。", "廉教 ? 赵敏> ?missing_date"],
  ["王芳", "11月上旬参加了党组组织的警示教育，观看了《忏悔录》，体会很深", "警示 ? 张伟> 《忏悔录》 ?missing_date"],
  ["孙杰", "这个月中旬参加了机关纪委组织的廉政党课，很受教育", "党课 ? > ?missing_date,missing_actor"],
  ["陈静", "培训体会：11月19日参加了机关纪委举办的廉洁从政专题培训，今后要管住小节。", "廉教 11-19 > ?missing_actor"],
  // 5. 「12月计划与李明签订…」 is a plan (计划 before 与/和 and a deed not said done): never a signing asked its day (was: asked,
  // and a day answered would have stored a signing that did not take place); 按计划…进行了 stays a deed.
  ["王建国", "11月工作：\n1. 11月24日与孙丽进行了廉政谈话\n2. 12月计划与李明签订责任书、召开分管科室会议", "廉谈 11-24 >孙丽"],
  ["刘芳", "12月计划和周涛签订责任书", "-"],
  ["赵敏", "12月计划与王磊、何平分别进行廉政谈话", "-"],
  ["周涛", "11月20日按计划与张颖进行了谈心谈话", "谈心 11-20 >张颖"],
];
