// Round 34a F10 (issue 10): after a receipt of two records, 「撤销刚才那两条」 was 没看懂 (only 撤销 alone, or 撤回刚才那条,
// was read): the latest report's records withdrawn together, said as a number (两条) or as all of them (都 · 全部 · 那几条).
import type { ActivityTypeCode } from '../activityTypes.js';
import { parseKind } from './parseKind.js';
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
/**
 * 两条责任书 · 那两条廉政谈话 · 两条谈话记录 (round 59, fcc; t61a F7: 「撤销刚才记的两条责任书」 was 没看懂): the kind of the
 * records counted, said after the number.
 */
const KIND = '(?<kind>[\\u4e00-\\u9fa5]{2,10}?)?(?:的)?(?:记录)?';

/** 撤销刚才那两条 · 删除刚才的三条 · 撤回这两条 · 撤销刚才报的全部 · 撤销全部. */
const VERB_FIRST = new RegExp(`${LEAD}${VERB}(?:${POINT})?(?:${SEVERAL}${KIND}|(全部)(?:记录)?)${TAIL}`);
/** 刚才那几条都撤回 · 刚才那两条撤销 · 刚才的都撤回了 · 刚才报的全部撤销: what is meant, then withdraw. */
const POINT_FIRST = new RegExp(`${LEAD}${POINT}(?:${SEVERAL}${KIND})?(${ALL})?(?:请|要|帮我)?${VERB}${TAIL}`);
/** 全部撤销 · 这两条都撤回 · 都撤销吧. */
const ALL_FIRST = new RegExp(`${LEAD}(?:${SEVERAL})?(${ALL})${VERB}${TAIL}`);

/**
 * 刚才发的那个表格 · 上面那个列表 · 刚才那段 · 刚才发的那条消息里的 (round 60, fbc; t62a B-F5: 「刚才发的那个表格撤回一下，人数填错了」
 * 没看懂): the whole message just sent pointed at, so every record it made.
 */
const MESSAGE = '(?:刚才|刚刚|上面|之前)(?:发|报|贴|上报|填)?的?(?:那|这)?(?:个|张|份|段|条)?(?:表格|表|列表|清单|台账|台帐|一段话|段话|段|消息|内容)(?:里的?|中的?)?(?:记录|内容)?(?:都|全部|全都)?';
const MESSAGE_FIRST = new RegExp(`${LEAD}${MESSAGE}(?:请|要|帮我)?${VERB}${TAIL}`);
const MESSAGE_LAST = new RegExp(`${LEAD}${VERB}(?:一下)?${MESSAGE}${TAIL}`);
/** ，人数填错了 · 记错了 · 重复了: the why after it, no part of what is withdrawn (a value to change is a correction's). */
const WHY = /[,;，；\s]+(?!.*(?:改成|改为|应该是|应为|是\d))[^,;，；]{0,14}(?:错了?|不对|有误|重复了?|没[\u4e00-\u9fa5]{1,3})(?:了)?$/;

const DIGITS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** What the member asked to withdraw: the latest report's records, `count` of them when a number was said. */
export interface UndoSeveral {
  /** The number said (两条 → 2); absent for 那几条 · 都 · 全部. */
  count?: number;
  /**
   * The kind said after the number (两条责任书 → pledge_sign; 两条谈话 → 'talk', any talk): the member's latest records of
   * that kind are meant, whichever reports they came in, not the latest report's.
   */
  kind?: ActivityTypeCode | 'talk';
}

/** 责任书 → pledge_sign · 谈话/谈心记录 → 'talk' · anything else undefined (the words are then no kind: not this reader's). */
function kindOf(words: string): ActivityTypeCode | 'talk' | undefined {
  const code = parseKind(words).kind?.code;
  if (code) return code;
  return /^(?:谈话|谈心)$/.test(words) ? 'talk' : undefined;
}

/**
 * Reads a request to withdraw several records of the latest report together: 撤销刚才那两条 → {count: 2} · 刚才那几条都撤回 ·
 * 全部撤销 → {}. Undefined for anything else, a single 撤销/撤回刚才那条 included (undo.ts reads those), and for 刚才的撤销
 * that says neither a number nor all.
 */
export function undoSeveralWords(text: string): UndoSeveral | undefined {
  const t0 = normalizeText(text).trim().replace(/[\s。.!！~～]+$/g, '');
  const t = t0.replace(/\s+/g, '');
  if (MESSAGE_FIRST.test(t0.replace(WHY, '').replace(/\s+/g, '')) || MESSAGE_LAST.test(t0.replace(WHY, '').replace(/\s+/g, ''))) return {};
  const verbFirst = VERB_FIRST.exec(t);
  const pointFirst = verbFirst ? null : POINT_FIRST.exec(t);
  // POINT_FIRST's groups: 1 the number, 2 the kind, 3 all of them.
  const m = verbFirst ?? (pointFirst && (pointFirst[1] !== undefined || pointFirst[3] !== undefined) ? pointFirst : null) ?? ALL_FIRST.exec(t);
  if (!m) return undefined;
  const words = m.groups?.kind;
  const kind = words === undefined ? undefined : kindOf(words);
  if (words !== undefined && kind === undefined) return undefined;
  const said = m[1];
  if (said === undefined || said === '几') return kind === undefined ? {} : { kind };
  const count = DIGITS[said] ?? Number(said);
  // 撤销刚才那一条 is one record: undo's, not several.
  return Number.isInteger(count) && count >= 2 ? { count, ...(kind !== undefined ? { kind } : {}) } : undefined;
}
