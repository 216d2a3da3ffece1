// 今年的述责述廉报告和下半年向党组的书面报告都交了，都是上周五交的 (round 43, t44a F6: only the 述责述廉 stored, the card noting
// 「按述责述廉记录（未按向党组报告）」 as if the second paper were a reading choice): two papers of different duties named side by
// side (和/及/、/以及/与, or a clause of their own) are two deeds, each a record of its own.
import { activityTypeName, type ActivityTypeCode } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { findKindMatches } from './parseKind.js';

/** The paper duties a member hands in once: 自查总结, 述责述廉, 向党组报告. */
const PAPERS: ReadonlySet<ActivityTypeCode> = new Set(['report_self', 'report_duty', 'report_to_party']);

/** The kind's words go on to the paper's noun: 述责述廉报告 · 自查报告 · 向党组的书面报告 · 述责述廉材料. */
const PAPER_NOUN = /^[^,，;；。!?！？\n和及与、]{0,6}?(?:报告|材料|总结)/;

/** Between the two papers: a joiner or a comma, nothing that ends the sentence, and no long stretch. */
const BETWEEN = /^[^;；。!?！？\n]{0,14}$/;
const JOINER = /和|及|与|、|以及|，|,/;

/**
 * The paper duties `text` names as papers of their own, in order: each kind word followed by its noun (…报告), the
 * next one after the noun of the one before (向党组提交了述责述廉报告 is one paper, its words overlapping), joined
 * by 和/及/、/a comma.
 */
function papersNamed(text: string): { code: ActivityTypeCode; text: string }[] {
  const matches = findKindMatches(text)
    .filter((m) => PAPERS.has(m.code))
    .sort((a, b) => a.start - b.start);
  const out: { code: ActivityTypeCode; text: string; end: number }[] = [];
  for (const m of matches) {
    const noun = m.text.endsWith('报告') ? { index: 0, 0: '' } : PAPER_NOUN.exec(text.slice(m.end));
    if (!noun) continue;
    const end = m.end + noun.index + noun[0].length;
    const before = out[out.length - 1];
    if (before !== undefined) {
      if (m.start < before.end) continue;
      const between = text.slice(before.end, m.start);
      if (!BETWEEN.test(between) || !JOINER.test(between)) continue;
    }
    out.push({ code: m.code, text: text.slice(m.start, end), end });
  }
  return out;
}

/**
 * `reports` with a record added for each further paper duty `text` names beside the one paper record read (same day,
 * doer and department), shown for a tap; the remark that the second was passed over is dropped. Unchanged unless
 * exactly one paper record was read and the text names two or more papers of different duties.
 */
export function withPapersJoined(reports: ParsedReport[], text: string): ParsedReport[] {
  const papers = reports.filter((r) => r.draft.type !== undefined && PAPERS.has(r.draft.type));
  if (papers.length !== 1) return reports;
  const named = papersNamed(text);
  const codes = [...new Set(named.map((p) => p.code))];
  const read = papers[0]!;
  if (codes.length < 2 || !codes.includes(read.draft.type!)) return reports;
  const added = codes.filter((c) => c !== read.draft.type);
  const { title: _title, ...bare } = read.draft;
  const remarks = read.remarks.filter((m) => !m.includes('（未按') && !/没有对应到任何记录/.test(m));
  const said = named.map((p) => `「${p.text}」`).join('');
  const first: ParsedReport = { ...read, remarks: [...remarks, `${said}是${codes.length}份材料，按${codes.map(activityTypeName).join('、')}分别记录`], reasons: [...(read.reasons ?? []), 'items'] };
  const more = added.map((code) => ({ ...read, draft: { ...bare, type: code }, remarks: [], problems: [...read.problems], reasons: [...(read.reasons ?? []), 'items' as const] }));
  const at = reports.indexOf(read);
  return [...reports.slice(0, at), first, ...more, ...reports.slice(at + 1)];
}
