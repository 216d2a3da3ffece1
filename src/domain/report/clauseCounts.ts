// 王磊：11月30日与杨帆谈心谈话；12月2日报送廉政信息2篇。 (round 34c §4, A18: one 信息报送, though alone the clause gave two;
// the second paper lost without a word) · …；11月份开展了两次作风纪律检查 (one check asked its day, alone two). statedCount
// reads the message's one count and only for a message of one kind, so a count said inside one item of a message of
// several kinds was lost: each counting clause is read here as it is alone.
import { isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { parseDay } from './parseDay.js';
import { findKinds } from './parseKind.js';
import { chineseNumber } from './chineseNumber.js';
import { statedCount } from './statedCount.js';
import { withCountedPiecesApart } from './countedPiecesApart.js';
import { breakOrderedLists } from './splitItems.js';
import { normalizeText } from './parseNormalize.js';

/**
 * A clause: parted by ，；。：, a line break or a bracket (12月2日，部门报送…: the day said in a clause before is carried on;
 * 报送信息2篇（11月6日、11月20日）: the days in brackets are the papers', already one record each, never the count's day).
 */
const CLAUSE = /[^，,；;。：:\n（）()]+/g;

/**
 * 两次 · 3场 · 二期: a count of occasions, the only count that makes more deeds of a study, film, meeting or check (学习文件3份 ·
 * 观看2部 count documents and films of one sitting). Not 第二次 nor 1-2次, as statedCount.
 */
const OCCASIONS = /(?<![第\d\-~～至到])([2-9]|[1-9]\d|[二两三四五六七八九十]{1,3})\s*(?:次|场|期|轮|回)(?!全会|全体会议|会议精神|党代会)/g;

/** 11月 · 11月份 · 本月 · 上个月: a month said with no day, which takes no day from the clause before it. */
const MONTH_ONLY = /(?<!\d)\d{1,2}\s*月份?(?!\s*\d)|本月|当月|上个?月|这个?月/;

/** The one count of occasions `clause` states (2…31), or undefined when it states none or several. */
function occasions(clause: string): number | undefined {
  const said = [...clause.matchAll(OCCASIONS)].map((m) => (/^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!)));
  const n = said.length === 1 ? said[0] : undefined;
  return n !== undefined && n >= 2 && n <= 31 ? n : undefined;
}

/**
 * `reports` with the deeds a clause counts made as many as the clause reads alone, when the message holds several kinds
 * (a message of one kind is statedCount's and infoCountPerDay's). A clause counts when it names exactly one kind that is
 * no talk or signing (those count pairs) and one count: papers (篇/条/则) for 信息, occasions (次/场/期/轮/回) for the rest.
 * Its record is the one record of that kind on the clause's day (its own, or the last said in a clause before unless the
 * clause says a month of its own), or, for a clause with no day of its own, the one undated record of that kind. Then, as alone: 信息 papers on a day are that
 * many records of the day (12月2日报送廉政信息2篇 → two, shown for 确认 as items); other deeds on a day keep their record and
 * ask the days of the rest (missing_date with the count); an undated record asks every one's day (missing_date × count).
 * Otherwise `reports` are returned unchanged. `today`: YYYY-MM-DD.
 */
export function withClauseCounts(reports: ParsedReport[], text: string, today: string): ParsedReport[] {
  if (new Set(reports.map((r) => r.draft.type)).size < 2) return reports;
  let out = reports;
  let day: string | undefined;
  // 报送廉政信息2篇、调研报告1篇 (round 38): each counted piece is a clause of its own, as withCountedPiecesApart wrote it.
  // 小结：1、11月4日…检查 2、11月27日向党组报送廉政信息2篇 (t60b F1: one paper stored, 2篇 dropped without a word): items
  // numbered inside one line are clauses of their own, as they are on lines of their own (breakOrderedLists reads the
  // normalised text: half-width stops after which a marker may stand).
  const clauses = withCountedPiecesApart(breakOrderedLists(normalizeText(text))).match(CLAUSE) ?? [];
  const days = clauses.map((c) => parseDay(c, today).date);
  for (const [i, clause] of clauses.entries()) {
    const own = days[i];
    day = own ?? (MONTH_ONLY.test(clause) ? undefined : day);
    // 本月开展了两次廉政教育，11月10日学习…，11月24日观看… · 本月党课2次：11月5日…: a count of no day of its own before
    // dated clauses is their lead, the records already one a day (countedDeedDays, respectiveCounts).
    const kinds = [...new Set(findKinds(clause).map((k) => k.code))];
    // 本月报送廉政信息2篇，11月20日报送调研报告1篇 (round 38: one paper's day asked): papers counted before dated clauses of
    // no paper are no lead of theirs.
    const leads = (c: string, j: number) => j > i && days[j] !== undefined && (kinds[0] !== 'report_info' || /信息|^\s*(?:\d{1,2}月)?\d{1,2}[日号]\s*(?:又|再)?(?:报送|上报|报)?了?\s*(?:\d+|[一二两三四五六七八九十]+)\s*[篇条则]\s*$/.test(c));
    if (own === undefined && clauses.some(leads)) continue;
    if (kinds.length !== 1) continue;
    const type: ActivityTypeCode = kinds[0]!;
    if (isTalkType(type) || type === 'pledge_sign') continue;
    const n = type === 'report_info' ? (/信息/.test(clause) ? statedCount(clause) : undefined) : occasions(clause);
    if (n === undefined) continue;
    const ofType = out.filter((r) => r.draft.type === type && r.draft.counterpartIds.length === 0);
    // 11月10日、11月24日两次…抽查: deeds of another kind than 信息 already more than one are the count's (or asked apart).
    if (type !== 'report_info' && ofType.length !== 1) continue;
    const undated = ofType.filter((r) => r.draft.date === undefined);
    const same = day === undefined ? [] : ofType.filter((r) => r.draft.date === day);
    // …；报送廉政信息2篇 · …；11月份开展了两次检查 · …；组织观看警示教育片2次, no day of its own and its record undated:
    // each one's day is asked, as alone.
    // 11月20日与王强谈心谈话，11月报送廉政信息3篇: the one record of a clause that says only its month had the day before
    // it given; its papers' days are asked too, never that day.
    if (own === undefined && same.length === 0) {
      const u = undated.length === 1 ? undated[0] : ofType.length === 1 && MONTH_ONLY.test(clause) ? ofType[0] : undefined;
      if (u === undefined) continue;
      const { date: _date, late: _late, ...draft } = u.draft;
      const asked: ParsedReport = { ...u, draft: { ...draft, late: false }, problems: [...u.problems.filter((p) => p.code !== 'missing_date'), { code: 'missing_date', count: n }] };
      out = out.map((r) => (r === u ? asked : r));
      continue;
    }
    if (same.length !== 1) continue;
    const one = same[0]!;
    const at = out.indexOf(one);
    const copies: ParsedReport[] =
      type === 'report_info'
        ? Array.from({ length: n - 1 }, () => ({ ...one, problems: [...one.problems], remarks: [], reasons: [...(one.reasons ?? []), 'items'] }))
        : [askedRest(one, n - 1)];
    out = [...out.slice(0, at + 1), ...copies, ...out.slice(at + 1)];
  }
  return out;
}

/** The `rest` deeds of `one`'s kind after it, on no day yet: one record asking their days (as withStatedCount's extra). */
function askedRest(one: ParsedReport, rest: number): ParsedReport {
  const { date: _date, late: _late, ...draft } = one.draft;
  return { draft: { ...draft, late: false }, problems: [{ code: 'missing_date', count: rest }], remarks: [], reasons: ['items'] };
}
