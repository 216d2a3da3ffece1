// 刘芳「上周三和康复部签了责任书，吴静请假了，没参加」 (round 68, ghc; t70b): a unit turned to with no group word is read as its
// head (「康复部」按其负责人吴静记录), and the head said away then left a card whose one signing was with 吴静 and whose note
// said 吴静 had not signed — a contradiction the member could only cancel. A unit whose head is said away stands for its
// people: the message is read again with the unit as everyone of it, so the absence leaves the others (刘洋), said on the
// card as before (issue 10: nothing wrong recorded silently, nothing written dropped).
import type { ParseContext, ParsedReport } from './draft.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** parseCounterparts' note of a unit read as its head; group 1 the unit's words, group 2 the head's name. */
const HEAD_NOTE = /^「([^」]+)」按其负责人([\u4e00-\u9fa5]{2,4})记录$/;

/** A unit's name turned to as a counterpart: 和 · 与 · 跟 · 同 right before it, spaces allowed. */
const TURNED_TO = /(?:和|与|跟|同)[\s]*$/;

/**
 * `text` (the message with the absence taken out) with the unit named where its head was meant written as its whole
 * (和康复部 → 和康复部全体), when every record of `read` is with people said away (`absentIds`) and one of them is the head a
 * unit was read as; undefined otherwise (the head named by name or post, someone else away, nothing read). The unit's
 * words are those of the note, turned to (和/与/跟/同) in `text`. Pure.
 */
export function unitForAbsentHead(text: string, read: readonly ParsedReport[] | null, absentIds: readonly string[], ctx: ParseContext): { text: string; unit: string } | undefined {
  if (read === null || read.length === 0) return undefined;
  const withPeople = read.filter((r) => r.draft.counterpartIds.length > 0);
  if (withPeople.length === 0 || !withPeople.every((r) => r.draft.counterpartIds.every((id) => absentIds.includes(id)))) return undefined;
  const index = directoryIndex(ctx.directory);
  for (const remark of new Set(read.flatMap((r) => r.remarks))) {
    const m = HEAD_NOTE.exec(remark);
    const dept = m ? index.departmentBySurface.get(m[1]!) : undefined;
    if (!m || dept === undefined || !absentIds.includes(dept.headId)) continue;
    for (let at = text.indexOf(m[1]!); at >= 0; at = text.indexOf(m[1]!, at + 1)) {
      if (!TURNED_TO.test(text.slice(0, at))) continue;
      const end = at + m[1]!.length;
      return { text: `${text.slice(0, end)}全体${text.slice(end)}`, unit: m[1]! };
    }
  }
  return undefined;
}

/**
 * `reports` read from unitForAbsentHead's text with its group note quoting the unit as written (「康复部全体」按… →
 * 「康复部」按…): the member wrote no 全体. Pure.
 */
export function withUnitAsWritten(reports: ParsedReport[] | null, unit: string): ParsedReport[] | null {
  if (reports === null) return null;
  const said = `「${unit}全体」按`;
  return reports.map((r) => ({ ...r, remarks: r.remarks.map((m) => (m.startsWith(said) ? `「${unit}」按${m.slice(said.length)}` : m)) }));
}
