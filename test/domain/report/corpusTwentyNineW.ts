// Round 29a (tester t29, issue 10) on bee6a78, fixed on branch w29: the tester's samples and our own variants, with
// near-misses that keep today's reading. X1: a film (微电影, 廉政短片, 廉洁教育专题片) beside a 党课 is an activity of its own,
// each title with its own clause (was: one 党课 stored at once with the film's title). B25: a superior alone as the subject
// of a signing signed their own pledge (was: the sender as counterpart). A4: units led along on a check are no places
// checked. A6: a headline set off by U+3000 is a headline line. A16/A5: a department head's own 分析研判, a 党支部 whose
// 支部书记 is named. A28: next year's plan heading. B38: a day still to come said first. Read on Mon 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_NINE_W_ROWS: CorpusRow[] = [
  // X1: a film (微电影, 廉政短片, 廉洁教育专题片) beside a 党课 is an activity of its own; each 《》 title stays with its own clause.
  ["周涛", "11月20日组联部开展主题党日，周涛讲授廉政党课，观看了廉政微电影《一念之间》", "!党课 11-20 > | 廉教 11-20 > 《一念之间》"],
  ["周涛", "11月20日讲授廉政党课，观看了廉政微电影《一念之间》", "!党课 11-20 > | 廉教 11-20 > 《一念之间》"],
  ["周涛", "11月20日讲了廉政党课，还组织观看了微电影《一念之间》", "!党课 11-20 > | 廉教 11-20 > 《一念之间》"],
  ["周涛", "为进一步筑牢廉洁思想防线，11月20日，组联部党支部开展“廉洁家风”主题党日活动。支部书记周涛以《守好廉洁家门》为题讲授廉政党课，支部全体党员12人参加。活动最后，大家一同观看了廉政微电影《一念之间》。", "!党课 11-20 > 《守好廉洁家门》 #12 | 廉教 11-20 > 《一念之间》"],
  ["王磊", "11月25日给宣文部党员上了一堂廉政党课，又放了廉政短片《清风》", "!党课 11-25 > | 廉教 11-25 > 《清风》"],
  ["王磊", "11月25日赵敏同志讲授廉政党课《守初心》，会后组织观看廉洁教育专题片《清风》", "!党课 11-25 赵敏> 《守初心》 | 廉教 11-25 赵敏> 《清风》"],
  ["何平", "上周五我讲廉政党课，课后大家看了微电影《底线》，15人参加", "!党课 11-27 > #15 | 廉教 11-27 > 《底线》 #15"],
  ["李明", "11月18号讲了廉政党课《廉洁从政》，放映廉政微电影《围猎》", "!党课 11-18 > 《廉洁从政》 | 廉教 11-18 > 《围猎》"],
  ["周涛", "11月20日讲授廉政党课 观看了廉政微电影《一念之间》", "!党课 11-20 > | 廉教 11-20 > 《一念之间》"],
  ["吴静", "11月26日，康复部开展廉政党课暨微电影观看活动，吴静讲授党课《守住底线》，观看微电影《一念之差》", "!党课 11-26 > 《守住底线》 | 廉教 11-26 > 《一念之差》"],
  // near-misses: a film alone, a film beside a 廉政教育 (one education given by the film), a 警示教育片 beside a 党课 (already two).
  ["王磊", "11月25日组织观看廉政短片《清风》", "廉教 11-25 > 《清风》"],
  ["杨帆", "11月20日宣文部开展廉政教育，观看了廉政微电影《一念之间》", "!廉教 11-20 王磊> 《一念之间》"],
  ["周涛", "11月20日讲授廉政党课，观看了警示教育片《一念之间》", "!党课 11-20 > | 警示 11-20 > 《一念之间》"],
  ["周涛", "11月20日组织观看廉政微电影《一念之间》，12人参加", "廉教 11-20 > 《一念之间》 #12"],
  ["李明", "11月18日讲授廉政党课《廉洁从政》，12人参加", "党课 11-18 > 《廉洁从政》 #12"],
  // B25: a superior named alone as the subject of a signing (no 我, no 和/与/跟/找…) signed their own pledge; the sender is no counterpart.
  ["赵磊", "冯部长今天签了家庭助廉承诺书", "!签责 11-30 冯雪>"],
  ["赵磊", "冯部长今天签了廉政承诺书", "!签责 11-30 冯雪>"],
  ["孙杰", "何主任今天签了家庭助廉承诺书", "!签责 11-30 何平>"],
  ["王强", "孙科长昨天签订了廉政承诺书", "!签责 11-29 孙丽>"],
  ["李明", "王建国同志11月28日签订了家庭助廉承诺书", "!签责 11-28 王建国>"],
  ["杨帆", "王部长上周五签了廉洁承诺书", "!签责 11-27 王磊>"],
  ["刘洋", "吴部长昨天签订家庭助廉承诺书了", "!签责 11-29 吴静>"],
  // a 责任书 or a talk of the superior alone asks whom, never the sender.
  ["李明", "王建国副理事长今天签了责任书", "签责 11-30 王建国> ?missing_counterpart"],
  ["赵磊", "冯部长今天谈心谈话了", "谈心 11-30 冯雪> ?missing_counterpart"],
  ["胡军", "李主任昨天进行了廉政谈话", "廉谈 11-29 李明> ?missing_counterpart"],
  // near-misses: 我/和我/找我/跟+superior keep the superior's deed with the sender.
  ["赵磊", "冯部长今天和我签了廉政承诺书", "!签责 11-30 冯雪>赵磊"],
  ["赵磊", "今天和冯部长签了责任书", "!签责 11-30 冯雪>赵磊"],
  ["王强", "孙科长昨天找我签了承诺书", "!签责 11-29 孙丽>王强"],
  ["王强", "昨天跟孙科签了廉政承诺书", "!签责 11-29 孙丽>王强"],
  ["王强", "孙科长昨天与我签订了廉政承诺书", "!签责 11-29 孙丽>王强"],
  ["胡军", "李主任昨天找我进行了廉政谈话", "!廉谈 11-29 李明>胡军"],
  // A4: units led along (带领/率领…) on a check are companions; the places checked are the object of 对/到 (departments asserted in checkLedAlong.test.ts).
  ["李娟", "本月1日，王建国副理事长带领办公室、财务科负责人对机关各部室落实中央八项规定精神情况开展监督检查，重点检查了公车使用、办公用房和考勤纪律，发现问题2个，已当场反馈整改。次日，财务科组织开展专项资金使用情况自查。", "!作风 11-01 王建国> | 自查 11-02 孙丽>"],
  ["李娟", "本月1日，王建国副理事长带领办公室、财务科负责人对机关各部室开展监督检查", "!作风 11-01 王建国>"],
  ["林晓", "11月20日黄志刚书记带领办公室同志对康复部、维权部开展作风纪律检查", "!作风 11-20 黄志刚>"],
  ["胡军", "11月24日王建国副理事长率领办公室和财务科相关人员到康复中心检查考勤纪律", "!作风 11-24 王建国>"],
  ["林晓", "11月24日黄书记带领办公室人员到各部室开展节前作风纪律检查", "!作风 11-24 黄志刚>"],
  // near-misses: departments checked with no one led along, and a unit led with no place after it, stay as read.
  ["林晓", "11月24日黄书记对办公室、财务科开展作风纪律检查", "!作风 11-24 黄志刚>"],
  ["林晓", "11月24日黄书记带领办公室开展作风纪律检查", "!作风 11-24 黄志刚>"],
  // A6: a headline set off by an ideographic space (U+3000) or a run of spaces is a headline line: one record with the dated lead.
  ["王芳", "党组召开全面从严治党专题会议　11月30日，市残联党组书记张伟主持召开党组会议，专题研究全面从严治党和党风廉政建设工作。会议传达学习了上级纪委全会精神，分析研判了本单位当前政治生态状况。会议强调，要压紧压实“两个责任”，班子成员要切实履行“一岗双责”。党组成员王建国、刘芳、陈志强、赵敏参加会议。", "!专题 11-30 张伟> | 研判 11-30 张伟>"],
  ["王芳", "党组召开全面从严治党专题会议  11月27日，市残联党组书记张伟主持召开党组会议，专题研究全面从严治党和党风廉政建设工作。", "!专题 11-27 张伟>"],
  ["杨帆", "宣文部开展廉洁文化主题学习活动　11月26日，宣文部组织全体党员学习《中国共产党廉洁自律准则》，8人参加。", "!廉教 11-26 王磊> 《中国共产党廉洁自律准则》 #8"],
  ["何平", "康复中心组织观看警示教育片　11月24日，中心组织全体职工观看警示教育片《迷途》，20人参加。", "警示 11-24 > 《迷途》 #20"],
  ["何平", "康复中心组织观看警示教育片　近日，中心组织全体职工观看警示教育片《迷途》，20人参加。", "警示 ? > 《迷途》 #20 ?missing_date"],
  // near-misses: a table row spaced by U+3000 stays a table row; the headline on its own line as before.
  ["林晓", "廉政教育　11月5日　财务科　8人", "廉教 11-05 > #8"],
  ["杨帆", "宣文部开展廉洁文化主题学习活动\n11月26日，宣文部组织全体党员学习《中国共产党廉洁自律准则》，8人参加。", "!廉教 11-26 王磊> 《中国共产党廉洁自律准则》 #8"],
  ["张颖", "11月20日 和周部长谈了心", "!谈心 11-20 周涛>张颖"],
  // A16: a department head's own 分析研判 / 形势分析会 of their unit is theirs, never asked for a 领导.
  ["何平", "11月18日召开中心党风廉政建设形势分析会", "研判 11-18 >"],
  ["何平", "11月18日中心召开党风廉政建设形势分析会，10人参加", "研判 11-18 > #10"],
  ["何平", "中心近期工作：11月10日组织职工观看警示教育片《迷途》；11月18日召开中心党风廉政建设形势分析会；11月25日开展科室自查", "!警示 11-10 > 《迷途》 | 研判 11-18 > | 自查 11-25 >"],
  ["周涛", "11月18日组联部开展政治生态分析研判", "研判 11-18 >"],
  ["李明", "11月18日召开办公室廉政风险形势分析会", "研判 11-18 >"],
  ["孙丽", "上周三财务科开了个形势分析会", "研判 11-25 >"],
  // near-misses: the 党组's or the 机关's analysis is not the head's; a member who heads nothing is asked.
  ["周涛", "11月18日党组开展政治生态分析研判", "!研判 11-18 张伟>"],
  ["胡军", "11月18日召开形势分析会", "研判 11-18 > ?missing_actor"],
  ["刘洋", "11月18日机关召开党风廉政建设形势分析会", "研判 11-18 > ?missing_actor"],
  // A5: a 党支部 as the subject stands for the 支部书记 the message names (here the sender), never asked whose.
  ["周涛", "11月20日，党支部开展主题党日活动。支部书记周涛讲授廉政党课，12人参加", "党课 11-20 > #12"],
  ["王磊", "11月20日，宣文部党支部开展主题党日活动。支部书记王磊以《守纪律讲规矩》为题讲授廉政党课", "党课 11-20 > 《守纪律讲规矩》"],
  // near-misses: a branch with no 支部书记 named asks as before (round 11). Round 44 fqe: the branch of the department the
  // sender heads is the sender's own (was asked here too, though the sender named himself as the lecturer).
  ["周涛", "11月20日，组联部党支部开展主题党日活动。周涛讲授廉政党课", "党课 11-20 > @组联部"],
  ["陈静", "11月20日，机关第一党支部组织学习《条例》", "廉教 11-20 > 《条例》 ?missing_actor"],
  ["周涛", "11月20日，支部书记周涛讲授廉政党课", "党课 11-20 >"],
  // A28: a plan headed by next year (2027年…工作计划/要点/安排：) is a plan, as 明年…工作计划： was.
  ["黄志刚", "2027年党风廉政建设工作计划：一、1月份签订责任书；二、每季度开展一次警示教育；三、每半年开展一次廉政谈话", "-"],
  ["黄志刚", "2027年党风廉政建设工作计划：1.1月份签订责任书；2.每季度开展一次警示教育", "-"],
  ["林晓", "2027年度纪检工作要点：一、1月份开展节前作风纪律检查；二、每季度开展一次警示教育", "-"],
  ["张伟", "2027年党风廉政建设工作安排：\n一、1月份与班子成员签订责任书\n二、3月份召开专题会议", "-"],
  // near-misses: this year's summary is a report; a dated deed of next year is a plan as before.
  ["黄志刚", "2026年党风廉政建设工作总结：一、11月20日开展了警示教育；二、11月25日开展了作风纪律检查", "!警示 11-20 > | 作风 11-25 >"],
  ["黄志刚", "2027年1月5日签订责任书", "-"],
  // B38: a day still to come is said first (future_date before the type).
  ["林晓", "明天检查财务科", "? 12-01 > ?future_date,missing_type"],
  ["林晓", "明天去康复部检查", "? 12-01 > ?future_date,missing_type"],
  ["林晓", "明天和王强谈话", "? 12-01 >王强 ?future_date,missing_type"],
  ["黄志刚", "12月3日检查财务科", "? 12-03 > ?future_date,missing_type"],
  // near-miss: a past day asks the type alone.
  ["林晓", "昨天检查财务科", "? 11-29 > ?missing_type"],
];
