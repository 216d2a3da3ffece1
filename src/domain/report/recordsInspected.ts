// 「…进行督导检查，查阅了责任书签订、廉政谈话记录等台账资料」 (t39a F17: a 责任书 signing of the leader's with the department's
// head on the card, 廉政谈话 named as unread): what a check looked through (…台账 · 记录 · 资料) names no deed of its own.
import { findKinds } from './parseKind.js';

/** Looking through records: 查阅/查看/调阅… then what (up to 40 characters) then the records (台账 · 记录 · 资料…). */
const LOOKED_THROUGH = /(查阅|查看|翻阅|调阅|审阅|检查|抽查)(了)?([^，,。；;！!？?\n]{1,40}?)(台账资料|台账|台帐|记录本|记录|资料|材料|档案)/g;

/** Kinds a record looked through may name that are no check themselves (talks, signings, studies, meetings, papers). */
const NOT_A_CHECK = /^(?:talk_|pledge_sign|edu_|meeting_|report_)/;

/**
 * A casual look at a 台账 (看了看 · 翻了翻 · 看了一下 · 翻看了 · 瞅了瞅), then what (up to 24 characters), then 台账/台帐.
 * Groups: 1 the verb, 2 what.
 */
// 先看了看学习记录，又和王部长谈了心 (t44b F4's kin): a department's 记录 glanced at is looked through as its 台账 is.
const GLANCED = /(?<![查翻审调察观阅])(看了看|看了一下|看了下|翻了翻|翻了一下|翻看了|瞅了瞅|瞧了瞧|过了一遍|看了)([^，,。；;！!？?\n]{0,24}?)(?=台账|台帐|(?:学习|会议|考勤|签到|值班|谈话|廉政)记录)/g;

/**
 * `text` with 台帐 written 台账 and each casual look at a 台账 (顺便看了看他们的三公经费台帐) said as 查看了…, the look a check
 * is read from.
 * 昨天和孙丽谈了心，顺便看了看财务科的台账 (round 42, t42a F4: the talk stored at once, the look dropped without a word): a
 * leader looking over a department's 台账 is a check whose type is asked, as 查看了财务科的台账 is. `text` itself when none.
 */
export function withLedgerGlanceChecked(text: string): string {
  // 台帐 is 台账 written the older way: the check reader knows 台账 only.
  return text.replace(/台帐/g, '台账').replace(GLANCED, (_all, _verb: string, what: string) => `查看了${what}`);
}

/**
 * `text` with each record a check looked through that names deeds (查阅了责任书签订、廉政谈话记录等台账资料) said without them:
 * 查阅了责任书落实台账 when a 责任书 is among them (the 责任书检查 it is), 查阅了台账资料 otherwise; the words before the first
 * deed (查阅了财务科的…) kept. Records naming a check's own kind (专项资金使用台账) or no kind stay as written.
 */
export function withRecordsInspected(text: string): string {
  return text.replace(LOOKED_THROUGH, (all, verb: string, done: string | undefined, what: string, records: string) => {
    const kinds = findKinds(what);
    if (kinds.length === 0 || !kinds.every((k) => NOT_A_CHECK.test(k.code))) return all;
    // 查阅了财务科的党风廉政建设责任书落实台账 (t42c F11: the check stored with no department): the words before the first deed
    // named (whose records, 财务科的) stay; only the deeds go.
    const whose = what.slice(0, Math.min(...kinds.map((k) => k.start)));
    return `${verb}${done ?? ''}${whose}${/责任书|承诺书/.test(what) ? '责任书落实' : ''}${records}`;
  });
}
