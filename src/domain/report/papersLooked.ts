// 并查看了部门廉政档案 · 查阅了报销台账 · 翻阅了廉政风险防控台账 (round 41, t40b F10 / t40a F7: a visitor's look through a
// department's papers, after its talks, was neither recorded nor named): looking through the papers a department keeps
// for the duty is checking them, a check of no named kind (asked its type), the visitor's, at the place visited.

/**
 * The words of papers looked through, said done: a verb of looking (查看 · 查阅 · 翻阅 · 调阅) with 了, then within one
 * clause a paper a department keeps (台账 · 档案 · 账目 · 凭证 · 账簿 · 记录, 记录本 among them). A regex source, unanchored.
 * 先查看了廉政学习记录，随后与王部长和我分别进行了谈心谈话 (t44b F4: the look dropped, while 检查了 was asked its type): a
 * department's 记录 (学习 · 会议 · 考勤 · 谈话记录) are such papers, and 抽查了 looks through them as well.
 * 查看了学习资料 · 查阅了相关文件 name no such paper: no check.
 */
export const PAPERS_DONE_SOURCE = '(?:查看|查阅|翻阅|调阅|抽查|检查)了[^,;。!?，；！？\\n]{0,14}?(?:台账|档案|账目|凭证|账簿|记录)';

/** 查看了部门廉政档案 (see PAPERS_DONE_SOURCE). */
export const PAPERS_DONE = new RegExp(PAPERS_DONE_SOURCE);
