// 「本月台账：11月12日作风纪律检查1次（康复中心），谈话提醒2人次（康复中心）」 (round 51 fzf, issue 10: the talks took the
// check's day, only their counterparts asked): in a 台账-like summary a tally of another deed (谈话提醒2人次) is counted over the
// month, not done on the day of the entry before it. With no day of its own, after a clause naming a day and a deed of
// another kind, its records ask their day. A tally of the same kind as the dated clause (检查2次 after a dated 检查) and a
// clause that is no tally (…，对2人进行了谈话提醒) keep reading as before.
import type { ParsedReport } from './draft.js';
import { findKinds } from './parseKind.js';
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';

/** A count in 人次 (谈话提醒2人次 · 廉政谈话3人次): a tally, never one deed's head count. */
const TALLY = /(?:\d+|[一二两三四五六七八九十]+)\s*人次/;

/** Words tying a clause to the day before (as besidesWithoutDay reads them). */
const SAME_DAY = /同日|当日|当天|同一天|同天|当场|现场|随后|随即|会后|期间|同时/;

/**
 * `reports` with those read from a tally clause of `text` that has no day (see above) dated undefined and asked
 * (`missing_date`). `today` is YYYY-MM-DD in Shanghai.
 */
export function withTallyDayAsked(reports: ParsedReport[] | null, text: string, today: string): ParsedReport[] | null {
  if (reports === null || !TALLY.test(text)) return reports;
  // 11月12日检查了康复中心的考勤 谈话提醒2人次: voice input's space parts clauses as a comma does.
  const clauses = text.split(/[,，;；。\n\s]+/).filter((c) => c !== '');
  let dated: { day: string; kinds: Set<string> } | undefined;
  const asked = new Map<string, string>();
  for (const clause of clauses) {
    const day = parseDay(arabicizeNumerals(extractTitles(clause).rest), today).date;
    const kinds = new Set(findKinds(clause).map((k) => k.code));
    if (day !== undefined) {
      dated = { day, kinds };
      continue;
    }
    if (dated === undefined) continue;
    // 当天谈话提醒2人次 · 现场… · 随后…: tied to the day before by the member's own word.
    if (SAME_DAY.test(clause)) continue;
    // 11月12日 作风纪律检查 (the day spaced off its deed): a clause that is no tally tells that day's deeds too.
    if (!TALLY.test(clause)) {
      for (const kind of kinds) dated.kinds.add(kind);
      continue;
    }
    for (const kind of kinds) if (!dated.kinds.has(kind)) asked.set(kind, dated.day);
  }
  if (asked.size === 0) return reports;
  return reports.map((r) =>
    r.draft.type === undefined || asked.get(r.draft.type) !== r.draft.date || r.problems.some((p) => p.code === 'missing_date')
      ? r
      : { ...r, draft: { ...r.draft, date: undefined, late: false }, problems: [{ code: 'missing_date' as const }, ...r.problems] },
  );
}
