// Meetings' topics and studies without 《》 (issue 10), found by tester t33b (round 33b, F0/F3/F6) and fixed on branch v1.
// Read on Mon 2026-11-30 10:00 +08:00. Kinds: a 分管部门会议 whose topic is other work said in the clause after it
// (，研究部署年终考核工作) was a 分管科室党风廉政建设工作会议 on a card — it is no duty meeting, as 分管部门年终考核工作会 was
// not; a 分析研判 clause after a 分管科室会议 made a second record (the secretary's duty, for the chair) — it is that
// meeting's topic; a study of a named 论述/重要指示 with a 廉政/纪律 word and no 《》 (台账 line) was not read — it is a
// 廉政教育 with that title.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_THREE_H_ROWS: CorpusRow[] = [
  // F0. A 分管部门会议 whose stated topic, in the clause after it, is other work: not a duty meeting, nothing recorded.
  ["周涛", "上周四刘理事长主持召开分管部门会议，研究部署年终考核工作", "-"],
  ["刘芳", "11月26日主持召开分管部门会议，听取各部门年终考核工作汇报", "-"],
  ["陈志强", "11月25日召开分管科室会议，部署年终宣传工作", "-"],
  ["周涛", "会议纪要\n时间：11月26日下午\n主持人：刘芳\n参加人员：周涛、吴静\n内容：召开分管部门会议，研究部署年终考核工作。", "-"],
  // Near-misses: a topic with a 党风廉政 word, or one naming no work in particular, keeps it a 分管科室会议.
  ["周涛", "上周四刘芳副理事长主持召开分管部门会议，研究部署党风廉政建设工作", "!分管会 11-26 刘芳>"],
  ["刘芳", "11月26日主持召开分管部门会议，研究部署下一步工作", "分管会 11-26 >"],
  ["刘芳", "11月26日主持召开分管部门会议，研究部署年终考核和廉政风险防控工作", "分管会 11-26 >"],
  // F3. 分析研判 after a 分管科室会议 is what the meeting did: one record, the 纪要's 主持人 its doer, no question.
  ["胡军", "会议纪要\n时间：11月20日上午\n主持人：王建国\n参加人员：李明、孙丽\n内容：召开分管科室党风廉政建设工作会议，分析研判分管领域廉政风险。", "!分管会 11-20 王建国>"],
  ["胡军", "11月20日王建国副理事长主持召开分管科室党风廉政建设工作会议，分析研判分管领域廉政风险。", "!分管会 11-20 王建国>"],
  ["王建国", "11月20日主持召开分管科室会议，会上分析研判了分管领域廉政风险，部署了下一步工作", "!分管会 11-20 >"],
  ["刘芳", "11月24日召开分管部门党风廉政建设工作会议，传达上级精神，分析研判廉政风险点", "分管会 11-24 >"],
  ["陈志强", "11月19日召开分管科室会议，对分管领域政治生态进行分析研判", "分管会 11-19 >"],
  ["刘芳", "11月24日召开分管部门会议，就岗位廉政风险开展研判", "分管会 11-24 >"],
  ["周涛", "会议纪要\n时间：11月26日下午\n主持人：刘芳\n参加人员：周涛、吴静\n内容：召开分管部门党风廉政建设工作会议，对分管领域廉政风险进行分析研判。", "!分管会 11-26 刘芳>"],
  // Near-misses: 党组会议 (no catalogue meeting) stays 分析研判; a 专题会议 that analysed gives both; an analysis on a day of
  // its own is a deed of its own.
  ["张伟", "11月20日主持召开党组会议，分析研判全面从严治党形势。", "研判 11-20 >"],
  ["张伟", "11月20日召开全面从严治党专题会议，分析研判了全面从严治党形势", "!专题 11-20 > | 研判 11-20 >"],
  ["张伟", "11月20日召开全面从严治党专题会议。11月25日开展党风廉政建设形势分析研判", "!专题 11-20 > | 研判 11-25 >"],
  ["王建国", "11月20日召开分管科室会议，11月25日分析研判分管领域政治生态", "!分管会 11-20 > | 研判 11-25 >"],
  // F6. A study of a named 论述 with a 廉政/纪律 word, no 《》: a 廉政教育 with that title, its head count kept.
  ["王磊", "宣传文化部11月工作台账\n11月5日 与杨帆签订廉洁自律承诺书\n11月13日 报送廉政信息1篇\n11月27日 全体人员学习习近平关于党风廉政建设重要论述 参加人数5", "!签责 11-05 >杨帆 | 信息 11-13 > | 廉教 11-27 > 《习近平关于党风廉政建设重要论述》 #5"],
  ["王磊", "11月27日 全体人员学习习近平关于党风廉政建设重要论述 参加人数5", "廉教 11-27 > 《习近平关于党风廉政建设重要论述》 #5"],
  ["周涛", "11月18日组织部门同志学习习近平关于纪律建设的重要论述，6人参加", "廉教 11-18 > 《习近平关于纪律建设的重要论述》 #6"],
  // Near-misses: a 论述 of no 廉政/纪律 word keeps its title and is asked its type; 《》 as before.
  ["王磊", "11月27日组织学习习近平总书记关于全面从严治党的重要论述，参加5人", "? 11-27 > 《习近平总书记关于全面从严治党的重要论述》 #5 ?missing_type"],
  ["王磊", "11月27日组织学习习近平关于意识形态工作的重要论述", "? 11-27 > 《习近平关于意识形态工作的重要论述》 ?missing_type"],
  ["王磊", "11月27日组织全体人员学习《习近平关于党风廉政建设重要论述摘编》，参加5人", "廉教 11-27 > 《习近平关于党风廉政建设重要论述摘编》 #5"],
];
