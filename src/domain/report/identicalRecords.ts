// 党组召开…专题会议 answered 「就是11月30日那一次，是同一个会」 (round 29a, A6: two identical 专题会议 on one card, and a tap on
// 确认 would store both): two records of a message that agree in every field are named on the card as likely one deed.
// They are not merged: two studies on one day may well be two (mergeSameDeeds merges only deeds done with someone).
import type { ParsedReport } from './draft.js';
import type { PendingItem } from './followUp.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { chineseNumber } from './chineseNumber.js';
import { extractTitles } from './parseTraining.js';

function recordKey(item: Pick<PendingItem, 'draft' | 'problems'>): string | undefined {
  const d = item.draft;
  if (item.problems.length > 0 || d.type === undefined || d.date === undefined) return undefined;
  return JSON.stringify([d.type, d.date, d.actorId ?? '', [...d.counterpartIds].sort(), d.title ?? '', d.attendees ?? null, d.departmentId ?? '', [...(d.departmentIds ?? [])].sort()]);
}

/**
 * The card's remark naming the complete records of `items` that are the same in every field (type, day, doer, people,
 * title, head count, departments), by their 1-based line numbers (「第1条和第2条内容完全相同…」); undefined when none are.
 */
export function identicalRecordsRemark(items: readonly PendingItem[]): string | undefined {
  const lines = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = recordKey(item);
    if (key !== undefined) lines.set(key, [...(lines.get(key) ?? []), i + 1]);
  });
  // 报送廉政信息2篇 read as two records of one day (round 37, t36a F13's note): papers a count made are no slip.
  const same = [...lines.values()].filter((l) => l.length > 1 && l.some((n) => items[n - 1]!.counted !== true));
  if (same.length === 0) return undefined;
  const named = same.map((l) => l.map((n) => `第${n}条`).join('和')).join('，');
  return `${named}内容完全相同，可能是同一次活动写了两遍；如是同一次，请点「修改」去掉重复的一条`;
}

/**
 * `reports` with the records that are the same in every field marked `counted` when the message `text` states a count
 * (报送廉政信息2篇 · 11月3日报送信息2篇，调研报告也于同日报送… · 3篇：11月5日1篇，11月19日2篇) at least as large as their
 * number: a count made them, so they are that many deeds. Two records told in two sentences with no count
 * (11月3日报送信息一篇。11月3日报送信息一篇。), or more of them than any count, keep the 「可能写了两遍」 remark.
 */
export function withCountedCopies(reports: ParsedReport[], text: string): ParsedReport[] {
  const n = countsSaid(text);
  if (n < 2) return reports;
  const groups = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const key = recordKey(r);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const counted = new Set([...groups.values()].filter((g) => g.length > 1 && g.length <= n).flat());
  return counted.size === 0 ? reports : reports.map((r, i) => (counted.has(i) ? { ...r, counted: true as const } : r));
}

/** A count of deeds or papers (2篇 · 一篇 · 3次 · 两条), not an ordinal (第2条). Group 1: the number. */
const PIECES = /(?<![第\d])(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:次|篇|条|则|份|场)/g;

/**
 * How many deeds or papers `text` counts in all (2篇，…又报送1篇 → 3; 3篇：11月5日1篇，11月19日2篇 → 3, a total said
 * beside its parts counted once), a sentence written twice word for word counted once (that is the slip the remark is for).
 */
function countsSaid(text: string): number {
  const sentences = [...new Set(text.split(/[。！!？?\n]+/).map((t) => t.trim()).filter((t) => t !== ''))];
  const counts = sentences.flatMap((t) => [...arabicizeNumerals(extractTitles(t).rest).matchAll(PIECES)].map((m) => (/^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!) ?? 0)));
  const sum = counts.reduce((a, b) => a + b, 0);
  // A total said first over the counts after it that add up to it (3篇：1篇，2篇): the total, not twice it.
  const [first, ...rest] = counts;
  return first !== undefined && rest.length > 0 && rest.reduce((a, b) => a + b, 0) === first ? first : sum;
}
