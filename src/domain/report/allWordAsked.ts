// 林晓 「11月18日⇥廉政谈话⇥全体」 (a 台账 row: 日期 · 类型 · 参加人员; round 60, fbe, fcd's left-alone): asked 和谁谈的？ with no
// word of why — 全体 in a talk's people column is no person. The question names it (表里写的是「全体」，是和哪些人谈的？).
import type { ParsedReport } from './draft.js';

/** 全体 · 全体人员 · 全体同志 · 全体党员 · 所有人 · 大家 standing alone as a cell or clause: the people said as everyone. */
const ALL_WORD = /(?:^|[\s|｜,，、;；:：])(全体(?:人员|同志|干部|职工|干部职工|党员)?|所有人(?:员)?|大家)(?=[\s|｜,，、;；。.!！]|$)/;
/** A cell of a table: a tab or a bar between cells. */
const TABLE = /\t|[|｜]/;

/**
 * `reports` with the everyone-word of `text` (the message as sent, tabs kept) named on every talk or signing still asked
 * whom (missing_counterpart with no group of its own): `allWord` on the problem, `inTable` when the message is a table row.
 * A 《title》 read from that word alone is no title: dropped, the record marked as of everyone (allMembers). Unchanged when
 * the message has no such word standing alone.
 */
export function withAllWordAsked(reports: ParsedReport[], text: string): ParsedReport[] {
  if (!text.includes('全体') && !text.includes('所有人') && !text.includes('大家')) return reports;
  const m = ALL_WORD.exec(text);
  if (!m) return reports;
  const allWord = { text: m[1]!, inTable: TABLE.test(text) };
  for (const r of reports) {
    // 11月18日⇥警示教育⇥全体 · ⇥全体党员: the people cell is who attended, never the 《title》 (was: 《全体》 on the card).
    if (r.draft.title !== undefined && r.draft.title === allWord.text) {
      delete r.draft.title;
      r.draft.allMembers = true;
    }
    r.problems = r.problems.map((p) => (p.code === 'missing_counterpart' && p.groupOf === undefined ? { ...p, allWord } : p));
  }
  return reports;
}
