// Round 31 (issue 10, the last acceptance round's leftover shapes), fixed on branch h3: the testers' kinds written in our
// own words, each with near-misses that keep today's reading. Read on Mon 2026-11-30 10:00 +08:00.
// S1: a name pasted from a padded list (王 建国 · 张　伟 · 李　明, half- or full-width spaces) was no name: the deed became
// the sender's, recorded at once. Written whole before reading; 老李 明天 · 小王 强调 stay as written.
// S2: a named leader's running total (今年以来，陈志强副理事长共开展谈心谈话7次) beside a dated deed gave seven records (one
// dated, six asked), or the dated deed lost its doer and was recorded at once as the sender's. The total is no record and is
// named as not counted; the dated deeds are the leader's. Alone, the totals reply says each talk needs its day and person.
// S3: 导出 inside 领导出席 (4位领导出席) made the message an export command: a 专题会议 read as nothing.
// S4: 将/拟/计划 + a vague time still to come (12月中旬 · 年底前 · 近期 · 月底前) is a plan, named as not recorded: 年底前将完成…
// was taken for a query, 计划近期和王强… asked its day; after a dated deed (…，12月中旬将召开…) the whole line was a plan and the
// deed was lost; 研究部署12月中旬的… (a meeting's topic) was a deed of its own or the meeting lost. Done 已于11月中旬… is asked.
// S5: a film watched 会上 with no 警示 word (会上观看了专题片《X》 · 会上集体观看了《X》) kept its title on the meeting and gave no
// education: it is an education of its own, its kind (廉政教育 or 警示教育) asked, as a 警示教育片 is already recorded.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_ONE_C_ROWS: CorpusRow[] = [
  // S1: the padded name is the doer (or the one talked to).
  ["杨帆", "王 建国 昨天开展了廉政谈话", "!廉谈 11-29 王建国> ?missing_counterpart"],
  ["杨帆", "刘 芳 副理事长 11月26日为宣文部党员讲授廉政党课", "!党课 11-26 刘芳>"],
  ["杨帆", "11月25日　张　伟书记与李　明进行了廉政谈话", "!廉谈 11-25 张伟>李明"],
  ["杨帆", "11月25日 张 伟 书记 与 周 涛 进行了廉政谈话", "!廉谈 11-25 张伟>周涛"],
  // Near-misses: a title after a space, a full-width space, 王部长 after a space, two names side by side.
  ["杨帆", "王建国副理事长 昨天开展了廉政谈话", "!廉谈 11-29 王建国> ?missing_counterpart"],
  ["杨帆", "王建国副理事长　11月27日与周涛进行了廉政谈话", "!廉谈 11-27 王建国>周涛"],
  ["杨帆", "王部长 昨天和我进行了谈心谈话", "!谈心 11-29 王磊>杨帆"],
  ["杨帆", "王部长 昨天和杨帆谈了话", "!? 11-29 王磊>杨帆 ?missing_type"],
  ["杨帆", "王建国 李明 11.27 谈心谈话", "!谈心 11-27 王建国>李明"],
  ["杨帆", "昨天和李明 王强进行了谈心谈话", "谈心 11-29 >李明 | 谈心 11-29 >王强"],
  ["杨帆", "昨天找老李 明天再谈", "-"],
  // S2: a leader's running total and the dated deeds after it.
  ["孙杰", "今年以来，陈志强副理事长共开展谈心谈话7次，11月20日与冯雪谈心谈话", "!谈心 11-20 陈志强>冯雪"],
  ["孙杰", "今年以来，陈志强副理事长共开展谈心谈话7次。11月20日与冯雪进行了谈心谈话", "!谈心 11-20 陈志强>冯雪"],
  ["孙杰", "今年以来，陈志强副理事长共开展谈心谈话7次，11月20日与冯雪谈心谈话，11月24日与郑华谈心谈话。", "!谈心 11-20 陈志强>冯雪 | 谈心 11-24 陈志强>郑华"],
  ["孙杰", "截至11月底，王建国副理事长累计开展廉政谈话9次，其中11月27日与李明谈话", "!? 11-27 王建国>李明 ?missing_type"],
  ["孙杰", "今年以来，张伟书记共主持召开党风廉政建设专题会议3次，11月4日研究部署工作，11月25日听取汇报", "!专题 11-04 张伟> | 专题 11-25 张伟>"],
  ["孙杰", "今年以来，张伟书记共主持召开专题会议5次", "-"],
  ["孙杰", "工作动态：今年以来，陈志强副理事长共开展谈心谈话7次，推动谈心谈话制度落到实处。", "-"],
  // Near-misses: a dated deed with its own doer, the sender's own total, 先后三次 (deeds, not a total), days for every time.
  ["孙杰", "截至11月底，王建国副理事长累计开展廉政谈话9次，其中11月27日刘芳与李明进行了廉政谈话", "!廉谈 11-27 刘芳>李明"],
  ["孙杰", "截至11月底，陈志强副理事长共开展谈心谈话7次，11月20日我与冯雪谈心谈话", "谈心 11-20 >冯雪"],
  ["陈志强", "今年以来共开展谈心谈话7次，11月20日与冯雪谈心谈话", "谈心 11-20 >冯雪"],
  ["孙杰", "今年以来，张伟书记先后三次主持召开党风廉政建设专题会议，11月4日研究部署工作，11月25日听取汇报", "!专题 11-04 张伟> | 专题 11-25 张伟> | 专题 ? 张伟> ?missing_date"],
  ["孙杰", "今年以来，张伟书记共主持召开党风廉政建设专题会议2次，11月4日研究部署工作，11月25日听取汇报", "!专题 11-04 张伟> | 专题 11-25 张伟>"],
  // S3: leaders attending, however many, never an export.
  ["孙杰", "11月28日，党组书记张伟主持召开党组会议，专题研究党风廉政建设工作，4位领导出席。", "!专题 11-28 张伟> #4"],
  ["张伟", "11月28日主持召开党组会议，专题研究党风廉政建设工作，4位领导出席。", "专题 11-28 > #4"],
  ["孙杰", "11月28日，党组书记张伟主持召开党组会议，专题研究党风廉政建设工作，刘芳、王建国等4位领导出席。", "!专题 11-28 张伟> #4"],
  // Near-misses: 出席 elsewhere; a meeting with no chair named asks who.
  ["孙杰", "11月28日，党组书记张伟主持召开党组会议，专题研究党风廉政建设工作，班子成员出席会议。", "!专题 11-28 张伟>"],
  ["孙杰", "11月28日，党组书记张伟主持召开党组会议，专题研究党风廉政建设工作，出席4人。", "!专题 11-28 张伟> #4"],
  ["孙杰", "11月28日，召开党组会议，专题研究党风廉政建设工作，4位领导出席。", "专题 11-28 > #4 ?missing_actor"],
  ["孙杰", "导出11月台账", "-"],
  // S4: plans with a vague time to come; the dated deed before one is kept.
  ["孙杰", "12月中旬将报送年度调研报告", "-"],
  ["孙杰", "年底前将完成述责述廉报告", "-"],
  ["孙杰", "计划近期和王强开展廉政谈话", "-"],
  ["孙杰", "近期将对各部室开展作风纪律检查", "-"],
  ["孙杰", "月底前将报送11月廉政信息", "-"],
  ["孙杰", "11月27日与王强进行了廉政谈话，月底前将报送廉政信息", "廉谈 11-27 >王强"],
  ["孙杰", "11月27日召开党风廉政建设专题会议，12月中旬将召开警示教育大会", "专题 11-27 > ?missing_actor"],
  ["孙杰", "11月27日召开党风廉政建设专题会议，下一步将报送年度调研报告", "专题 11-27 > ?missing_actor"],
  ["孙杰", "11月27日党组书记张伟主持召开党风廉政建设专题会议，研究部署12月中旬的警示教育月活动", "!专题 11-27 张伟>"],
  // Near-misses: the same said done in the past is asked its day; a vague time of a deed done asks it.
  ["孙杰", "已于11月中旬报送年度调研报告", "调研 ? > ?missing_date"],
  ["孙杰", "11月中旬报送了年度调研报告", "调研 ? > ?missing_date"],
  ["孙杰", "11月下旬开展了作风纪律检查", "作风 ? > ?missing_date,missing_actor"],
  ["孙杰", "近期，王建国副理事长与李明进行了廉政谈话", "!廉谈 ? 王建国>李明 ?missing_date"],
  ["林晓", "下一步，机关纪委将继续开展作风纪律检查", "-"],
  // S5: a film at a typed meeting, no 警示 word: its own education, kind asked, the meeting without its title.
  ["孙杰", "11月25日党组书记张伟主持召开党风廉政建设专题会议，会上观看了专题片《不忘初心》", "!专题 11-25 张伟> | ? 11-25 张伟> 《不忘初心》 ?missing_type"],
  ["孙杰", "11月25日党组书记张伟主持召开党风廉政建设专题会议，会上集体观看了《迷途》", "!专题 11-25 张伟> | ? 11-25 张伟> 《迷途》 ?missing_type"],
  ["刘芳", "11月25日主持召开分管部门党风廉政建设工作会议，会上观看了纪录片《作风建设》，参加9人", "!分管会 11-25 > #9 | ? 11-25 > 《作风建设》 #9 ?missing_type"],
  // Near-misses: a warning film and a study at the meeting keep their kinds; a paper reviewed stays the meeting's title;
  // a film at an untyped meeting is asked its kind; a film watched with no meeting is asked as before.
  ["孙杰", "11月25日党组书记张伟主持召开党风廉政建设专题会议，会上观看警示教育片《清风》", "!专题 11-25 张伟> | 警示 11-25 张伟> 《清风》"],
  ["孙杰", "11月25日党组书记张伟主持召开党风廉政建设专题会议，会议学习了《条例》", "!专题 11-25 张伟> | 廉教 11-25 张伟> 《条例》"],
  ["孙杰", "11月25日党组书记张伟主持召开党风廉政建设专题会议，审议《实施方案》", "!专题 11-25 张伟> 《实施方案》"],
  ["孙杰", "11月25日召开支部会议，会上观看了专题片《不忘初心》", "!? 11-25 > 《不忘初心》 ?missing_type"],
  ["孙杰", "11月25日组织观看了《初心》", "? 11-25 > 《初心》 ?missing_type"],
];
