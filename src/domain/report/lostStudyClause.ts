// 上个月组织过一次学习，今天又组织观看了警示教育片 (round 26, W6: the film recorded at once, the study dropped without a
// word): a clause telling of a study held, of no named kind and no title, beside other deeds, is a deed of its own; its
// type and day are asked rather than lost.
import { parseDay } from './parseDay.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import type { ParsedReport } from './draft.js';
import { saysNotHeld } from './parseGate.js';

/** 组织过一次学习 · 开展了集中学习 · 组织大家学习了一次: a study held by the sender's unit. */
const STUDY_HELD = /(?:组织|开展|进行|搞|召开)(?:了|过)?[^,;。:]{0,8}?学习|集中学习|学习了一次|学过/;
/** Said done, or of a time already past (上个月 · 前段时间 · 之前): not a plan. */
const PAST = /了|过|已|上个?月|上周|上星期|前段时间|前些天|之前|此前|月初|上旬/;
/** A plan or a wish (准备 · 要 · 下周): not a deed held. */
const AHEAD = /准备|打算|计划|拟|将|要|下周|下个?月|明天|后天|还没|尚未|未/;
/** 原定 · 本来 · 原计划…: what was meant, no deed held. */
const MEANT = /^(?:本来|原本|原定|原计划|原先)/;
/** A study of a kind already read (廉政学习 · 学习《条例》 · 学习警示案例): another pass keeps it. */
const ANOTHER_READING = /警示|案例|条例|准则|党章|党规|规定|讲话|精神/;

/**
 * 会后大家进行了交流学习 · 结合…学习: the same session's talk about what was seen, not a deed of its own. 然后/之后/接着
 * (昨天和徐辉谈心，然后组织中心开展了学习) follow on the same day: that study is no lost day to ask but an untyped deed
 * beside a typed one, which the 确认 card names (untypedJoinedDeeds, round 27b).
 */
const SAME_SESSION = /会后|会上|随后|然后|之后|接着|并|结合|交流|讨论|座谈|心得|体会/;

/**
 * `reports` with a record added for each clause of `text` telling of a held study no pass read (上个月组织过一次学习), its
 * type asked among the educations and its day asked when the clause names none. Only beside other records: a message of
 * that clause alone is no report (the bot says it did not understand). A study clause is never added when a record of
 * no type or of an education already stands for it.
 */
export function withLostStudyAsked(reports: ParsedReport[], text: string, today: string): ParsedReport[] {
  if (reports.length === 0) return reports;
  if (reports.some((r) => r.draft.type === undefined || r.draft.type === 'edu_integrity' || r.draft.type === 'edu_lecture')) return reports;
  const plain = normalizeText(text);
  const clauses = plain.split(/[,;。\n]+/).map((c) => c.trim()).filter(Boolean);
  const lost = clauses.filter((c) => {
    const { titles, rest } = extractTitles(c);
    // 昨天和王强谈了心，原定今天的集中学习取消了 (round 55, fhf, issue 10: the study called off asked as a deed beside the card's
    // 「没有进行」): a study said called off or put off, or only meant (原定/本来…), was not held.
    if (saysNotHeld(rest) || MEANT.test(rest)) return false;
    return STUDY_HELD.test(rest) && PAST.test(rest) && !AHEAD.test(rest) && !ANOTHER_READING.test(rest) && !SAME_SESSION.test(rest) && titles.length === 0 && findKinds(rest).length === 0;
  });
  if (lost.length === 0) return reports;
  // 上周三参加了机关集中学习，观看警示教育片 (g24): a study on the day of another record is that session, not a deed apart.
  const days = new Set(reports.map((r) => r.draft.date));
  const apart = lost.filter((c) => !/参加|参与|列席/.test(c) && !days.has(parseDay(arabicizeNumerals(c), today).date ?? '\u0000'));
  if (apart.length === 0) return reports;
  const added: ParsedReport[] = apart.map((c) => {
    const date = parseDay(arabicizeNumerals(c), today).date;
    return {
      draft: { counterpartIds: [], late: false, ...(date !== undefined && date <= today ? { date } : {}) },
      problems: [{ code: 'missing_type', among: ['edu_integrity', 'edu_lecture'] }, ...(date !== undefined && date <= today ? [] : [{ code: 'missing_date' as const }])],
      remarks: [`「${c}」也是一项活动，请补上类型和日期`],
      reasons: ['items'],
    };
  });
  // The study said first is listed first, as the member wrote it.
  const first = plain.indexOf(apart[0]!) === 0;
  return first ? [...added, ...reports.map((r) => ({ ...r, reasons: [...(r.reasons ?? []), 'items' as const] }))] : [...reports.map((r) => ({ ...r, reasons: [...(r.reasons ?? []), 'items' as const] })), ...added];
}
