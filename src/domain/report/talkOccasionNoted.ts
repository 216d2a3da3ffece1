// 张伟「11月20日与郑华进行了任前廉政谈话」 (round 69, gif): a talk keeps no words of the message (issue 10 G) and a record has
// no field for the talk's occasion, so 任前 (or 提醒) was lost without a word — the receipt said only 廉政谈话. The record is
// still the 廉政谈话 the duty counts; the remark says what was not kept, so nothing the member wrote is dropped silently.
import type { ParsedReport } from './draft.js';
import { normalizeText } from './parseNormalize.js';

/** 任前廉政谈话 · 任前谈话 · 廉政提醒谈话 · 提醒谈话: a 廉政谈话 said with its occasion; group 1 the whole word, 2 the occasion. */
const OCCASION_TALK = /((任前|提醒)(?:廉政|廉洁)?谈话)|((?:廉政|廉洁)(提醒)谈话)/;

/**
 * `reports` (null: no report, returned as it is) with a remark on the first 廉政谈话 that `text` calls a 任前/提醒 talk:
 * 「任前廉政谈话」按廉政谈话记录，「任前」未单独记录. Once per message, whatever the number of talks; unchanged otherwise.
 */
export function withTalkOccasionNoted(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  if (reports === null) return reports;
  const m = OCCASION_TALK.exec(normalizeText(text));
  const first = reports.findIndex((r) => r.draft.type === 'talk_integrity');
  if (!m || first < 0) return reports;
  const word = m[1] ?? m[3]!;
  const occasion = m[2] ?? m[4]!;
  const remark = `「${word}」按廉政谈话记录，「${occasion}」未单独记录`;
  if (reports.some((r) => r.remarks.includes(remark))) return reports;
  return reports.map((r, i) => (i === first ? { ...r, remarks: [...r.remarks, remark] } : r));
}
