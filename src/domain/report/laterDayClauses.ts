// 「上周五带部门同志去法院旁听了庭审，本周二又跟分管领导陈副理事长作了廉政汇报」: a later clause opening with its own day is
// another deed, and no one it names did this one.
import { DAY_WORD } from './dayWord.js';

/** Clause marks, ASCII after normalizeText and full-width as a member types them. */
const MARK = /[,;，；。]/;
/** A clause opening with its own day (本周二又… · 11月25日，… · 昨天…). */
const OPENS_WITH_DAY = new RegExp(`^[\\s\\u0000]*(?:${DAY_WORD.source})`);

/**
 * `rest` (a segment's words with its day, kind and titles masked) with every clause after the one holding `kind` that
 * opens with a day of its own (read in `text`, the segment as written) filled with \u0000, so the doer search stops at
 * that clause (round 34a, F4: 陈副理事长, to whom the sender reported on 本周二, was taken for the doer of the trial she
 * led her staff to on 上周五). `rest` is returned as it is when its clauses and `text`'s do not line up one for one.
 */
export function withoutLaterDayClauses(rest: string, text: string, kind: string): string {
  const written = text.split(MARK);
  const masked = rest.split(MARK);
  if (written.length < 2 || written.length !== masked.length) return rest;
  const at = text.indexOf(kind);
  if (at < 0) return rest;
  let end = 0;
  let kindClause = -1;
  for (const [i, clause] of written.entries()) {
    end += clause.length + 1;
    if (kindClause < 0 && at < end) kindClause = i;
  }
  // The segment's own day is the first one written (为加强…教育，11月27日宣文部组织开展…: the kind word of the purpose
  // clause comes first, the deed's day after it); only a clause after both opens another deed.
  const own = written.findIndex((c) => DAY_WORD.test(c));
  const later = written.findIndex((c, i) => i > kindClause && i > own && OPENS_WITH_DAY.test(c));
  if (later < 0) return rest;
  // Each clause keeps its mark; those from the first later day on are blanked, as what comes after them goes on with them.
  let out = '';
  let from = 0;
  for (const [i, clause] of masked.entries()) {
    const mark = rest.charAt(from + clause.length);
    out += (i >= later ? '\u0000'.repeat(clause.length) : clause) + mark;
    from += clause.length + 1;
  }
  return out.slice(0, rest.length);
}
