// 「开展廉政教育2次（11月7日、11月21日），参加人数分别为32人和29人」 (round 31g, F4: both days stored at once with 32): a
// list of head counts after 分别 is one count per activity, in the order the activities were told, as 分别 hands out
// people. When the counts do not match the activities one to one, nothing is guessed: the card shows them for a tap.
import { isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** One head count: 32人 · 29名 · 32 (the unit may be said on the last only). */
const ONE = String.raw`\d{1,4}\s*(?:人|名)?`;

/**
 * 参加人数分别为32人和29人 · 参会人员分别是32、29人 · 分别有32人、29人参加: group 1 (or 2) holds the list of two or more
 * counts. The 人数/人员 before, or the 参加 after, says the numbers are heads, not days or rounds.
 */
const RESPECTIVE_COUNTS = new RegExp(
  String.raw`(?:人数|人员|人次)\s*分别(?:为|是)?\s*(${ONE}(?:\s*(?:、|和|及|与|,|，)\s*${ONE})+?)(?=\s*(?:人|名)?(?:[，,；;。）)\n]|$))|分别有\s*(${ONE}(?:\s*(?:、|和|及|与)\s*${ONE})+?)\s*(?:人|名)?(?:参加|参会|出席|到会)`,
  'g',
);

/** The counts (in the order written) of the one 「分别为N人和M人」 list in `text`, or undefined when none or several. */
export function respectiveCounts(text: string): number[] | undefined {
  const lists = [...arabicizeNumerals(text).matchAll(RESPECTIVE_COUNTS)];
  if (lists.length !== 1) return undefined;
  const list = (lists[0]![1] ?? lists[0]![2])!;
  return [...list.matchAll(/\d{1,4}/g)].map((m) => Number(m[0]));
}

/**
 * `reports` with the head counts of a 「人数分别为N人和M人」 list handed out one per activity (talks and signings, which
 * count pairs, aside), in the order the records were read from the message. When the counts and the activities differ
 * in number, the activities keep what they had and are shown on a card (`head_count`) with a remark naming the list,
 * never stored at once with one count on all. Unchanged when `text` holds no such list.
 */
export function withRespectiveCounts(reports: ParsedReport[], text: string): ParsedReport[] {
  const counts = respectiveCounts(text);
  if (counts === undefined) return reports;
  const counted = (r: ParsedReport) => r.draft.type === undefined || (!isTalkType(r.draft.type) && r.draft.type !== 'pledge_sign');
  const targets = reports.filter(counted);
  if (targets.length === 0) return reports;
  if (targets.length !== counts.length) {
    const said = `${counts.join('、')}人`;
    return reports.map((r, i) =>
      counted(r)
        ? {
            ...r,
            reasons: [...new Set([...(r.reasons ?? []), 'head_count' as const])],
            remarks: i === reports.indexOf(targets[0]!) ? [...r.remarks, `参加人数「${said}」和活动的条数对不上，请核对每条的人数`] : r.remarks,
          }
        : r,
    );
  }
  let next = 0;
  return reports.map((r) => (counted(r) ? { ...r, draft: { ...r.draft, attendees: counts[next++] } } : r));
}
