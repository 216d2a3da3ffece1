// 周三 参加党组会，汇报11月监督检查情况 (round 41, t41a F6: stored as a 作风纪律检查 at the line above's place): a check named
// as what someone reported on (汇报/通报…检查情况) is the subject of the report, not a check held that day. The check itself,
// where the message tells of it, is read from its own clause (对维权部开展作风纪律检查，并将检查情况向党组作了汇报).
import { isCheckType } from '../activityTypes.js';
import type { KindMatch } from './parseKind.js';
import { insideHeardReport } from './paperHeard.js';


/**
 * 汇报了11月监督检查情况 · 通报了近期作风纪律检查情况 · 报告专项资金检查结果: the verb of reporting, then within the clause
 * (at most 16 characters before the check's words) the check and its 情况/结果; or a check inside a report heard (听取了X
 * 关于…检查工作的汇报 · 听取…检查情况汇报).
 */
const REPORTED_BEFORE = /(?:汇报|通报|报告|介绍|说明)了?(?:[^,;。!?\n\u0000]){0,16}$/;
const RESULT_AFTER = /^(?:工作)?(?:的)?(?:有关)?(?:情况|结果|进展|发现的问题)/;

/** Whether kind match `m` of `text` is a check that the clause only reports on (汇报…检查情况): no type of the clause. */
export function checkReported(text: string, m: KindMatch): boolean {
  if (!isCheckType(m.code)) return false;
  // 昨天听取了黄志刚同志关于机关纪委11月份监督检查工作的汇报 (t42c F20: asked as a check held yesterday): a check inside a
  // report heard is the reporter's work, heard on that day, no check of the listener's.
  if (insideHeardReport(text, m)) return true;
  return REPORTED_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && RESULT_AFTER.test(text.slice(m.end));
}

/** A check named by its kind (监督检查 · 作风纪律检查 · 专项资金检查 · 督查) reported on in one clause: 汇报了11月监督检查情况. */
const REPORTED_CHECK = /(?:汇报|通报|报告|介绍|说明)了?[^,，;；。!！?？\n]{0,16}?(?:监督检查|作风纪律检查|纪律检查|作风检查|专项(?:资金)?检查|资金检查|督查|暗访)(?:工作)?(?:的)?(?:有关)?(?:情况|结果|进展)/g;

/**
 * The clauses of `text` that report on a check of a named kind (参加党组会，汇报11月监督检查情况 → 「汇报11月监督检查情况」), for
 * the card to say no check was recorded from them: the member sees the words were read, never dropped without a word.
 */
export function reportedCheckClauses(text: string): string[] {
  return [...text.matchAll(REPORTED_CHECK)].map((m) => m[0]);
}
