// 冯部长今天签了家庭助廉承诺书 from 赵磊 (round 29a, B25: 冯雪>赵磊 on a card): the superior named as the one who signed, with no
// 我 and no one signed with, is telling of the superior's own deed; the sender took no part in it.
import type { ParseContext, ParsedReport, ReportProblem } from './draft.js';
import { leaderSigningAsked } from './leaderSigningAsked.js';

/** 我 · 本人 · 咱: the sender written into the message. */
const SENDER_WORDS = /我|本人|咱/;
/** 和 · 与 · 跟 · 同 · 找 · 约 · 对 · 给 · 陪 · 把 (把X叫到…谈话, round 55 fhe): a word that brings in someone a deed was done with. */
const WITH_WORDS = /和|与|跟|同(?!志)|找|约|对|给|陪|向|请|把/;
/** 家庭助廉承诺书 · 廉政承诺书 · 个人承诺书: a pledge one signs for oneself, with no one on the other side. */
const OWN_PLEDGE = /承诺书/;

/**
 * Whether `text` tells of a deed the superior `upperName` did alone: it names them (full name, or surname + title or 老+surname)
 * before the signing or talk, has no 我/本人/咱 and no word bringing in someone else (和/与/跟/找…). Then the sender is no
 * party to it. A text naming them with no deed after (王建国, the answer to 「和谁」) is not.
 */
export function superiorAsSubject(text: string, upperName: string): boolean {
  if (upperName === '' || SENDER_WORDS.test(text) || WITH_WORDS.test(text)) return false;
  const surname = upperName.slice(0, 1);
  // Named as the subject of a deed written after the name: 王建国 alone (an answer to 「和谁」) names no deed of theirs.
  const named = new RegExp(`${upperName}|${surname}(?:书记|副?理事长|副?主任|副?部长|副?科长|理|书|主任|部|科)|老${surname}`).exec(text);
  return named !== null && DEED_AFTER.test(text.slice(named.index + named[0].length));
}

/** A signing or a talk told after the superior's name: 签了… · 签订… · 谈心谈话了 · 承诺书. */
const DEED_AFTER = /签|谈|承诺书|责任书|责任状/;

/**
 * `record` (a talk or signing read as the sender's with their superior `upperId`) as the superior's own deed: the superior
 * its doer, no one on the other side; a 承诺书 (家庭助廉/廉政承诺书) stands so, a 责任书 or a talk asks whom (missing_counterpart).
 * Shown for 确认 as another's deed.
 */
export function asSuperiorsOwn(record: ParsedReport, upperId: string, text: string, ctx: ParseContext): ParsedReport {
  const name = ctx.directory.person(upperId)?.name ?? '';
  const own = record.draft.type === 'pledge_sign' && OWN_PLEDGE.test(text) && !/责任书|责任状/.test(text);
  // Round 53 (fkf): a 责任书's people offered as buttons, as for the signer's own message (leaderSigningAsked).
  const offered = record.draft.type === 'pledge_sign' ? leaderSigningAsked(upperId, text, ctx.directory) ?? [] : [];
  const asked: ReportProblem[] = own ? [] : [{ code: 'missing_counterpart', ...(offered.length > 0 ? { suggestedIds: offered } : {}) }];
  const remark = own ? `按${name}本人签订承诺书记录，消息没有说与您签订` : `按${name}的活动记录，消息没有说与您进行`;
  return {
    ...record,
    draft: { ...record.draft, actorId: upperId, counterpartIds: [] },
    problems: [...record.problems, ...asked],
    remarks: [...record.remarks, remark],
    reasons: [...new Set([...(record.reasons ?? []), 'third_person' as const])],
  };
}
