// Found by the final tester of round 30 (t30f, issue 10): a word inside 《》 chose the type (学习了《…监督检查工作规则》 was
// stored at once as a 作风纪律检查, 学习《廉政谈话制度》 asked 和谁) — a studied document's title is never the type, save a
// study's own kind; an unnamed person beside a named one (与杨帆和另一名同志) was dropped without a word — now asked who;
// 信息已于11月28号报送 read no deed; 和杨帆补谈 asked 「杨帆补」是哪一位; 警示教育篇一念之差 lost its title.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_E_ROWS: CorpusRow[] = [
  // A study of a document whose title names another kind: the study, or its type asked — never the kind in the title.
  ["林晓", "今天组织学习了《纪检监察机关监督检查工作规则》，参加5人", "? 11-30 > 《纪检监察机关监督检查工作规则》 #5 ?missing_type"],
  ["黄志刚", "11月25日组织纪检干部集中学习了《纪检监察机关监督检查工作规则》", "? 11-25 > 《纪检监察机关监督检查工作规则》 ?missing_type"],
  ["何平", "11月27日组织中心职工学习《廉政谈话制度》，参加10人", "廉教 11-27 > 《廉政谈话制度》 #10"],
  ["王磊", "11月26日组织部门学习《党员领导干部廉政谈话办法》", "廉教 11-26 > 《党员领导干部廉政谈话办法》"],
  // Near-misses: a title that is no discipline document is asked; a signing, and a check named outside the title, keep theirs.
  ["孙丽", "今天组织科室学习了《财务检查工作规定》，参加5人", "? 11-30 > 《财务检查工作规定》 #5 ?missing_type"],
  ["王建国", "11月20日与李明签订了《党风廉政建设责任书》", "签责 11-20 >李明"],
  ["王建国", "11月20日与李明签订《党风廉政建设责任书》，并组织学习了相关文件", "!签责 11-20 >李明"],
  ["郑华", "11月18日组织学习《廉洁自律准则》，参加6人", "廉教 11-18 > 《廉洁自律准则》 #6"],
  ["林晓", "11月12日对照《作风纪律检查工作办法》对各部门开展了作风纪律检查", "!作风 11-12 > 《作风纪律检查工作办法》"],
  // One unnamed person beside a named one: a record of their own, asked who; several: on a card with a remark.
  ["王磊", "11月19日与杨帆和另一名同志进行了谈心谈话", "!谈心 11-19 >杨帆 | 谈心 11-19 > ?ambiguous_counterpart"],
  ["郑华", "11月24日与陈静同志、另外一位同事分别谈了心", "!谈心 11-24 >陈静 | 谈心 11-24 > ?ambiguous_counterpart"],
  ["王建国", "11月23日与李明部长和一名新来的科员进行了廉政谈话", "!廉谈 11-23 >李明 | 廉谈 11-23 > ?ambiguous_counterpart"],
  ["王磊", "11月19日与杨帆和两名新同志进行了谈心谈话", "!谈心 11-19 >杨帆"],
  // Near-misses: everyone named, as before.
  ["王磊", "11月19日与杨帆进行了谈心谈话", "谈心 11-19 >杨帆"],
  ["郑华", "11月24日与陈静、王强分别谈了心", "谈心 11-24 >陈静 | 谈心 11-24 >王强"],
  // 信息 before 已于/于 and its day (t30f §1.9): sent that day; near-misses: the day before 已, the verb first, a plan (将于).
  ["王磊", "宣文部11月份廉政信息已于11月28号报送", "信息 11-28 >"],
  ["孙丽", "财务科11月廉政信息已于11月27日上报", "信息 11-27 >"],
  ["吴静", "康复部11月份的信息已于上周五报送", "信息 11-27 >"],
  ["周涛", "组联部本月信息于11月25日报送机关纪委", "信息 11-25 >"],
  ["王磊", "宣文部11月份廉政信息11月28号已报送", "信息 11-28 >"],
  ["王磊", "11月28日报送了宣文部11月份廉政信息", "信息 11-28 >"],
  ["王磊", "宣文部11月份廉政信息将于12月5日报送", "-"],
  // 补 after a name is a make-up (补谈 · 补签), not a longer name (t30f §1.12); near-misses: a doubled last character is asked.
  ["王磊", "上周二我和杨帆补谈了一次心，是谈心谈话", "谈心 11-24 >杨帆"],
  ["孙丽", "11月24日与李娟补签了廉政承诺书", "签责 11-24 >李娟"],
  ["王磊", "11月24日与杨帆帆谈了一次心", "谈心 11-24 > ?ambiguous_counterpart"],
  ["孙丽", "11月24日与王强强进行了廉政谈话", "廉谈 11-24 > ?ambiguous_counterpart"],
  // 篇 typed for 片 right after watching keeps the film's title (t30f §1.13), on a card; near-misses: 片 at once, a 篇 heading.
  ["冯雪", "11月25日组织观看了警示教育篇一念之差，应到8人实到7人", "!警示 11-25 > 《一念之差》 #7"],
  ["冯雪", "11月25日观看警示教育片一念之差，应到8人实到7人", "警示 11-25 > 《一念之差》 #7"],
  ["周涛", "警示教育篇：11月12日组织全部门观看警示教育片《警钟长鸣》，参加6人", "!警示 11-12 > 《警钟长鸣》 #6"],
];
