// 并查看了部门廉政档案 · 查阅了报销台账 · 翻阅了廉政风险防控台账 (round 41, t40b F10 / t40a F7: a visitor's look through a
// department's papers, after its talks, was neither recorded nor named): looking through the papers a department keeps
// for the duty is checking them, a check of no named kind (asked its type), the visitor's, at the place visited.

/**
 * The words of papers looked through, said done: a verb of looking (查看 · 查阅 · 翻阅 · 调阅) with 了, then within one
 * clause a paper a department keeps (台账 · 档案 · 账目 · 凭证 · 账簿 · 记录本). A regex source, unanchored.
 * 查看了学习资料 · 查阅了相关文件 name no such paper: no check.
 */
export const PAPERS_DONE_SOURCE = '(?:查看|查阅|翻阅|调阅|检查)了[^,;。!?，；！？\\n]{0,14}?(?:台账|档案|账目|凭证|账簿|记录本)';

/** 查看了部门廉政档案 (see PAPERS_DONE_SOURCE). */
export const PAPERS_DONE = new RegExp(PAPERS_DONE_SOURCE);
