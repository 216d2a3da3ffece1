// 报送廉政信息2篇（《办公室开展节前廉政提醒》《办公室组织学习新条例》） (round 41, t40b F17: both records titled 《A、B》): the
// study rule 「one study whose title lists every document」 was applied to counted papers, each of which is one title.
import type { ParsedReport, ReportDraft } from './draft.js';

/** Every 《…》 title written in a text, in order. */
const TITLE = /《([^》]+)》/g;

/**
 * `reports` with each run of consecutive 信息报送 records (one day, one doer, the same title listing N documents joined by
 * 、) given one title apiece, in the order written, when the run holds exactly N records and `text` writes each of the N
 * as a title of its own. A study of several documents (one record whose title lists them) and a run whose count differs
 * from the titles are left as they are.
 */
export function withPapersTitledApart(reports: ParsedReport[], text: string): ParsedReport[] {
  const written = new Set([...text.matchAll(TITLE)].map((m) => m[1]!.trim()));
  const out = withCountsTitledApart(reports, text);
  for (let i = 0; i < out.length; ) {
    const first = out[i]!.draft;
    const parts = first.type === 'report_info' && first.title?.includes('、') ? first.title.split('、') : [];
    let end = i + 1;
    while (end < out.length && sameRun(out[end]!, out[i]!)) end++;
    if (parts.length > 1 && end - i === parts.length && parts.every((p) => written.has(p.trim()))) {
      for (let k = i; k < end; k++) out[k] = { ...out[k]!, draft: { ...out[k]!.draft, title: parts[k - i]!.trim() } };
    }
    i = end;
  }
  return out;
}

/**
 * A count of papers and the titles written right after it (2篇《A》《B》 · 1篇：《C》), group 1 the count's day stretch before
 * it is read from the text before, group 2 the titles.
 */
const COUNT_TITLES = /(?:\d{1,2}|[一二两三四五六七八九十])\s*[篇条份][:：]?\s*((?:《[^《》\n]+》\s*[；;、，,]?\s*)+)/g;

/** A day written in full (11月27日 · 11月27号), group 1 month, group 2 day. */
const FULL_DAY = /(\d{1,2})月(\d{1,2})[日号]/g;

/**
 * 「11月报送信息2篇《A》《B》，11月27日报送1篇《C》」 from 吴静 (round 52, fwee; issue 10: every record titled 《A、B、C》): when
 * a text gives two or more counts of papers, each with its own titles, the 信息/调研报告 records titled with all of them
 * joined take their own count's titles: a dated record those of the count whose stretch (since the count before) writes
 * its day (11月27日…1篇《C》), a record with no day those of the count whose stretch writes none. A run of records of one day
 * (one a paper) is given the titles joined, for the loop after to set one apiece. Left as read when the records and the
 * counts do not pair off one to one.
 */
function withCountsTitledApart(reports: ParsedReport[], text: string): ParsedReport[] {
  const counts: { day?: string; titles: string[] }[] = [];
  let from = 0;
  for (const m of text.matchAll(COUNT_TITLES)) {
    const days = [...text.slice(from, m.index).matchAll(FULL_DAY)];
    const last = days.at(-1);
    const day = last ? `${last[1]!.padStart(2, '0')}-${last[2]!.padStart(2, '0')}` : undefined;
    counts.push({ ...(day ? { day } : {}), titles: [...m[1]!.matchAll(TITLE)].map((t) => t[1]!.trim()) });
    from = m.index + m[0].length;
  }
  if (counts.length < 2) return reports;
  const all = counts.flatMap((c) => c.titles).join('、');
  const joined = reports.filter((r) => (r.draft.type === 'report_info' || r.draft.type === 'report_research') && r.draft.title === all);
  if (joined.length === 0) return reports;
  const keys = new Set(joined.map((r) => r.draft.date?.slice(5) ?? ''));
  const taken = new Map<string, string>();
  for (const key of keys) {
    const mine = counts.filter((c) => (c.day ?? '') === key);
    const runs = joined.filter((r) => (r.draft.date?.slice(5) ?? '') === key).length;
    // One record for the count (its papers' days asked) or one a paper; another number is another reading.
    if (mine.length !== 1 || (runs !== 1 && runs !== mine[0]!.titles.length)) return reports;
    taken.set(key, mine[0]!.titles.join('、'));
  }
  return reports.map((r) => (joined.includes(r) ? { ...r, draft: { ...r.draft, title: taken.get(r.draft.date?.slice(5) ?? '')! } } : r));
}

/** Whether `r` is one more paper of the run `head` opens: the same type, day, doer and title. */
function sameRun(r: ParsedReport, head: ParsedReport): boolean {
  return r.draft.type === head.draft.type && r.draft.date === head.draft.date && r.draft.actorId === head.draft.actorId && r.draft.title === head.draft.title;
}

/**
 * The titles of a counted 信息/调研报告 record `draft` whose title lists `n` documents joined by 、 (报送廉政信息2篇（《A》《B》）
 * read with no day, one record of count 2), one a paper in order; undefined for another type, no title, or another number.
 */
export function paperTitlesApart(draft: Pick<ReportDraft, 'type' | 'title'>, n: number): string[] | undefined {
  if (n < 2 || (draft.type !== 'report_info' && draft.type !== 'report_research') || draft.title === undefined) return undefined;
  const parts = draft.title.split('、').map((p) => p.trim());
  return parts.length === n && parts.every((p) => p !== '') ? parts : undefined;
}
