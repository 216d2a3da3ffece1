// Round 19's section and summary faults (b19, issue 10): a plan section inside a summary (二、下周安排 · 12月计划：), bare
// weekdays under a heading that names its span of days, and one paper duty told twice (做完了 … 报告交了).
import type { CorpusRow } from './corpusRow.js';

export const NINETEEN_B_ROWS: CorpusRow[] = [
  // 3. A section headed 计划/安排/下一步/下周/下月/下阶段 holds plans: named on the card as not recorded, never asked their day
  // (was: read as deeds, each asked its day, and 督促…自查 as the sender's 自查总结).
  ["王芳", "本月工作：\n11月18日组织办公室观看警示教育片《围猎》\n下月工作计划：\n1.开展节前廉政提醒谈话\n2.对康复中心开展明查暗访", "!警示 11-18 > 《围猎》"],
  ["黄志刚", "11月已完成：11月24日对宣文部开展作风纪律检查。\n12月计划：组织全体党员观看警示教育片；督促各部室完成述责述廉。", "!作风 11-24 >"],
  ["林晓", "一、本周已完成\n1.11月25日对教育就业部考勤进行抽查；\n二、下一步工作安排\n1.对财务科专项资金使用情况开展检查；\n2.组织签订节前廉洁承诺书。", "!作风 11-25 >"],
  ["李明", "11月23日与王芳谈心谈话。\n下阶段打算：和胡军进行廉政谈话，组织办公室学习《廉洁自律准则》。", "谈心 11-23 >王芳"],
  ["孙丽", "财务科本月情况：\n11月12日与王强谈心谈话\n三、下周安排\n与李娟进行廉政谈话", "谈心 11-12 >王强"],
  // 周一会同…: 一会 inside 周一会同 is no 「一会儿」 (was: the item read as a plan and dropped).
  // k22: 财务科 only went along (会同), so the check is of 各部室, every department, shown for 确认 as 各部室 checks are (it
  // was stored at once at 财务科).
  ["林晓", "周一会同财务科对各部室考勤进行了抽查", "!作风 11-30 >"],
  // 4. A heading's span of days (11.23-11.27, 11月16日-11月20日, 11月23日至27日) puts every bare weekday under it in that span
  // (was: 周三 this week's, 周五 last week's, under one heading).
  ["黄志刚", "机关纪委上周工作（11月16日-11月20日）\n周二与王强进行廉政谈话\n周四对康复中心开展作风纪律检查", "!廉谈 11-17 >王强 | 作风 11-19 >"],
  ["王芳", "办公室周报（11.23—11.27）\n周一组织办公室学习《廉洁自律准则》；周四李明主任与胡军谈心谈话", "!廉教 11-23 > 《廉洁自律准则》 | 谈心 11-26 李明>胡军"],
  ["刘洋", "本周工作小结(11月23日至27日)：周二吴静部长和我进行了廉政谈话", "!廉谈 11-24 吴静>刘洋"],
  ["林晓", "纪检组工作小结（11.23-11.27）\n一、已完成\n1.周一会同办公室对各部室考勤进行抽查，发现迟到2人次；\n2.周三黄书记与刘洋进行廉政谈话；\n二、下周安排\n1.督促各部室报送11月信息。", "!作风 11-23 > | 廉谈 11-25 黄志刚>刘洋"],
  // 7. A paper duty said done and then its paper handed in on a day is one record, of the day it went in (was: two).
  ["赵磊", "帮冯部长报一下：维权部年度自查已经结束，自查报告11月25日报到了机关纪委", "!自查 11-25 冯雪>"],
  ["周涛", "组联部的自查已经完成，自查报告11月26日报给了机关纪委", "!自查 11-26 >"],
  ["陈志强", "今年的述责述廉写好了，述责述廉报告11月24日交给党组了", "!述廉 11-24 >"],
];
