// 日期        谈话人    对象 ⏎ 11月12日              孙丽 (round 37, fje: t36c F9's kind in a typed table): a table lined up
// with runs of spaces writes an empty cell as a longer run, so splitting the row on the runs moved every later cell one
// column left (孙丽 read as the 谈话人, her talk asked 和谁). Where each cell starts says which column it is in.

/** How wide a character shows in a fixed-width chat font: Chinese, full-width forms and the ideographic space take two. */
function widthOf(ch: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000]/.test(ch) ? 2 : 1;
}

/** Each cell of `line` parted by `sep` (runs of two or more spaces, or ideographic spaces), with the column it starts at. */
function placedCells(line: string, sep: RegExp): Array<{ cell: string; at: number }> {
  const out: Array<{ cell: string; at: number }> = [];
  const parts = line.replace(/\s+$/, '').split(new RegExp(`(${sep.source})`));
  let column = 0;
  parts.forEach((part, i) => {
    const isGap = i % 2 === 1;
    if (!isGap) {
      const lead = /^\s*/.exec(part)![0];
      const cell = part.trim();
      if (cell !== '') out.push({ cell, at: column + [...lead].reduce((w, ch) => w + widthOf(ch), 0) });
    }
    column += [...part].reduce((w, ch) => w + widthOf(ch), 0);
  });
  return out;
}

/**
 * The cells of a space-aligned `line` under the space-aligned `header` (both parted by `sep`, runs of two or more spaces),
 * with an empty cell put back where a column was left blank: each cell goes to the header column whose start is nearest
 * to its own. Undefined when the row has no fewer cells than the header, or its cells cannot be placed one a column in
 * order (two nearest the same column), so the caller reads the row as before.
 */
export function cellsByPosition(header: string, line: string, sep: RegExp): string[] | undefined {
  // Only runs of two or more spaces line columns up; a header parted by single spaces says nothing of where they start.
  if (!/\{2,\}/.test(sep.source)) return undefined;
  const heads = placedCells(header, sep);
  const cells = placedCells(line, sep);
  if (cells.length === 0 || cells.length >= heads.length) return undefined;
  return byNearestStart(heads, cells) ?? byLongGaps(line, sep, heads.length);
}

/** Each cell in the header column whose start is nearest to its own, in order; undefined when two fall in one. */
function byNearestStart(heads: Array<{ at: number }>, cells: Array<{ cell: string; at: number }>): string[] | undefined {
  const out = heads.map(() => '');
  let last = -1;
  for (const { cell, at } of cells) {
    let best = -1;
    heads.forEach((h, j) => {
      if (best < 0 || Math.abs(h.at - at) < Math.abs(heads[best]!.at - at)) best = j;
    });
    if (best <= last) return undefined;
    out[best] = cell;
    last = best;
  }
  return out;
}

/**
 * 2  10月9日    何平  廉政谈话 (cells parted by two spaces, not lined up under the header): a run at least twice the row's
 * shortest is an empty cell between its neighbours, when there are exactly as many such runs as cells missing.
 */
function byLongGaps(line: string, sep: RegExp, width: number): string[] | undefined {
  const parts = line.trim().split(new RegExp(`(${sep.source})`));
  const cells = parts.filter((_, i) => i % 2 === 0).map((c) => c.trim());
  const gaps = parts.filter((_, i) => i % 2 === 1).map((g) => [...g].reduce((w, ch) => w + widthOf(ch), 0));
  if (gaps.length === 0) return undefined;
  const shortest = Math.min(...gaps);
  const long = gaps.map((g) => g >= 2 * shortest);
  if (long.filter(Boolean).length !== width - cells.length || long.every(Boolean)) return undefined;
  return cells.flatMap((c, i) => (long[i] ? [c, ''] : [c]));
}
