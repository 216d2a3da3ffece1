// Found by the final tester of round 30 (t30f, issue 10): a word inside 《》 chose the type (学习了《…监督检查工作规则》 was
// stored at once as a 作风纪律检查, 学习《廉政谈话制度》 asked 和谁) — a studied document's title is never the type, save a
// study's own kind.
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
  ["王建国", "11月20日与李明签订了《党风廉政建设责任书》", "!签责 11-20 >李明"],
  ["郑华", "11月18日组织学习《廉洁自律准则》，参加6人", "廉教 11-18 > 《廉洁自律准则》 #6"],
  ["林晓", "11月12日对照《作风纪律检查工作办法》对各部门开展了作风纪律检查", "!作风 11-12 > 《作风纪律检查工作办法》"],
];
