// Parser faults of round 17 (r17, issue 10): 「部门分管科室会议」 with no verb, closing remarks, counted 信息 with days, 信息 named before its verb.
import type { CorpusRow } from './corpusRow.js';

export const SEVENTEEN_R_ROWS: CorpusRow[] = [
  // 「组联部分管科室会议」 with no verb names the meeting's department: the sender's when they supervise it (was: given to
  // the department's head, with a note that he supervises nothing), else its 分管领导's, on the card.
  ["刘芳", "补报10月份的：10.9 组联部分管科室会议；10.21 和吴静廉政谈话", "!分管会 10-09 > | 廉谈 10-21 >吴静"],
  ["刘芳", "10月9日组联部分管科室会议", "分管会 10-09 >"],
  ["陈志强", "10月15日教育就业部分管科室会议", "分管会 10-15 >"],
  ["陈志强", "11月4日维权部分管科室党风廉政建设工作会议", "分管会 11-04 >"],
  ["周涛", "10月9日组联部分管科室会议", "!分管会 10-09 刘芳>"],
  // What those who took part said afterwards (大家纷纷表示，要以案为鉴…) is no deed, and its type words type nothing (was: a
  // 警示教育 of the sender added, or the 廉政教育 retyped as 警示教育).
  ["孙杰", "清风廉韵润心田——康复中心开展“廉洁家风”主题教育活动\n为进一步筑牢党员干部家庭廉洁防线，11月20日下午，残疾人康复中心组织全体党员职工开展“廉洁家风”主题教育活动。中心主任何平带领大家集中学习了《关于加强新时代廉洁文化建设的意见》，观看了廉洁家风微电影《家书》，并组织职工签订家庭助廉承诺书。大家纷纷表示，要以案为鉴、廉洁齐家。（图为活动现场）", "!廉教 11-20 何平> 《关于加强新时代廉洁文化建设的意见、家书》 | 签责 11-20 何平>"],
  ["刘洋", "11月20日康复部组织学习了《廉洁自律准则》，大家纷纷表示，要以案为鉴、廉洁自律。", "!廉教 11-20 吴静> 《廉洁自律准则》"],
  ["刘洋", "11月20日康复部组织学习了《廉洁自律准则》，纷纷表示要以案为鉴、廉洁自律。", "!廉教 11-20 吴静> 《廉洁自律准则》"],
  ["吴静", "11月20日部里组织观看廉政微电影，与会人员一致认为，要以案为鉴，守住底线。", "!廉教 11-20 >"],
  ["王磊", "11月12日组织学习《中国共产党纪律处分条例》，党员干部深受教育，表示要以案为鉴。", "!廉教 11-12 > 《中国共产党纪律处分条例》"],
];
