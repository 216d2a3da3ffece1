// 11月4日、11日、18日分三次…检查，第一次由黄志刚带队，第二次由我带队 (issue 10, left at the 33c stop): ordinal doer clauses
// that do not name one doer per day were left as written (ordinalDoers pairs only a full run), and the reader then gave
// every day to the first doer named, or to the sender for a lone 「第二次由我带队」. Each day named by its ordinal is that
// doer's; a day no ordinal names is asked whose, never given to one of the others.
import type { ParseContext, ParsedReport } from './draft.js';
import { listedMonthDays } from './listedMonthDays.js';
import { normalizeText } from './parseNormalize.js';

const ORDINALS = '一二三四五六';
/** One ordinal clause as ordinalDoers reads it: 第N次(是)由X带队/主讲/组织/牵头. */
const CLAUSE = /第([一二三四五六])次(?:是)?由([^,;。!?\s、]{1,12}?)(带队|主讲|组织|牵头)/g;
/**
 * `reports` with the doers of a sentence's days told by ordinal clauses (第一次由X带队，第二次由我带队): the record of the
 * N-th day written is the N-th clause's doer (我/本人 the sender); a record whose day no clause names gets no doer and
 * asks whose it was ('missing_actor', the doers named and the sender offered). A clause naming no one of the directory,
 * or a sentence whose days no record carries, leaves `reports` as they are. Records of other days are untouched.
 */
export function withOrdinalDoersAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (!/第[一二三四五六]次/.test(text)) return reports;
  const line = normalizeText(text);
  const clauses = [...line.matchAll(CLAUSE)];
  if (clauses.length === 0) return reports;
  const at = clauses[0]!.index!;
  const start = Math.max(...['。', ';', '!', '?', '\n'].map((c) => line.lastIndexOf(c, at - 1) + 1));
  const days = listedMonthDays(line.slice(start, at));
  if (days.length < 2) return reports;
  const doerOf = new Map<number, string>();
  for (const c of clauses) {
    const n = ORDINALS.indexOf(c[1]!);
    const who = c[2]!;
    const id = /^(?:我|本人|我本人)$/.test(who) ? ctx.senderId : ctx.directory.org.people.find((p) => who.includes(p.name))?.id;
    // A doer the directory does not know, or one ordinal told twice: not ours to pair.
    if (id === undefined || doerOf.has(n)) return reports;
    doerOf.set(n, id);
  }
  const offered = [...new Set([...doerOf.values(), ctx.senderId])];
  const dayIndex = (r: ParsedReport) => (r.draft.date === undefined ? -1 : days.indexOf(r.draft.date.slice(5)));
  if (!reports.some((r) => dayIndex(r) >= 0)) return reports;
  const deputised = /^按.*的活动记录（代为上报）$/;
  // The remark naming the doers is said again from the pairing: the reader's named the first doer for every day.
  const others = [...new Set(doerOf.values())].map((id) => (id === ctx.senderId ? '您本人' : ctx.directory.person(id)?.name ?? id));
  const said = others.some((n) => n !== '您本人') ? [`按${others.join('、')}的活动记录（代为上报）`] : [];
  return reports.map((r) => {
    const i = dayIndex(r);
    if (i < 0) return r;
    const doer = doerOf.get(i);
    const { actorId: _read, ...rest } = r.draft;
    const problems = r.problems.filter((p) => p.code !== 'missing_actor' && p.code !== 'ambiguous_actor');
    const remarks = [...said, ...r.remarks.filter((m) => !deputised.test(m))];
    if (doer !== undefined) return { ...r, draft: doer === ctx.senderId ? rest : { ...rest, actorId: doer }, problems, remarks };
    return { ...r, draft: rest, remarks, problems: [{ code: 'missing_actor' as const, candidateIds: offered }, ...problems] };
  });
}
