// Cell values and widths for the workbook: civil dates as real Excel dates, and column widths that fit Chinese text.

/**
 * A Shanghai civil date or wall-clock time as an Excel date. exceljs turns a Date into
 * Excel's serial from its UTC fields, so the wall-clock goes into the UTC fields and the
 * cell shows the same day on every machine, whatever its zone.
 */
export function excelDate(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh, mm));
}

/** `YYYY-MM-DD HH:mm` (Shanghai) as an Excel date-time. */
export function excelDateTime(wallClock: string): Date {
  const [date, time] = wallClock.split(' ');
  return excelDate(date ?? wallClock, time ?? '00:00');
}

/** Characters a cell shows: CJK and full-width forms take two columns, the rest one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** A column wide enough for its longest line plus padding, within bounds; longer text wraps. */
export function fitWidth(texts: readonly string[], min = 6, max = 48): number {
  const longest = Math.max(0, ...texts.flatMap((t) => t.split('\n')).map(displayWidth));
  return Math.min(max, Math.max(min, longest + 2));
}
