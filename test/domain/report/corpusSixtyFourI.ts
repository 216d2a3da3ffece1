// Round 64, fixer gdi (issue 10; t67a P2–P5): cards — an item lost from a pasted list, edits and answers only half applied,
// notes that stay after an edit. Findings (on m64 as merged at 11:30): 孙丽's 4-line list 「12月1日 王强 廉政谈话⏎12月2日 李娟
// 谈心谈话⏎12月3日 学习廉政信息⏎12月4日 检查本科室报销票据」 lost line 4 (a self-check of 财务科's 报销票据, no 了): a dated list
// line that is only a check verb and the books (本科室 · 本部门 between) on a day gone by is now a funds check told done
// (booksTerseLine), shown on the card; 「11月24日 王强 廉政谈话⏎11月27日 检查本科室报销票据」 was stored at once with line 2 dropped
// silently. The rest of the findings are dialog turns (test/e2e/cardEditsSixtyFourI.test.ts): 「最后两条不用记」 counts the
// member's lines when one was unread (memberEndsDrop), 「是的 吴晶是吴静」 to 「是不是周涛？」 applies both, 「被检查的是宣文部」 ·
// 「黄志刚带队，查的是宣文部」 on a check's card set its unit, and an edit typed on the card is said as a card edit (no 「消息里有您
// 更正过的内容」), the inferred-type note gone once the member set the type or the inferred record left. The rows here show the
// first messages of those dialogs as read, and that the edit words alone are no report.
// Before → after: 15 of these 36 messages read differently before; the others are near-misses and variants read as
// before (检查了本科室的报销票据 · a day to come · 今天 with no 了 · 要检查 · 卫生 · 情况汇总 · 报销票据 alone · 自查本科室财务票据).
// Left as today: 「11月27日 检查本科室报销票据和账目」 (two books joined by 和) is still no record.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_FOUR_I_ROWS: CorpusRow[] = [
  ["孙丽", "11月24日 王强 廉政谈话\n11月25日 李娟 谈心谈话\n11月26日 学习廉政信息\n11月27日 检查本科室报销票据", "!廉谈 11-24 >王强 | 谈心 11-25 >李娟 | 资金 11-27 >"], // was !廉谈 11-24 >王强 | 谈心 11-25 >李娟
  ["孙丽", "11月27日 检查本科室报销票据", "!资金 11-27 >"], // was -
  ["孙丽", "11月27日 检查本科室的报销票据", "!资金 11-27 >"], // was -
  ["孙丽", "11月27日 抽查本科室报销凭证", "!资金 11-27 >"], // was -
  ["孙丽", "11月27日 核查本部门财务票据", "!资金 11-27 >"], // was -
  ["孙丽", "11月27日 检查报销单据", "!资金 11-27 >"], // was -
  ["孙丽", "11月27日 查阅账目", "!资金 11-27 >"], // was -
  ["王建国", "11月26日 检查本科室报销票据", "!资金 11-26 >"], // was -
  ["孙丽", "11月24日 王强 廉政谈话\n11月27日 检查本科室报销票据", "!廉谈 11-24 >王强 | 资金 11-27 >"], // was 廉谈 11-24 >王强
  ["孙丽", "11月24日 和王强廉政谈话\n11月27日 抽查本科室报销凭证", "!廉谈 11-24 >王强 | 资金 11-27 >"], // was 廉谈 11-24 >王强
  ["孙丽", "12月3日 检查本科室报销票据", "-"],
  ["孙丽", "今天 检查本科室报销票据", "-"],
  ["孙丽", "11月27日 检查本科室报销票据的情况汇总", "-"],
  ["孙丽", "11月27日 要检查本科室报销票据", "-"],
  ["孙丽", "11月27日 检查本科室卫生", "-"],
  ["孙丽", "11月27日检查了本科室的报销票据", "!资金 11-27 >"],
  ["孙丽", "11月27日 报销票据", "-"],
  ["林晓", "11月26日黄志刚带队到宣文部检查作风纪律", "!作风 11-26 黄志刚>"],
  ["林晓", "11月26日黄志刚带队到宣传部检查作风纪律", "!作风 11-26 黄志刚>"],
  ["王芳", "11月26日李明主任带队到康复中心检查作风纪律", "!作风 11-26 李明>"],
  ["刘芳", "今天和周滔 吴晶进行了廉政谈话", "廉谈 11-30 > ?unknown_counterpart | 廉谈 11-30 > ?unknown_counterpart"],
  ["刘芳", "今天和周涛 吴静进行了廉政谈话", "廉谈 11-30 >周涛 | 廉谈 11-30 >吴静"],
  ["赵敏", "今天开会传达了上级廉政文件精神 应该算廉政教育吧", "!廉教 11-30 >"],
  ["赵敏", "今天召开专题会议研究党风廉政建设工作", "专题 11-30 >"],
  ["孙丽", "被检查的是宣文部", "-"],
  ["孙丽", "查的是宣文部", "-"],
  ["孙丽", "是的 吴晶是吴静", "-"],
  ["孙丽", "最后两条不用记", "-"],
  ["孙丽", "11月24日 王强 廉政谈话\n11月25日 李娟 谈心谈话\n11月27日 检查本科室报销票据", "!廉谈 11-24 >王强 | 谈心 11-25 >李娟 | 资金 11-27 >"], // was !廉谈 11-24 >王强 | 谈心 11-25 >李娟
  ["孙丽", "11月24日\t检查本科室报销票据", "!资金 11-24 >"], // was -
  ["郑华", "11月25日 检查本部门经费支出", "!资金 11-25 >"],
  ["孙丽", "上周四 检查本科室报销票据", "!资金 11-26 >"], // was -
  ["孙丽", "11月26日 核对本科室报销单据", "!资金 11-26 >"], // was -
  ["孙丽", "11月26日 自查本科室财务票据", "自查 11-26 >"],
  ["周涛", "11月24日 张颖 谈心谈话\n11月25日 学习廉政信息\n11月26日 检查本部门报销票据", "!谈心 11-24 >张颖 | 资金 11-26 >"], // was 谈心 11-24 >张颖
  ["孙丽", "11月27日 检查本科室报销票据和账目", "!资金 11-27 >"], // round 65 gec: was - (a terse line checking two books joined by 和 is a funds check too)
];
