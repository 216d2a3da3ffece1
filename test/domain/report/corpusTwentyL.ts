// Shapes of issue 10 still not understood after round 19 (l20): 跟 a junior on a check, 廉政建设工作会议 with no 党风.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_L_ROWS: CorpusRow[] = [
  // 6. 跟 ‹someone the sender outranks› 到/去… a check: like 和 (round 18, J), the sender led and the other went along
  // (was: 林晓 recorded as the doer of a 副理事长's check). Someone senior followed (跟黄书记去…) is still the doer.
  ["刘芳", "11月25日跟林晓到宣文部开展了作风纪律检查", "!作风 11-25 >"],
  ["黄志刚", "上周三跟王芳到康复部开展了作风纪律检查", "!作风 11-25 >"],
  ["张伟", "今天上午跟林晓一起到维权部开展了作风纪律督查", "作风 11-30 >"],
  ["赵敏", "11月27日跟王磊部长去康复中心进行了明查暗访", "!作风 11-27 >"],
  ["陈志强", "上周四跟林晓去教就部查了一下工作纪律", "!作风 11-26 >"],
  ["王芳", "11月25日跟黄书记去了一趟维权部，检查了工作纪律", "!作风 11-25 黄志刚>"],
  // 5. 廉政建设工作会议 without 党风 is the meeting it names, as with 党风 (was: the list item dropped, nothing said).
  ["陈志强", "1. 11月5日召开中心廉政建设工作会议\n2. 11月12日与郑华进行廉政谈话", "!专题 11-05 > | 廉谈 11-12 >郑华"],
  ["王磊", "11月18日召开部门廉政建设工作会议，赵敏书记出席并讲话", "!分管会 11-18 赵敏>"],
  ["张颖", "1. 11月10日 部门召开廉政建设工作会议，刘芳副理事长出席\n2. 11月12日 组织观看警示教育片《围猎》，参加8人", "!分管会 11-10 刘芳> | 警示 11-12 周涛> 《围猎》 #8"],
  ["张伟", "11月20日主持召开党组廉政建设工作会议", "专题 11-20 >"],
  ["何平", "一、11月6日，召开中心廉政建设工作会议，赵敏书记参加并讲话；\n二、11月13日，中心全体职工学习《中国共产党廉洁自律准则》。", "!分管会 11-06 赵敏> | 廉教 11-13 > 《中国共产党廉洁自律准则》"],
  // 4. A headline announcing a 提醒 (我会开展节前廉政提醒, maybe under a department heading or after 「宣文部：」) is the
  // title of the talks below it, never a 廉政教育 of the clerk who pasted it (was: one more record, its day asked).
  ["王芳", "宣文部：我会开展节前提醒谈话\n11月24日，王磊部长与杨帆进行了节前廉政提醒谈话。", "!廉谈 11-24 王磊>杨帆"],
  ["胡军", "【工作动态】我会开展节前廉洁提醒教育\n11月26日，张伟书记与王建国、刘芳进行了提醒谈话。", "!廉谈 11-26 张伟>王建国 | 廉谈 11-26 张伟>刘芳"],
  ["孙杰", "康复中心开展元旦前廉政提醒\n11月27日，何平主任与徐辉、孙杰逐一进行了廉政提醒谈话，要求严守中央八项规定精神。", "!廉谈 11-27 何平>徐辉 | 廉谈 11-27 何平>孙杰"],
  ["李娟", "财务科：\n我会开展节前廉洁提醒\n11月23日，孙丽科长与王强、李娟进行了提醒谈话；11月25日，科室集中学习了《廉洁自律准则》，参加3人。", "!廉谈 11-23 孙丽>王强 | 廉谈 11-23 孙丽>李娟 | 廉教 11-25 孙丽> 《廉洁自律准则》 #3"],
  // 3. A talk with people counted but never named (我们科室几个人, 部里几个年轻同志, 他们几个) is asked who, and its type
  // when no type word was said (was: 没看懂 for an untyped one).
  ["王建国", "上周五找我们科室几个人谈了话", "? 11-27 > ?missing_type,missing_counterpart"],
  ["吴静", "11月26日找部里几个年轻同志谈了谈", "? 11-26 > ?missing_type,missing_counterpart"],
  ["刘芳", "上周三到组联部跟他们几个聊了聊", "? 11-25 > ?missing_type,missing_counterpart"],
  ["王建国", "昨天跟我们几个谈了心", "谈心 11-29 > ?missing_counterpart"],
  ["周涛", "办公室几号开会？", "-"],
  // 2. A paper duty done on one day and handed in on another (报送/交到/上报…) is one record, of the day it went in: the
  // duty asks for the 自查总结 「报…领导小组」 (001 三(四)5), not for the writing (was: two records). Two days of work
  // (连续两天开展自查) and two 信息 stay two.
  ["李明", "11月20日完成自查，25日报送了自查报告", "!自查 11-25 >"],
  ["冯雪", "维权部11月18日开展了自查，11月24日把自查总结报送机关纪委", "!自查 11-24 >"],
  ["周涛", "11月16日写完了半年工作报告，11月19日向党组报告了", "!报告 11-19 >"],
  ["孙丽", "11月24日、25日连续两天开展自查", "自查 11-24 > | 自查 11-25 >"],
  ["郑华", "11月10日和11月20日分别报送了信息", "信息 11-10 > | 信息 11-20 >"],
];
