// 张颖「11月份组联部报送廉政信息2条，其中被市纪委网站采用1条。」 (round 68, ghb; t70b): the days of the 2条 answered, both papers
// were stored with the note 「其中被市纪委网站采用」 — each saying it was the one taken up. A note telling of a part of a count
// (其中…) is said once, on the first of the records the count made; the others keep no copy of it.
import type { ReportDraft } from './draft.js';

/** A note about some of the records a count made: 其中1条被市纪委网站采用 · 其中2篇被录用. */
const PART_NOTE = /^其中/;

/** Whether `note` tells of a part of the records a count made (其中…), to be kept on one record only. */
export function isPartNote(note: string | undefined): boolean {
  return note !== undefined && PART_NOTE.test(note);
}

/**
 * `draft` as the `k`-th (0-based) of the records one count made: the first keeps its note; a later one drops a part's note
 * (isPartNote) and keeps any other. Pure; `draft` itself when nothing changes.
 */
export function withPartNoteOnce(draft: ReportDraft, k: number): ReportDraft {
  if (k === 0 || !isPartNote(draft.note)) return draft;
  const { note: _part, ...rest } = draft;
  return rest;
}
