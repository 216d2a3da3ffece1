// 「上周五带部门同志去法院旁听了庭审，本周二又跟分管领导陈副理事长作了廉政汇报」: a later clause opening with its own day is
// another deed, and no one it names did this one.
import { DAY_WORD } from './dayWord.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import { findKinds } from './parseKind.js';

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

/**
 * Whether the deed `pieces[index]` (one of a line's activities, in order, as splitActivities cuts it) names no day of its
 * own, nor does any piece before it, and the first day of the line is written at the head of a later piece
 * (报送廉政信息3篇，11月4日黄书记带队检查了财务科: 11月4日 opens the check's clause). That day is the later clause's only,
 * never the papers' (round 54, fjb, issue 10): the piece is asked its day. `today`: YYYY-MM-DD.
 */
export function dayOnlyInLaterClause(pieces: readonly string[], index: number, today: string): boolean {
  const dayOf = (p: string) => parseDay(arabicizeNumerals(extractTitles(p).rest), today).date;
  // Only papers sent (信息 · 报告) before a deed of another kind (round 55, fhb: fjb's round-54 reading, reverted for a lead
  // of no day over its dated items — 先后两次… · 11月份，黄志刚牵头开展…检查，11月4日对…，11月18日对… — which heads them).
  const kindsOf = (p: string) => new Set(findKinds(extractTitles(p).rest).map((k) => k.code));
  const own = [...kindsOf(pieces[index] ?? '')];
  // A study or film told by its verb and 《title》 only (组织学习《廉洁自律准则》) names its kind by the title: a teaching too.
  const teaching = own.length > 0 ? own.every((c) => c.startsWith('edu_')) : /《[^》]+》/.test(pieces[index] ?? '') && /学习|观看|收看|传达/.test(pieces[index] ?? '');
  if (!teaching && (own.length === 0 || !own.every((c) => c.startsWith('report_')))) return false;
  if (pieces.slice(0, index + 1).some((p) => dayOf(p) !== undefined || DAY_WORD.test(extractTitles(p).rest))) return false;
  const later = pieces.slice(index + 1).find((p) => dayOf(p) !== undefined);
  if (later === undefined || !OPENS_WITH_DAY.test(arabicizeNumerals(later))) return false;
  // 组织学习《廉洁自律准则》，11月5日与杨帆谈心谈话 (round 56, fgd; fhb's left-alone: the study put on 11-05): a teaching
  // before a talk or a signing that opens with its own day is no part of it, as papers are not; a teaching before another
  // teaching or a check (开展廉政教育，11月5日观看警示片 · 11月份开展…，11月4日对…) may be that lead's dated item, as before.
  if (teaching) {
    const laterKinds = [...kindsOf(later)];
    return laterKinds.length > 0 && laterKinds.every((c) => c.startsWith('talk_') || c === 'pledge_sign');
  }
  // The later clause tells no paper of its own kind (报送信息1篇，11月4日又报送1篇 are the papers' days).
  return ![...kindsOf(later)].some((c) => own.includes(c)) && !/报送|上报|上交|提交|呈报|报了/.test(later);
}
