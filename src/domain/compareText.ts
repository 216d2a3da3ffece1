// Orders machine strings (ISO days and times, ids) by their UTF-16 code units.

/**
 * Negative, zero or positive as `a` sorts before, with or after `b` by UTF-16 code units: for strings of one fixed
 * machine format (YYYY-MM-DD, ISO timestamps, `HH:mm`, ids), the order localeCompare gives them too. Not for names
 * people read. Why not localeCompare: its first call maps ICU's collation data (about 2.7 MiB) into every process that
 * sorts dates, the bot's idle footprint included (issue 14).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
