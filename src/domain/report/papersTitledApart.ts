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
  const out = [...reports];
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
