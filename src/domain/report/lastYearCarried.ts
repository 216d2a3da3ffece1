// 补报一下去年12月和王建国的廉政谈话，是12月20号 · 补一下去年的：12月8号和吴静廉政谈话 (round 27b, K3: sent on 2 December, the
// day read as this year's, still to come, so a plan: 没看懂, or 「12月16日还没到」 asked): a 补报 of last year said once
// before the day carries its year to the days after it that would otherwise lie ahead.
import { shanghaiDate } from '../shanghai.js';

/** A 补报 of something missed: the message is about the past. */
const BACKFILL = /补报|补录|补一下|补一条|补充一条|补个|漏报|漏记|漏填/;
/** 去年 (or 上一年) said as the year of what is reported: 去年12月 · 去年的 · 去年第四季度; the month when one is named. */
const LAST_YEAR = /(?:去年|上一年)(?:的)?(?:(\d{1,2})月)?/;
/** A month and day with no year before it (去年12月20号 keeps its own; 2025年12月20日 too). */
const BARE_DAY = /(?<![年\d])(\d{1,2})月(\d{1,2})[日号]/g;

/**
 * `text` with 去年 put before each bare 月日 that comes after the message's first 去年 and would fall after `now`'s day in
 * this year, or is in the month that 去年 named (去年12月…，是12月1号), when the message says it is a 补报 (补报/补录/
 * 漏报…). Unchanged otherwise — another past day of this year stays this year's (asked elsewhere when in doubt).
 */
export function withLastYearCarried(text: string, now: Date): string {
  const said = LAST_YEAR.exec(text);
  if (!said || !BACKFILL.test(text)) return text;
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const month = said[1] !== undefined ? Number(said[1]) : undefined;
  const from = said.index + said[0].length;
  const tail = text.slice(from).replace(BARE_DAY, (whole, m: string, d: string, at: number) => {
    const day = `${year}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    // Right after the 去年 that names it (去年12月20号) the year is already there.
    const carried = day > today || Number(m) === month;
    return carried && !/(?:去年|上一年)的?$/.test(text.slice(0, from + at)) ? `去年${whole}` : whole;
  });
  return text.slice(0, from) + tail;
}
