// 「周一部门学习…，刘洋做了发言，另外我还单独跟刘洋谈了次心」 (t45a F5, round 44: the talk stored on 周一 without a word): a clause
// opening with 另外 · 此外 · 除此之外 · 还有 adds another deed, which need not be of the day before. With no day of its own and
// no word tying it to that day (当天 · 同日 · 会后 · 随后…) it still takes that day — as a later sentence with no day does
// (sentenceWithoutDay, u1) — and the card says so (「日期沿用上一句」), never stored at once.
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { extractTitles } from './parseTraining.js';
import { namesVagueDayOnly } from './vagueDayClause.js';

/** A clause adding another deed: 另外 · 另 · 此外 · 除此之外/以外 · 还有 (maybe after 我). */
const BESIDES = /^[\s\u0000]*(?:我|本人)?[\s\u0000]*(?:另外|此外|除此之外|除此以外|除此|还有(?=[\s\u0000]*(?:我|本人|和|与|跟|同|对|组织|召开|参加|到|去)))/;
/** Words tying the clause to the day before: 当天 · 同日 · 会后 · 随后 · 之后 · 接着 · 同时 · 会上 · 期间. */
const SAME_DAY = /同日|当日|当天|同一天|同天|随后|随即|之后|此后|然后|接着|会后|会上|会前|散会后|结束后|其间|期间|同时|顺便|趁/;

/**
 * The clauses of `line` (split at ，；。！？) that open with 另外/此外…, follow a clause naming a day, and have no day, time or
 * tie to that day of their own. `today` is YYYY-MM-DD in Shanghai. Empty when none.
 */
export function besidesWithoutDay(line: string, today: string): string[] {
  const clauses = line.split(/(?<=[,，;；。！？!?])/).map((s) => s.trim()).filter((s) => s.replace(/[,，;；。！？!?\s\u0000]/g, '') !== '');
  const out: string[] = [];
  let dated = false;
  for (const clause of clauses) {
    const rest = arabicizeNumerals(extractTitles(clause).rest);
    if (parseDay(rest, today).date !== undefined || namesVagueDayOnly(clause, today)) {
      dated = true;
      continue;
    }
    if (dated && BESIDES.test(clause) && !SAME_DAY.test(clause)) out.push(clause);
  }
  return out;
}
