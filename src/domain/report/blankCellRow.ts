// 1⇥孙丽⇥王强⇥10.14⏎2⇥⇥李娟⇥10.14 (round 21u #9: row 2 dropped): a pasted row keeps its blank cells in place, and a
// blank 谈话人 under a merged cell is the name above.

/**
 * The cells of a tab-separated `line` with blank cells kept where they stand (two tabs are one blank cell), when that
 * fits the header's `width`; undefined when the line has no blank cell inside, or more cells than the header.
 */
export function cellsKeepingBlanks(line: string, width: number): string[] | undefined {
  const trimmed = line.replace(/^[ \u3000]+|[\s\u3000]+$/g, '');
  // ⇥王强⇥11月10日⇥廉政谈话 (round 56, fge; t58b F8: the row shifted left, 王强 read as the 谈话人): a row opening with a tab
  // has its first cell blank (Excel's merged first cell), kept in its column as a blank between two tabs is.
  if (!/\t\s*\t/.test(trimmed) && !/^\t/.test(trimmed)) return undefined;
  const cells = trimmed.split('\t').map((c) => c.trim());
  return cells.length <= width ? cells : undefined;
}

/**
 * Fills a blank doer cell from the row above (Excel's merged 谈话人 cell pastes its name on the first row only).
 * `above` is the doer of the last row read; a blank with nothing above stays blank, and the caller leaves that row as
 * written rather than make it the sender's.
 */
export function doerFromAbove(doer: string, above: string | undefined): string | undefined {
  return doer !== '' ? doer : above;
}

/** A day cell as tables write it: 2026.10.14 · 10.14 · 10月14日 · 2026-10-14. */
const DAY_CELL = /^(?:\d{4}[.\-/年])?\d{1,2}[.\-/月]\d{1,2}[日号]?$/;

/**
 * A row whose white space was folded (the bot did until round 37; some clients still paste so) has a blank cell as nothing (「2 李娟 2026.10.14」 under 序号 谈话人 谈话对象 谈话时间):
 * when the row's day cell stands early by exactly the blank doer cells right after the 序号, those blanks are put back.
 * Undefined when the shortfall falls on any other column (which cell is blank is then unknown).
 */
export function cellsAlignedOnDay(cells: string[], columns: string[]): string[] | undefined {
  const dayColumn = columns.indexOf('day');
  const d = cells.findIndex((c) => DAY_CELL.test(c));
  if (dayColumn < 0 || d < 1 || d >= dayColumn || columns[0] !== 'skip' || !/^\d{1,3}$/.test(cells[0]!)) return undefined;
  const gap = dayColumn - d;
  if (!columns.slice(1, 1 + gap).every((c) => c === 'doer')) return undefined;
  return [cells[0]!, ...Array<string>(gap).fill(''), ...cells.slice(1)];
}

/**
 * 2 10月9日 何平 廉政谈话 under 序号 谈话时间 谈话人 谈话对象 谈话类型 (round 37, t36c F9 once the white space is folded, as
 * some clients paste it): a row one cell short whose day stands in the day column and whose cells after the 谈话人 and
 * 谈话对象 columns fill the rest lost one of those two. A talk is held with someone, and Excel's merged 谈话人 cell pastes
 * its name on the first row only, so the blank one is the 谈话人 — unless the one name left is the 谈话人 above, who then
 * talked with someone not written (asked). Undefined for any other row.
 */
export function cellsFoldedBesideDoer(cells: string[], columns: string[], above: string | undefined): string[] | undefined {
  const doer = columns.indexOf('doer');
  if (doer < 0 || columns[doer + 1] !== 'counterpart' || cells.length !== columns.length - 1) return undefined;
  const day = columns.indexOf('day');
  if (day < 0 || day > doer || !DAY_CELL.test(cells[day] ?? '')) return undefined;
  const one = cells[doer]!;
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(one)) return undefined;
  const blankDoer = one !== above;
  return [...cells.slice(0, doer), ...(blankDoer ? ['', one] : [one, '']), ...cells.slice(doer + 1)];
}

/** A cell that only says 「as above」: 〃 · 〃〃 · 同上 · 同前 · " · ” · 〞 · ″ · '' (a ditto typed with what the keyboard has). */
export const DITTO_CELL = /^(?:〃+|同上|同前|["“”〞″]+|''|″+)$/;

/**
 * `cells` with each ditto cell (DITTO_CELL) replaced by the cell at its index in `above` (the row before, dittos already
 * filled), when that cell holds something. A ditto with nothing above is a blank cell (its row's doer then asked whose,
 * blankDoerAsked), never the sender's by default: round 52 (fwf) found 「11月20日⇥〃⇥孙丽⇥廉政谈话」 stored at once as 林晓's.
 */
export function dittoFilled(cells: string[], above: readonly string[] | undefined): string[] {
  if (!cells.some((c) => DITTO_CELL.test(c))) return cells;
  return cells.map((c, i) => (DITTO_CELL.test(c) ? (above?.[i] ?? '') : c));
}
