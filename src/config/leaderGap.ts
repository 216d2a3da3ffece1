// The first day a 分管 asks for a leader its person is not: a leader's role ended, or the person left, before the 分管 did.
import type { RoleSpan, Tenure } from '../domain/organization.js';

const FIRST = '0000-01-01';
const LAST = '9999-12-31';

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The first day of `held` (a 分管's span) on which the person holds neither `leader` nor
 * `secretary` while employed (`tenure`), FIRST when that is from the start, or undefined
 * when every day is covered. A 分管 with nobody leading it that day leaves its department's
 * talks owed by nobody: completion would silently drop them.
 */
export function leaderGap(roles: readonly RoleSpan[], tenure: Tenure, held: Tenure): string | undefined {
  const spans = roles
    .filter((r) => r.role === 'leader' || r.role === 'secretary')
    .map((r) => ({
      start: [r.from ?? FIRST, tenure.from ?? FIRST].sort()[1] as string,
      end: [r.until ?? LAST, tenure.until ?? LAST].sort()[0] as string,
    }))
    .filter((s) => s.start <= s.end);
  const end = held.until ?? LAST;
  let day = held.from ?? FIRST;
  for (let guard = 0; guard <= spans.length; guard++) {
    const covering = spans.filter((s) => s.start <= day && day <= s.end).map((s) => s.end).sort().at(-1);
    if (covering === undefined) return day;
    if (covering >= end) return undefined;
    day = nextDay(covering);
  }
  return day;
}
