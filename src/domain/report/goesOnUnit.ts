// 王磊「昨天宣文部 开会学习了 中央八项规定精神 ，然后还观看了 警示片，，」 (round 52, fwgg; t55a F3: the 警示教育 on the card with
// no department, the study before it 宣文部's): 然后还 · 随后又 · 接着又 · 之后还 open a deed of its own (opensLaterDeed reads it
// alone), but one that names no place of its own goes on where the clause before it was held — the same unit went on to do it.
import type { ParsedReport } from './draft.js';

/** (并)然后还 · 随后又 · 之后再 · 接着又 · 另外还 · 此外又 (the piece may come with a 并 put before it): going on to the next deed, the same sitting or not, of the same subject. */
const GOES_ON = /^[\s\u0000,，]*并?(?:然后|随后|之后|此后|接着|紧接着|另外|此外)[\s\u0000,，]*(?:又|还|再)/;
/**
 * 下午观看警示教育片 · 同时开展… (round 53, fkd; t55a F3's kind: 「康复部…开展廉政教育学习，下午观看警示教育片」 kept the
 * film at no department): a later part of the same day, or 同时, opening (会后 not: a 分管 meeting attended elsewhere, 会后又开展了警示教育, is the leader's own) a held deed after a held deed of a unit.
 */
const SAME_DAY_ON = /^[\s\u0000,，]*并?(?:当天|当日|同日)?(?:上午|下午|晚上|同时)[\s\u0000,，]*(?:又|还|再|也)?(?!到|去|赴|在|参加|与|和|跟|同)/;

/** Kinds held by a unit (studies, films, lectures, meetings), whose department the 台账 lists as the holder. */
const HELD = /^(?:edu_|meeting_|review_analysis)/;

/**
 * `reports` (the piece `piece` just read, each changed in place) with each held deed of no department and no one talked to
 * given the one department every record of `before` (the piece before it on the same line) was held at, when `piece` opens
 * by going on (GOES_ON). Shown for a tap ('items'): the place was not written beside the deed. Unchanged otherwise.
 */
export function withGoingOnUnit(reports: ParsedReport[], piece: string, before: readonly ParsedReport[]): void {
  if (before.length === 0 || !(GOES_ON.test(piece) || (SAME_DAY_ON.test(piece) && before.every((r) => r.draft.type !== undefined && HELD.test(r.draft.type))))) return;
  const units = [...new Set(before.map((r) => r.draft.departmentId))];
  const unit = units.length === 1 ? units[0] : undefined;
  if (unit === undefined || before.some((r) => (r.draft.departmentIds ?? []).length > 1 || r.draft.counterpartIds.length > 0)) return;
  for (const [i, r] of reports.entries()) {
    const d = r.draft;
    if (d.type === undefined || !HELD.test(d.type) || d.departmentId !== undefined || (d.departmentIds ?? []).length > 0 || d.counterpartIds.length > 0) continue;
    reports[i] = { ...r, draft: { ...d, departmentId: unit }, reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] };
  }
}

