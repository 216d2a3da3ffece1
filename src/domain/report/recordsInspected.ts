// 「…进行督导检查，查阅了责任书签订、廉政谈话记录等台账资料」 (t39a F17: a 责任书 signing of the leader's with the department's
// head on the card, 廉政谈话 named as unread): what a check looked through (…台账 · 记录 · 资料) names no deed of its own.
import { findKinds } from './parseKind.js';

/** Looking through records: 查阅/查看/调阅… then what (up to 40 characters) then the records (台账 · 记录 · 资料…). */
const LOOKED_THROUGH = /(查阅|查看|翻阅|调阅|审阅|检查|抽查)(了)?([^，,。；;！!？?\n]{1,40}?)(台账资料|台账|台帐|记录本|记录|资料|材料|档案)/g;

/** Kinds a record looked through may name that are no check themselves (talks, signings, studies, meetings, papers). */
const NOT_A_CHECK = /^(?:talk_|pledge_sign|edu_|meeting_|report_)/;

/**
 * `text` with each record a check looked through that names deeds (查阅了责任书签订、廉政谈话记录等台账资料) said without them:
 * 查阅了责任书落实台账 when a 责任书 is among them (the 责任书检查 it is), 查阅了台账资料 otherwise. Records naming a check's own
 * kind (专项资金使用台账) or no kind stay as written.
 */
export function withRecordsInspected(text: string): string {
  return text.replace(LOOKED_THROUGH, (all, verb: string, done: string | undefined, what: string, records: string) => {
    const kinds = findKinds(what);
    if (kinds.length === 0 || !kinds.every((k) => NOT_A_CHECK.test(k.code))) return all;
    return `${verb}${done ?? ''}${/责任书|承诺书/.test(what) ? '责任书落实' : ''}${records}`;
  });
}
