// Round 22's everyday-mix faults (r22, issue 10): 我们+surname+title as the doer, lists run together, 分别 pairs, 廉政课.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_TWO_R_ROWS: CorpusRow[] = [
  // K1. 「我们/咱们(部) + surname + title」 is the sender's named head, the doer; the sender is the one talked to, also
  // with a whole month as the time (was: stored at once as the sender's talk with the head, the wrong way round).
  ["王强", "咱们孙科长11月24日找我谈了一次心", "!谈心 11-24 孙丽>王强"],
  ["刘洋", "我们吴部长10月份跟我们部每个人都谈了心", "谈心 ? 吴静>刘洋 ?missing_date"],
  ["杨帆", "我们部王部长上周四同我进行了廉政谈话", "!廉谈 11-26 王磊>杨帆"],
  ["徐辉", "我们何主任昨天跟我做了一次提醒谈话", "!廉谈 11-29 何平>徐辉"],
  ["赵磊", "我们冯部长11月跟我谈了心", "谈心 ? 冯雪>赵磊 ?missing_date"],
  ["张颖", "咱们部的周部长上周五和我谈心谈话了", "!谈心 11-27 周涛>张颖"],
  // K5. Items of a list kept: days run together with no 、 (11月2号9号16号), a counted check with its days and places
  // in brackets, a spoken 然后 joining two deeds with no comma (was: only the first day or deed recorded, the rest
  // named as unmatched days or not at all).
  ["黄志刚", "11月2号9号16号都去中心查了在岗情况", "!作风 11-02 > | 作风 11-09 > | 作风 11-16 >"],
  ["郑华", "11月17号24号都跟陈静谈了心", "谈心 11-17 >陈静 | 谈心 11-24 >陈静"],
  ["林晓", "本月开展明察暗访两次（11月9号维权部、16号组联部），发现问题1个", "!作风 11-09 > | 作风 11-16 >"],
  ["王建国", "上月督查3次(10月8日财务科、10月15日办公室、10月29日财务科)", "!作风 10-08 > | 作风 10-15 > | 作风 10-29 >"],
  ["冯雪", "上周四带着部里的同志看了个警示片叫《迷途》然后又跟赵磊谈了心", "!警示 11-26 > 《迷途》 | 谈心 11-26 >赵磊"],
  // K2. Two weekdays run together before 分别 (周三周四分别…A和B): each deed its own day, in order (was: both on the first).
  ["陈志强", "上周三周四分别到维权部和教就部开了分管科室会", "!分管会 11-25 > | 分管会 11-26 >"],
  ["王建国", "上周四周五分别和李明、孙丽进行了廉政谈话", "廉谈 11-26 >李明 | 廉谈 11-27 >孙丽"],
  ["刘芳", "上周一周二分别到组联部和康复部开了分管科室会议", "!分管会 11-23 > | 分管会 11-24 >"],
  ["赵敏", "上星期二星期三分别去宣文部和康复中心召开了分管科室会议", "!分管会 11-24 > | 分管会 11-25 >"],
  // K6. 廉政课/廉洁课 is the 廉政党课 said short (a tap); a hedged 「…算是X吧」 ends a statement, no question, and is
  // shown for a tap since the member is unsure of the type too (was: 未记录 / 没看懂).
  ["何平", "上周四给中心职工上了一堂廉洁课", "!党课 11-26 >"],
  ["赵敏", "11月20日在宣文部讲了廉政课《守住底线》", "!党课 11-20 > 《守住底线》"],
  ["陈志强", "昨天给分管的几个部门讲了一次廉政课", "!党课 11-29 >"],
  ["陈静", "昨天郑部长找我聊了半个小时工作，也算谈心谈话吧", "!谈心 11-29 郑华>陈静"],
  ["冯雪", "11月25日和赵磊聊了聊，应该算是廉政谈话吧", "!廉谈 11-25 >赵磊"],
  ["孙杰", "上周五何主任给我们讲了讲医保基金的纪律，算一次廉政教育吧", "!廉教 11-27 何平>"],
  // K3. 我 in a list of someone else's counterparts is the sender by name, in its place; days told after a 先后/分别
  // deed (…，时间分别是11号和25号) pair with the people in order (was: the sender made the doer, or every person given
  // every day, or the pairs crossed).
  ["王强", "孙科长先后和我、李娟谈了心，时间分别为11月3日和11月10日", "!谈心 11-03 孙丽>王强 | 谈心 11-10 孙丽>李娟"],
  ["杨帆", "王部长上个月先后与赵磊、我进行了提醒谈话，分别是10月9号和10月23号", "!廉谈 10-09 王磊>赵磊 | 廉谈 10-23 王磊>杨帆"],
  ["徐辉", "11月4日和18日，何主任分别与孙杰和我进行了廉政谈话", "!廉谈 11-04 何平>孙杰 | 廉谈 11-18 何平>徐辉"],
  ["王强", "孙科长昨天分别与我和李娟进行了廉政谈话", "!廉谈 11-29 孙丽>王强 | 廉谈 11-29 孙丽>李娟"],
  ["杨帆", "上周五王部长把我和赵磊叫去谈了话", "? 11-27 王磊>杨帆,赵磊 ?missing_type"],
  // K4. Arranging an education at a meeting (…就下一步纪律教育作了安排/部署/提出要求) is no education held: the meeting is the
  // one record (was: an extra 廉政教育 of the sender who pasted it).
  ["胡军", "11月26日，王建国副理事长主持召开分管科室会议，李明主任就下一步警示教育作了部署", "!分管会 11-26 王建国>"],
  ["王芳", "11月20日，党组召开专题会议，张伟书记就廉政教育工作提出了要求", "!专题 11-20 张伟>"],
  ["孙杰", "11月27日，何主任组织中心全体开展了廉政教育，就下一步学习作了安排", "!廉教 11-27 何平>"],
  ["杨帆", "11月24日，张伟书记主持召开形势分析研判会，赵敏同志就下一步纪律教育作了安排", "!研判 11-24 张伟>"],
  // K7. 由X牵头 / X牵头 names the one who led it, as 带队 does (was: 「是谁带队检查的？」).
  ["胡军", "11月18日，由王建国副理事长牵头，对财务科专项资金使用情况进行了检查", "!资金 11-18 王建国>"],
  ["王芳", "上周五黄志刚书记牵头到维权部开展了作风纪律检查", "!作风 11-27 黄志刚>"],
  ["陈静", "11月9日由郑华部长牵头，组织教就部全体人员学习了《条例》", "!廉教 11-09 郑华> 《条例》"],
  ["赵磊", "11月12日，由陈志强副理事长牵头，对维权部责任书落实情况进行了检查", "!查责 11-12 陈志强>"],
];
