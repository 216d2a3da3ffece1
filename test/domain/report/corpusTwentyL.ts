// Shapes of issue 10 still not understood after round 19 (l20): 跟 a junior on a check, 廉政建设工作会议 with no 党风.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_L_ROWS: CorpusRow[] = [
  // 6. 跟 ‹someone the sender outranks› 到/去… a check: like 和 (round 18, J), the sender led and the other went along
  // (was: 林晓 recorded as the doer of a 副理事长's check). Someone senior followed (跟黄书记去…) is still the doer.
  ["刘芳", "11月25日跟林晓到宣文部开展了作风纪律检查", "!作风 11-25 >"],
  ["黄志刚", "上周三跟王芳到康复部开展了作风纪律检查", "!作风 11-25 >"],
  ["张伟", "今天上午跟林晓一起到维权部开展了作风纪律督查", "作风 11-30 >"],
  ["赵敏", "11月27日跟王磊部长去康复中心进行了明查暗访", "!作风 11-27 >"],
  ["陈志强", "上周四跟林晓去教就部查了一下工作纪律", "!作风 11-26 >"],
  ["王芳", "11月25日跟黄书记去了一趟维权部，检查了工作纪律", "!作风 11-25 黄志刚>"],
  // 5. 廉政建设工作会议 without 党风 is the meeting it names, as with 党风 (was: the list item dropped, nothing said).
  ["陈志强", "1. 11月5日召开中心廉政建设工作会议\n2. 11月12日与郑华进行廉政谈话", "!专题 11-05 > | 廉谈 11-12 >郑华"],
  ["王磊", "11月18日召开部门廉政建设工作会议，赵敏书记出席并讲话", "!分管会 11-18 赵敏>"],
  ["张颖", "1. 11月10日 部门召开廉政建设工作会议，刘芳副理事长出席\n2. 11月12日 组织观看警示教育片《围猎》，参加8人", "!分管会 11-10 刘芳> | 警示 11-12 > 《围猎》 #8"],
  ["张伟", "11月20日主持召开党组廉政建设工作会议", "专题 11-20 >"],
  ["何平", "一、11月6日，召开中心廉政建设工作会议，赵敏书记参加并讲话；\n二、11月13日，中心全体职工学习《中国共产党廉洁自律准则》。", "!分管会 11-06 赵敏> | 廉教 11-13 > 《中国共产党廉洁自律准则》"],
];
