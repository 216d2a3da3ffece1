// 11月13日与李娟进行了提醒谈话，还有一次和胡军 (round 59, fcf; fdb's finding: 胡军's talk stored at once on 11-13): 还有一次 says
// another occasion, so the day of the clause before is not its day. With no day of its own, its day is asked.
import type { ParsedReport } from './draft.js';

/** 还有一次(是)和X · 另外还有一次跟X · 还有一回与X, and no day right after 一次/一回 (还有一次是11月20日和X keeps its day). */
const OTHER_OCCASION = /(?:还有|另有|另外还有|另外)(?:一次|一回)(?:是)?\s*(?:和|与|跟|同|找)\s*([\u4e00-\u9fa5]{2,4})/g;

/**
 * `reports` with the record of each person named after an undated 还有一次 (see OTHER_OCCASION) asked its day (problem
 * `missing_date`, a remark quoting the words) when it took the day of another record; a person named before it too keeps
 * that record and gets a second one of the same deed, its day asked. `nameOf` gives a person's name by id. Unchanged when the message says no such occasion.
 */
export function withOtherOccasionAsked(reports: ParsedReport[], text: string, nameOf: (id: string) => string | undefined): ParsedReport[] {
  if (!text.includes('一次') && !text.includes('一回')) return reports;
  const said = [...text.matchAll(OTHER_OCCASION)];
  if (said.length === 0) return reports;
  // The capture runs on past a short name (和胡军进行了): a person is of the occasion when the words start with their name.
  const nameAt = (r: ParsedReport) => r.draft.counterpartIds.map((id) => nameOf(id)).find((name) => name !== undefined && said.some((m) => m[1]!.startsWith(name)));
  // 11月19日和刘洋谈心谈话，还有一次和刘洋 (round 60, fbb; fcf's left-alone, the second talk dropped): a person named before the
  // occasion too had the dated deed as well; that record keeps its day and the other occasion is a record of its own.
  const again = (name: string) => said.some((m) => m[1]!.startsWith(name) && text.indexOf(name) < m.index!);
  const ofOccasion = (r: ParsedReport) => nameAt(r) !== undefined && !again(nameAt(r)!);
  const others = reports.filter((r) => !ofOccasion(r));
  let remarked = false;
  const occasionWords = (name: string) => said.map((m) => m[0].slice(0, m[0].length - m[1]!.length) + name).join('」「');
  const seconds = reports.flatMap((r): ParsedReport[] => {
    if (r.draft.date === undefined) return [];
    return r.draft.counterpartIds
      .filter((id) => {
        const name = nameOf(id);
        return name !== undefined && again(name) && !reports.some((o) => o !== r && o.draft.counterpartIds.includes(id));
      })
      .map((id) => {
        const { date: _day, ...draft } = r.draft;
        const remarks = [`「${occasionWords(nameOf(id)!)}」是另一次，没有写日期，请确认是哪一天进行的`];
        return { ...r, draft: { ...draft, counterpartIds: [id], late: false }, problems: [{ code: 'missing_date' as const }, ...r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date')], remarks, reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] };
      });
  });
  const asked = reports.map((r) => {
    if (r.draft.date === undefined || !ofOccasion(r) || !others.some((o) => o.draft.date === r.draft.date)) return r;
    const { date: _day, ...draft } = r.draft;
    const remarks = remarked ? r.remarks : [...r.remarks, `「${said.map((m) => m[0].slice(0, m[0].length - m[1]!.length) + (nameAt(r) ?? m[1]!)).join('」「')}」是另一次，没有写日期，请确认是哪一天进行的`];
    remarked = true;
    return { ...r, draft: { ...draft, late: false }, problems: [{ code: 'missing_date' as const }, ...r.problems.filter((p) => p.code !== 'missing_date')], remarks };
  });
  return seconds.length === 0 ? asked : [...asked.map((r) => ({ ...r, reasons: [...new Set([...(r.reasons ?? []), 'items' as const])] })), ...seconds];
}
