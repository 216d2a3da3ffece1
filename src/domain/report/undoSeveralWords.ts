// Round 34a F10 (issue 10): after a receipt of two records, 「撤销刚才那两条」 was 没看懂 (only 撤销 alone, or 撤回刚才那条,
// was read): the latest report's records withdrawn together, said as a number (两条) or as all of them (都 · 全部 · 那几条).
import { normalizeText } from './parseNormalize.js';

/** Withdraw: the words of a single 撤销 (undo.ts). */
const VERB = '(?:撤销|撤回|删除|删掉|作废)';
/** What points at the latest report: 刚才 · 刚刚报的 · 上面的. */
const POINT = '(?:刚才|刚刚|上面|最近)(?:报的|发的|记的|上报的)?的?';
/** Several records counted: 那两条 · 这三项 · 那几条 · 2条. */
const SEVERAL = '(?:那|这)?([两二三四五六七八九十几]|\\d{1,2})(?:条|项|个)(?:记录|活动)?';
/** All of them. */
const ALL = '(?:全部|全都|都|统统|一起)';
const LEAD = '^(?:请|麻烦)?(?:帮我)?(?:把)?';
const TAIL = '(?:掉|了|吧|啦|一下)*$';

/** 撤销刚才那两条 · 删除刚才的三条 · 撤回这两条 · 撤销刚才报的全部 · 撤销全部. */
const VERB_FIRST = new RegExp(`${LEAD}${VERB}(?:${POINT})?(?:${SEVERAL}|(全部)(?:记录)?)${TAIL}`);
/** 刚才那几条都撤回 · 刚才那两条撤销 · 刚才的都撤回了 · 刚才报的全部撤销: what is meant, then withdraw. */
const POINT_FIRST = new RegExp(`${LEAD}${POINT}(?:${SEVERAL})?(${ALL})?(?:请|要|帮我)?${VERB}${TAIL}`);
/** 全部撤销 · 这两条都撤回 · 都撤销吧. */
const ALL_FIRST = new RegExp(`${LEAD}(?:${SEVERAL})?(${ALL})${VERB}${TAIL}`);

const DIGITS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** What the member asked to withdraw: the latest report's records, `count` of them when a number was said. */
export interface UndoSeveral {
  /** The number said (两条 → 2); absent for 那几条 · 都 · 全部. */
  count?: number;
}

/**
 * Reads a request to withdraw several records of the latest report together: 撤销刚才那两条 → {count: 2} · 刚才那几条都撤回 ·
 * 全部撤销 → {}. Undefined for anything else, a single 撤销/撤回刚才那条 included (undo.ts reads those), and for 刚才的撤销
 * that says neither a number nor all.
 */
export function undoSeveralWords(text: string): UndoSeveral | undefined {
  const t = normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '').replace(/\s+/g, '');
  const verbFirst = VERB_FIRST.exec(t);
  const pointFirst = verbFirst ? null : POINT_FIRST.exec(t);
  const m = verbFirst ?? (pointFirst && (pointFirst[1] !== undefined || pointFirst[2] !== undefined) ? pointFirst : null) ?? ALL_FIRST.exec(t);
  if (!m) return undefined;
  const said = m[1];
  if (said === undefined || said === '几') return {};
  const count = DIGITS[said] ?? Number(said);
  // 撤销刚才那一条 is one record: undo's, not several.
  return Number.isInteger(count) && count >= 2 ? { count } : undefined;
}
