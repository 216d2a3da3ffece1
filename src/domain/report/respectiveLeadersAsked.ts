// 11月4日、11日、18日分三次…检查，分别由黄志刚、林晓带队 (issue 10, beside the ordinal doers): 分别由 pairs its doers with the
// days in order only when they are as many. When they are not, the reader gave every day to every doer (six checks for
// three), on a card. Which doer led which day is not written: each day is one deed, its doer asked among those named.
import type { ParseContext, ParsedReport } from './draft.js';
import { listedMonthDays } from './listedMonthDays.js';
import { normalizeText } from './parseNormalize.js';

/** 分别由X、Y(和Z)带队/主讲/组织/牵头: the run of doers, the verb as ordinalDoers reads it. */
const RESPECTIVE = /分别由([^,;。!?\s]{2,40}?)(带队|主讲|组织|牵头)/;
/** The same deed apart from who did it (and the remark saying so). */
const sameDeed = (a: ParsedReport, b: ParsedReport) =>
  a.draft.type === b.draft.type &&
  a.draft.date === b.draft.date &&
  a.draft.departmentId === b.draft.departmentId &&
  a.draft.title === b.draft.title &&
  a.draft.counterpartIds.join() === b.draft.counterpartIds.join();

/**
 * `reports` where a sentence's days and its 分别由X、Y<verb> doers are not as many: on each of those days, the records of
 * one deed given to each named doer in turn (the sender for 我/本人/their own name) become one record with no doer,
 * asked whose among the named ('missing_actor'). When the counts match, a doer is not in the directory, or the sentence
 * has fewer than two days, `reports` are returned as they are.
 */
export function withRespectiveLeadersAsked(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  if (!text.includes('分别由')) return reports;
  const line = normalizeText(text);
  const m = RESPECTIVE.exec(line);
  if (!m) return reports;
  const start = Math.max(...['。', ';', '!', '?', '\n'].map((c) => line.lastIndexOf(c, m.index - 1) + 1));
  const days = listedMonthDays(line.slice(start, m.index));
  const names = m[1]!.split(/[、和及与]/).filter((n) => n !== '');
  if (days.length < 2 || names.length < 2 || names.length === days.length) return reports;
  const ids = names.map((n) => (/^(?:我|本人)$/.test(n) ? ctx.senderId : ctx.directory.org.people.find((p) => n.startsWith(p.name))?.id));
  if (ids.some((id) => id === undefined)) return reports;
  const doers = [...new Set(ids as string[])];
  const doerOf = (r: ParsedReport) => r.draft.actorId ?? ctx.senderId;
  const onDay = (r: ParsedReport) => r.draft.date !== undefined && days.includes(r.draft.date.slice(5)) && doers.includes(doerOf(r));
  const out: ParsedReport[] = [];
  const asked = new Set<ParsedReport>();
  for (const r of reports) {
    if (!onDay(r)) {
      out.push(r);
      continue;
    }
    // The deed of this day is already kept (asked whose): the same deed given to the next doer is no deed of its own.
    if (out.some((o) => asked.has(o) && sameDeed(o, r))) continue;
    const { actorId: _given, ...draft } = r.draft;
    const one: ParsedReport = {
      ...r,
      draft,
      remarks: r.remarks.filter((x) => !/^按.*的活动记录（代为上报）$/.test(x)),
      problems: [{ code: 'missing_actor' as const, candidateIds: doers }, ...r.problems.filter((p) => p.code !== 'missing_actor' && p.code !== 'ambiguous_actor')],
    };
    asked.add(one);
    out.push(one);
  }
  return out;
}
