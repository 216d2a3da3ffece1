// Round 33a's faults 1, 1b and 5 (tester t33a, issue 10), fixed on branch s1. Read on Mon 2026-11-30 10:00 +08:00 (the
// tester's days, read on Thu 12-03, restated). Kinds: a plan clause beside a done deed (还将/将/拟/计划/准备/下一步 + 邀请…讲,
// 组织…学习) is a plan of its own — never a record, never on the deed's day, and never a reason to drop the done deed beside
// it; a pure plan of an invited lecture gets the plan reply, not a day question; a study only planned after a warning film
// is no second record; a clause naming only a month before its verb (11月开展廉洁文化进机关活动) keeps no day and is asked,
// never given the day of the clause after (or before) it, nor lost into a day of another month as its summary.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_THREE_D_ROWS: CorpusRow[] = [
  // 1. (fault 5, P1; fault 1, P10) A done deed with its own day, and an invited lecture still to come: the deed only.
  ["王磊", "宣文部11月20日组织观看警示教育片《围猎》，下一步还将邀请赵敏书记来部里讲廉政党课。", "警示 11-20 > 《围猎》"],
  ["王磊", "11月20日组织部门干部观看廉政微电影《一念之间》。12月还将邀请赵敏书记来部里讲廉政党课。", "廉教 11-20 > 《一念之间》"],
  ["杨帆", "下个月还将邀请市纪委专家来部里作廉政专题辅导，11月26日部里已组织全体干部学习了《廉洁自律准则》。", "!廉教 11-26 > 《廉洁自律准则》"],
  ["吴静", "康复部11月18日组织全体干部学习《中国共产党纪律处分条例》，计划12月邀请市纪委老师来部里讲课。", "!廉教 11-18 > 《中国共产党纪律处分条例》"],
  ["孙丽", "11月17日与王强进行了谈心谈话，准备下周邀请赵敏书记给科室讲一次廉政党课。", "谈心 11-17 >王强"],
  ["林晓", "11月26日对财务科开展了作风纪律检查，下一步将邀请市纪委同志来机关作警示教育辅导。", "作风 11-26 >"],
  ["周涛", "11月25日组联部召开部务会，学习了《廉洁自律准则》，拟于12月中旬邀请党校教授讲授廉政党课。", "廉教 11-25 > 《廉洁自律准则》"],
  // 2. (fault 1, P2) An invited lecture still to come, alone: the plan reply, never a day asked of a 廉政教育.
  ["杨帆", "12月还将邀请赵敏书记来部里讲廉政党课。", "-"],
  ["郑华", "12月拟邀请市纪委专家为部门干部讲授廉政党课。", "-"],
  ["冯雪", "计划邀请市纪委老师下周来部里作一次廉政辅导。", "-"],
  ["何平", "中心将邀请赵敏书记为全体职工讲廉政党课。", "-"],
  // 3. (fault 1, P9) A warning film watched and a study only planned: one 警示教育, no 廉政教育 split off on the film's day.
  ["王磊", "11月20日组织部门干部观看警示教育片《围猎》，下周还将组织全体人员学习《廉洁自律准则》。", "警示 11-20 > 《围猎》"],
  ["郑华", "11月24日组织部门观看警示教育片《迷途》，12月将组织全体干部学习《中国共产党纪律处分条例》。", "警示 11-24 > 《迷途》"],
  ["冯雪", "11月19日维权部组织学习了《廉洁自律准则》，下周准备组织观看警示教育片《蜕变》。", "廉教 11-19 > 《廉洁自律准则》"],
  ["何平", "11月21日组织全体职工观看警示教育片《蜕变》，拟于12月8日组织学习《中国共产党廉洁自律准则》。", "!警示 11-21 > 《蜕变》"],
  // 4. (fault 1b, A19, P3) A clause with only a month before its verb: asked its day, never the other clause's day.
  ["王强", "11月开展廉洁文化进机关活动，制作廉政公益海报3幅，11月20日组织部门干部观看廉政微电影《一念之间》。", "廉教 ? > ?missing_date | 廉教 11-20 > 《一念之间》 ?missing_actor"],
  ["王磊", "按照机关党委统一部署，宣文部11月开展廉洁文化进机关活动，制作廉政公益海报3幅，11月20日组织部门干部观看廉政微电影《一念之间》。12月还将邀请赵敏书记来部里讲廉政党课。", "!廉教 ? > ?missing_date | 廉教 11-20 > 《一念之间》"],
  ["吴静", "康复部11月组织干部学习《廉洁自律准则》，11月24日组织观看警示教育片《围猎》。", "!廉教 ? > 《廉洁自律准则》 ?missing_date | 警示 11-24 > 《围猎》"],
  ["周涛", "11月20日组联部组织观看廉政微电影《一念之间》，11月还开展了廉洁文化进机关活动。", "!廉教 11-20 > 《一念之间》 | 廉教 ? > ?missing_date"],
  // 5. The same kinds in other shapes: a closing 下一步，… sentence with a day (its lead goes with the plan), 近期还将, a plan
  // first, a plan item of a list; a month's lead (10月开展了…) before a day of another month is no summary of that day.
  ["王磊", "11月20日，宣文部组织部门干部观看警示教育片《围猎》。下一步，宣文部将于12月邀请赵敏书记来部里讲授廉政党课。", "!警示 11-20 > 《围猎》"],
  ["冯雪", "11月19日维权部召开部务会学习了《中国共产党纪律处分条例》，近期还将邀请赵敏书记来部里上廉政党课。", "!廉教 11-19 > 《中国共产党纪律处分条例》"],
  ["何平", "12月将开展廉洁文化进中心活动，11月21日已组织全体职工观看警示教育片《蜕变》。", "警示 11-21 > 《蜕变》"],
  ["王磊", "1. 11月20日组织部门干部观看警示教育片《围猎》\n2. 12月还将邀请赵敏书记来部里讲廉政党课", "警示 11-20 > 《围猎》"],
  ["吴静", "10月开展了廉洁文化进机关活动，11月20日组织观看警示教育片《围猎》。", "!廉教 ? > ?missing_date | 警示 11-20 > 《围猎》"],
  ["郑华", "10月份组织开展了警示教育，11月3日组织观看警示教育片《迷途》。", "!警示 ? > ?missing_date | 警示 11-03 > 《迷途》"],
  // Near-misses: a closing 下一步 sentence of no day (an intention, dropped), a 下一步 plan alone, a month's summary before
  // its own day (one record, l3's reading).
  ["王磊", "11月20日，宣文部组织部门干部观看警示教育片《围猎》。下一步，宣文部将持续深化廉洁文化建设。", "警示 11-20 > 《围猎》"],
  ["冯雪", "下一步，维权部将于12月组织观看警示教育片。", "-"],
  ["王磊", "本月开展了廉政教育，11月20日组织观看廉政微电影《一念之间》。", "廉教 11-20 > 《一念之间》"],
  // 6. Every 将 of a plan (还将深入 · 还将赴 · 还将为…讲), and a whole month still to come (会上明确12月邀请…), beside a done deed
  // of any type: the deed kept, the plan left out — never the whole message answered as a plan, nor the plan on the deed's day.
  ["王建国", "11月24日与孙丽进行了廉政谈话，还将深入财务科与全体干部逐一谈心。", "廉谈 11-24 >孙丽"],
  ["刘芳", "11月25日到康复部检查了责任书落实情况，还将赴组联部开展同样的检查。", "查责 11-25 >"],
  ["黄志刚", "11月26日对宣文部开展了作风纪律检查，月底还将对维权部开展检查。", "作风 11-26 >"],
  ["张伟", "11月9日为全体党员讲授了廉政党课，12月还将为机关干部讲一次警示教育课。", "党课 11-09 >"],
  ["王磊", "宣文部下周还将邀请赵敏书记来讲廉政党课，11月20日已组织观看警示教育片《围猎》。", "警示 11-20 > 《围猎》"],
  ["吴静", "11月18日组织全体干部学习《廉洁自律准则》，下一步还将请市纪委专家来部里作辅导。", "廉教 11-18 > 《廉洁自律准则》"],
  ["周涛", "11月25日组联部召开部务会学习了《廉洁自律准则》，会上明确12月邀请党校教授讲廉政党课。", "!廉教 11-25 > 《廉洁自律准则》"],
  // Near-misses: a second deed said done on a day still to come (asked, as before), 将 meaning 把 after a done film.
  ["黄志刚", "11月26日对宣文部开展了作风纪律检查，12月1日还对维权部开展了检查。", "!作风 11-26 > | 作风 12-01 > ?future_date"],
  ["王磊", "11月20日组织部门干部观看警示教育片《围猎》，并将观后感汇编成册。", "警示 11-20 > 《围猎》"],
  // Near-misses: a plan item of a numbered list (P7), a plan in traditional characters (P8), a plan after a done talk (P14),
  // a plan of a weekday (B05), invitations said done, a study said done beside the film, a study with its own day, a month
  // leading the days after it, 本月 asked as before, 将 meaning 把.
  ["林晓", "一是11月27日对宣文部开展了作风检查；二是将于12月10日对财务科开展专项资金检查。", "!作风 11-27 >"],
  ["吴静", "下週將組織全部門觀看警示教育片", "-"],
  ["周涛", "昨天和张颖谈心谈话，下一步还将与组联部其他同志逐一谈心。", "谈心 11-29 >张颖"],
  ["王建国", "下周二准备和财务科全体人员开个廉政教育会", "-"],
  ["王磊", "11月25日宣文部邀请市纪委专家来部里讲授廉政党课。", "!廉教 11-25 >"],
  ["周涛", "按计划邀请市纪委专家11月26日来部里作了廉政专题辅导", "!廉教 11-26 >"],
  ["王磊", "11月20日组织部门干部观看警示教育片《围猎》，并组织全体人员学习《廉洁自律准则》。", "!廉教 11-20 > 《廉洁自律准则》 | 警示 11-20 > 《围猎》"],
  ["王磊", "11月20日组织部门干部观看警示教育片《围猎》，11月24日组织部门干部学习《廉洁自律准则》。", "!警示 11-20 > 《围猎》 | 廉教 11-24 > 《廉洁自律准则》"],
  ["张颖", "11月份，组联部先后两次组织学习：11月9日学习《廉洁自律准则》，11月23日学习《中国共产党纪律处分条例》。", "!廉教 11-09 周涛> 《廉洁自律准则》 | 廉教 11-23 周涛> 《中国共产党纪律处分条例》"],
  ["吴静", "本月组织部门干部学习《廉洁自律准则》，11月20日组织观看警示教育片《围猎》。", "!廉教 ? > 《廉洁自律准则》 ?missing_date | 警示 11-20 > 《围猎》"],
  ["孙丽", "11月23日，财务科将《廉洁自律准则》印发全科并组织学习。", "廉教 11-23 > 《廉洁自律准则》"],
];
