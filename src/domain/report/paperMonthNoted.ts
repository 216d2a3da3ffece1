// 林晓：11月28日报送了10月份廉政信息1篇 (t45a F3): the month a paper is for, sent in a later month. 信息报送 is owed as
// 「每月至少报送1篇」 (duties.md, 004 五(一)): a month's count is of what was sent in it, so the paper counts for the day sent,
// as every record does; the card and receipt now say so instead of leaving the member to think October was made up.
import type { ParsedReport } from './draft.js';
import { chineseNumber } from './chineseNumber.js';
import { DAY_WORD } from './dayWord.js';

/** 10月份廉政信息 · 10月的信息 · 十月份工作信息 · 11月报送廉政信息 (round 47, fsf): a month right before the paper's name, no day after it (11月20日报送… is the day). */
const MONTH_OF_PAPER = /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(份)?(?![\d一二三四五六七八九十]{0,3}[日号])(?:的)?(?:(?:共|累计)?(?:报送|上报)了?)?(?:党风廉政|廉政|廉洁|工作|宣传)?信息/;

/**
 * `reports` with a note on each 信息报送 dated in another month than the one `text` names it for:
 * 「「10月份」的信息按报送日11月28日计入11月的信息报送」. A paper with no day yet (asked) or named for its own month is left.
 */
export function withPaperMonthNoted(reports: ParsedReport[] | null, text: string): ParsedReport[] | null {
  if (reports === null) return null;
  const m = MONTH_OF_PAPER.exec(text);
  if (!m) return reports;
  const named = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
  if (named === undefined || named < 1 || named > 12) return reports;
  // 康复中心11月份信息报送1篇，12月2日何平主任组织科室自查 (round 47, fsf: the paper put on 12-02, the 自查's day): a paper
  // named for its month, whose own clause says no day, did not take the day of another deed told after it; asked.
  const clause = clauseAround(text, m.index);
  const ownDay = DAY_WORD.test(clause) || /\d{1,2}[日号]/.test(clause);
  return reports.map((r) => {
    const d = r.draft;
    if (d.type !== 'report_info' || d.date === undefined) return r;
    const month = Number(d.date.slice(5, 7));
    if (month === named) return r;
    if (!ownDay && reports.some((o) => o !== r && o.draft.type !== 'report_info' && o.draft.date === d.date)) {
      const { date: _borrowed, ...undated } = d;
      const problems = [...r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date'), { code: 'missing_date' as const }];
      return { ...r, draft: undated, problems };
    }
    const note = `「${m[1]}月${m[2] ?? ''}」的信息按报送日${month}月${Number(d.date.slice(8, 10))}日计入${month}月的信息报送`;
    return r.remarks.includes(note) ? r : { ...r, remarks: [...r.remarks, note] };
  });
}

/** The clause of `text` (between breaks: ，；。 or a new line) around the character at `at`. */
function clauseAround(text: string, at: number): string {
  const start = Math.max(...[',', '，', ';', '；', '。', '\n'].map((b) => text.lastIndexOf(b, at))) + 1;
  const after = text.slice(at).search(/[,，;；。\n]/);
  return text.slice(start, after < 0 ? undefined : at + after);
}
