// Branch c29 (issue 10): groups, departments and counts the reader still got short or wrong, read on Mon 2026-11-30.
// Six kinds, each with the brief's sample first, then variants in other words, names and days, then near-misses that
// keep today's reading: organisers who are not the heads after 分别/各自 (b28: four records for two), a 分管会 held at
// a list of departments (t28 A4: only the last kept — its departments are asserted in meetingAtDepartmentList.test.ts, as rows
// carry none), a signing whose only counterpart is said absent (n28: 没看懂), counts across days and 信息 counted in 条
// (s28), a counted check then its dated items (h28/g28: each day's type asked), and a reminder sent on (t28 B35: guessed
// a 廉政教育; now no record, and reminderSentReply says why).
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_NINE_C_ROWS: CorpusRow[] = [
  // K1. Organisers who are not the heads, named after 分别/各自: one record per department, its organiser the doer.
  ["赵敏", "宣文部、康复中心分别开展了廉政教育，杨帆、孙杰各自组织", "廉教 ? 杨帆> ?missing_date | 廉教 ? 孙杰> ?missing_date"],
  ["赵敏", "11月18日宣文部、康复中心分别开展了廉政教育，杨帆、孙杰各自组织", "!廉教 11-18 杨帆> | 廉教 11-18 孙杰>"],
  ["赵敏", "11月18日，宣文部和康复中心分别开展了警示教育，孙杰、杨帆各自组织。", "!警示 11-18 杨帆> | 警示 11-18 孙杰>"],
  ["陈志强", "上周五教育就业部、维权部各自开展了廉政学习，分别由陈静、赵磊组织", "!廉教 11-27 陈静> | 廉教 11-27 赵磊>"],
  ["王建国", "11月12日办公室、财务科分别组织学习《廉洁自律准则》，胡军、李娟各自负责", "!廉教 11-12 胡军> 《廉洁自律准则》 | 廉教 11-12 李娟> 《廉洁自律准则》"],
  ["刘芳", "昨天组联部和康复部分别组织观看了警示教育片《蜕变》，分别由张颖、刘洋负责组织", "!警示 11-29 张颖> 《蜕变》 | 警示 11-29 刘洋> 《蜕变》"],
  ["赵敏", "11月18日宣文部和康复中心分别开展了警示教育，王磊、孙杰各自组织", "!警示 11-18 王磊> | 警示 11-18 孙杰>"],
  ["张伟", "11月25日，办公室、财务科分别开展廉政教育，王芳、王强分别牵头", "!廉教 11-25 王芳> | 廉教 11-25 王强>"],
  // Near-misses: the heads restated (no second pair), a head count after the organisers, three names for two departments.
  ["赵敏", "11月18日宣文部、康复中心分别开展了廉政教育，王磊、何平各自组织", "!廉教 11-18 王磊> | 廉教 11-18 何平>"],
  ["赵敏", "11月18日宣文部和康复中心分别开展了廉政教育", "!廉教 11-18 王磊> | 廉教 11-18 何平>"],
  ["王磊", "宣文部开展了廉政教育，杨帆组织", "廉教 ? 杨帆> ?missing_date"],
  // K2. A 分管会 held at a list of departments keeps every department (shown on the card: departmentIds).
  ["陈志强", "11月26日，陈志强副理事长到教育就业部、维权部召开分管部门党风廉政建设工作会议", "分管会 11-26 >"],
  ["郑华", "11月26日，陈志强副理事长到教育就业部、维权部召开分管部门党风廉政建设工作会议", "!分管会 11-26 陈志强>"],
  ["陈志强", "11月26日到教育就业部、维权部召开分管部门党风廉政建设工作会议", "分管会 11-26 >"],
  ["刘芳", "昨天到组联部和康复部召开了分管科室党风廉政建设工作会议", "分管会 11-29 >"],
  ["吴静", "11月20日，刘芳副理事长深入组联部、康复部，主持召开分管部门党风廉政建设工作会议", "!分管会 11-20 刘芳>"],
  ["王建国", "到办公室主持召开分管科室党风廉政建设工作会议，办公室、财务科负责人参加", "分管会 ? > ?missing_date"],
  // K3. A signing (or talk) whose only named counterpart is said absent: the deed stays and whom is asked.
  ["王建国", "昨天和财务科签订了责任书，孙丽同志出差没有参加", "签责 11-29 > ?missing_counterpart"],
  ["王建国", "昨天和财务科签订了责任书，孙丽出差未签", "签责 11-29 > ?missing_counterpart"],
  ["陈志强", "11月25日与维权部签订党风廉政建设责任书，冯雪部长休假未参加", "签责 11-25 > ?missing_counterpart"],
  ["刘芳", "上周三和康复部签了责任书，吴静请假没参加", "签责 11-25 > ?missing_counterpart"],
  ["张伟", "今天和财务科进行了廉政谈话，孙丽请假没有参加", "廉谈 11-30 > ?missing_counterpart"],
  // Near-misses: another department's head still signed; no one absent.
  ["王建国", "昨天和办公室、财务科签订了责任书，孙丽同志出差没有参加", "!签责 11-29 >李明"],
  ["王建国", "昨天和财务科签订了责任书", "签责 11-29 >孙丽"],
  // K4. Counts across days (an untyped study on each day, its type asked), and 信息 counted in 条: that many papers of the day said.
  ["李明", "昨天组织学习1次，今天1次", "? 11-29 > ?missing_type | ? 11-30 > ?missing_type"],
  ["李明", "昨天组织学习1次。今天组织学习1次", "? 11-29 > ?missing_type | ? 11-30 > ?missing_type"],
  ["孙丽", "11月3日组织学习，11月17日组织学习", "? 11-03 > ?missing_type | ? 11-17 > ?missing_type"],
  ["李明", "昨天组织学习1次，今天1次，都是廉政学习", "!廉教 11-29 > | 廉教 11-30 >"],
  ["李明", "报送廉政信息2条", "信息 ? > ?missing_date"],
  ["李明", "昨天报送廉政信息两条", "!信息 11-29 > | 信息 11-29 >"],
  ["杨帆", "昨天报了2条信息", "!信息 11-29 > | 信息 11-29 >"],
  ["王磊", "本月报送廉政信息3条：11月5日、11月12日、11月26日各一条", "!信息 11-05 > | 信息 11-12 > | 信息 11-26 >"],
  // Near-misses: a count per day stays one record a day as before; 意见3条 is no count of checks; no day: asked with its count.
  ["杨帆", "昨天报送信息2条，今天1条", "!信息 11-29 > | 信息 11-29 > | 信息 11-30 >"],
  ["林晓", "11月20日检查财务科，提出整改意见3条", "? 11-20 > ?missing_type"],
  ["孙丽", "报送廉政信息2篇", "信息 ? > ?missing_date"],
  // K5. A counted check then its dated items: one check per day, the places its departments.
  ["林晓", "本月开展了两次作风纪律检查，11月4日检查办公室，11月18日检查财务科", "!作风 11-04 > | 作风 11-18 >"],
  ["林晓", "作风纪律检查2次：11月4日检查办公室，11月18日检查财务科", "!作风 11-04 > | 作风 11-18 >"],
  ["林晓", "本月开展了两次作风纪律检查。11月4日检查了办公室，11月18日检查了财务科。", "!作风 11-04 > | 作风 11-18 >"],
  ["林晓", "这个月搞了2次作风检查,11月4号查办公室,11月18号查财务科", "!作风 11-04 > | 作风 11-18 >"],
  ["黄志刚", "11月份共开展作风纪律检查3次，11月3日对组联部，11月12日对财务科，11月25日对康复中心", "!作风 11-03 > | 作风 11-12 > | 作风 11-25 >"],
  ["李明", "本月组织了两次廉政学习，11月5日学习《廉洁自律准则》，11月19日学习《纪律处分条例》", "!廉教 11-05 > 《廉洁自律准则》 | 廉教 11-19 > 《纪律处分条例》"],
  // Near-misses: fewer days than the count (the other asked), a running total, someone named on a day.
  ["林晓", "本月开展了两次作风纪律检查，11月4日检查办公室", "作风 11-04 > | 作风 ? > ?missing_date"],
  ["黄志刚", "今年以来共开展作风纪律检查12次，11月27日到组联部检查1次", "作风 11-27 >"],
  ["孙丽", "本月组织廉政党课两次：11月5日张伟书记讲了一次，11月20日邀请市纪委王老师讲了一次", "!党课 11-05 张伟> | 廉教 11-20 >"],
  // K6. A reminder sent or passed on: no record of any type (the bot says so).
  ["林晓", "节前廉政提醒今天已发全体职工", "-"],
  ["林晓", "已向全体职工发送国庆节前廉政提醒短信", "-"],
  ["林晓", "中秋节前提醒已转发各部室", "-"],
  ["李明", "元旦前廉洁提醒已在工作群推送", "-"],
  ["王芳", "春节前廉政提醒短信都发了", "-"],
  ["黄志刚", "今天把节前廉政提醒转发到各支部群了", "-"],
  ["胡军", "廉政提醒已群发给全体干部职工", "-"],
  // Beside another deed: the deed recorded, the reminder named as not recorded.
  ["李明", "节前廉政提醒已发全体职工，昨天还组织学习了《廉洁自律准则》，参加8人", "廉教 11-29 > 《廉洁自律准则》 #8"],
  ["李明", "昨天组织学习了《廉洁自律准则》，参加8人；节前提醒短信已发给全体职工", "廉教 11-29 > 《廉洁自律准则》 #8"],
  // Near-misses: a 提醒 said to someone is a talk; a 提醒会 is held; a sending still to come is a plan.
  ["王建国", "昨天节前和李明进行了廉政提醒谈话", "廉谈 11-29 >李明"],
  ["张伟", "今天和王建国进行了廉政提醒", "廉谈 11-30 >王建国"],
  ["林晓", "昨天召开节前廉政提醒会，全体职工参加", "!廉教 11-29 >"],
  ["黄志刚", "11月20日到财务科检查了考勤。12月份，拟于元旦前向全体党员干部发送节前廉政提醒，并对各部室责任书落实情况开展一次检查。", "!作风 11-20 >"],
  ["林晓", "准备明天给全体职工发送元旦节前廉政提醒", "-"],
];
