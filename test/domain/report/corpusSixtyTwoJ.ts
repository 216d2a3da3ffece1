// Round 62, fixer gbj (issue 10): corrections in words of a stored check — the short kind word 专项检查, and a day put right in
// the same message (t65a Part B, B-F3).
// Findings: 黄志刚 「维权部那次算专项检查吧」 was 没看懂 and 「…改成专项检查」 was 「没有在通讯录里找到「专项检查」」 (a kind looked up as
// a name): 专项检查 is not a kind word (the house keeps 专项资金检查), so hedgedKindChange found no kind and the terse correction
// reader took it for a person. Now (shortKindWord) 专项检查 after a change word (改成 · 改为 · 算 · 算是 · 应该是 · 其实是 · 是) is read
// as 专项资金检查, in those two readers only; 「去维权部查公务用车那次不是周三是周四 算专项检查吧」 (two changes in one) has its day read
// too (hedgedKindChange's naming words may deny a day and say the right one) — one 请确认修改 card with both (e2e file).
// Here: no report for any of them (correctLatest's card); near-misses keep their reading — 开展专项检查 in a report is still a
// check asked its kind, 专项检查工作方案 is no kind change, a stored record named with 作风纪律检查 keeps the older reading.
// B-F1: 「今天和王磊谈心那次 是刘芳谈的不是我 我只是在场」 · 「不对，今天和王磊那条谈心谈话是刘芳谈的，不是我」 were two talks (a
// duplicate 王磊 talk, a new 赵敏–刘芳 talk): storedDoerWords now strips a 不对，opening and reads 我只是在场/陪同 after the change
// (said back on the card). B-F5: 「12月1日张书记课后谈话那条漏了我，张书记也和我谈了」 was a talk asked its type: leftOutMeWords takes
// the doer named again before 也和我谈了, so the type comes from the named record.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_TWO_J_ROWS: CorpusRow[] = [
  // B-F3: the short kind word after a change word, the record named by place, by what was checked, by day, or 刚才那条.
  ["黄志刚", "维权部那次算专项检查吧", "-"],
  ["黄志刚", "维权部那次算专项检查吧。", "-"],
  ["黄志刚", "维权部那次 算专项检查吧", "-"],
  ["黄志刚", "维权部那次检查算专项检查吧", "-"],
  ["黄志刚", "维权部那次改成专项检查", "-"],
  ["黄志刚", "维权部那次改为专项检查", "-"],
  ["黄志刚", "那次检查改成专项检查", "-"],
  ["黄志刚", "刚才那条改成专项检查", "-"],
  ["黄志刚", "刚才那条改为专项检查", "-"],
  ["黄志刚", "刚才那条算专项检查吧", "-"],
  ["黄志刚", "维权部那次应该是专项检查", "-"],
  ["黄志刚", "维权部那次其实是专项检查", "-"],
  ["黄志刚", "维权部那次就算专项检查吧", "-"],
  ["黄志刚", "维权部那次应该算专项检查", "-"],
  ["黄志刚", "那次检查算专项检查吧", "-"],
  ["黄志刚", "查公务用车那次算专项检查吧", "-"],
  ["黄志刚", "上周三那次检查 算专项检查吧", "-"],
  ["黄志刚", "上周三维权部那次算专项检查吧", "-"],
  ["黄志刚", "财务科那次检查算是专项检查", "-"],
  ["林晓", "维权部那次算专项检查吧", "-"],
  // B-F3: two changes in one — the day denied and put right, then the kind.
  ["黄志刚", "去维权部查公务用车那次不是周三是周四 算专项检查吧", "-"],
  ["黄志刚", "维权部那次不是周三是周四 算专项检查吧", "-"],
  ["黄志刚", "维权部那次不是周三是周四，算专项检查吧", "-"],
  ["黄志刚", "查公务用车那次不是周三是周四 应该是专项检查", "-"],
  ["黄志刚", "去维权部那次不是周三是周四", "-"],
  ["黄志刚", "刚才那条应该是专项资金检查", "-"],
  // Near-misses: a report naming 专项检查 is still a check asked its kind; a whole kind word keeps its reading.
  ["黄志刚", "今天到维权部开展了专项检查", "? 11-30 > @维权部 ?missing_type"],
  ["黄志刚", "今天到维权部开展专项检查", "? 11-30 > @维权部 ?missing_type"],
  ["黄志刚", "今天到财务科开展了专项资金检查", "资金 11-30 > @财务科"],
  ["黄志刚", "今天到维权部检查了公务用车", "!作风 11-30 > @维权部"],
  ["黄志刚", "今天开展了专项检查工作方案的学习", "-"],
  ["黄志刚", "今天到维权部开展专项检查 查的公务用车", "!作风 11-30 > @维权部"],
  // B-F1: a stored talk's doer put right after 不对，/错了，, or with 我只是在场 after it — no report (storedDoerChange's card).
  ["赵敏", "今天和王磊谈心那次 是刘芳谈的不是我 我只是在场", "-"],
  ["赵敏", "不对，今天和王磊那条谈心谈话是刘芳谈的，不是我", "-"],
  ["赵敏", "和王磊那次是刘芳谈的不是我 我只是陪同", "-"],
  ["赵敏", "错了，和王磊那次是刘芳谈的不是我", "-"],
  // B-F5: left out of a named stored talk, the doer named again before 也和我谈了 — no report (leftOutMeAdd's card).
  ["王芳", "11月26日张书记谈话那条漏了我，张书记也和我谈了", "-"],
  ["王芳", "11月26日张书记谈话那条漏了我，他也和我谈了", "-"],
  // Near-misses: a new talk naming a stored person, and 也和我谈了 alone, are still reports.
  ["王芳", "今天又和王磊谈了一次", "? 11-30 >王磊 ?missing_type"],
  ["赵敏", "张书记也和我谈了", "? ? 张伟>赵敏 ?missing_type,missing_date"],
];
