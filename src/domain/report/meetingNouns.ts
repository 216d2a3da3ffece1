// The words before 会/会议 that 机关 writing uses to name a working meeting (推进会 · 联席会议 · 碰头会 · 例会…).

/**
 * Regex source (no groups): what may stand between a meeting's matter (党风廉政建设 · 廉政工作) and 会/会议/大会 —
 * 推进, 部署, 动员, 总结, 警示, 调度, 联席, 碰头, 协调, 会商, 座谈, 例 (例会), 工作例 (工作例会), 专题. Added after
 * round 34a (F8): 党风廉政建设联席会议 was 没看懂 while 党风廉政建设工作会议 was read.
 */
export const MEETING_NOUN_LEAD = '推进|部署|动员|总结|警示|调度|联席|碰头|协调|会商|专题会商|座谈|工作例|例|专题';
