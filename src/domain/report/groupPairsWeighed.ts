// 胡军「…其中张伟书记与班子成员谈话4人次，王建国副理事长与分管科室负责人谈话2人次…」 (round 67, ggh; t70a F1): a group inside a
// counted summary's 其中 part, written with its own count, is expanded from the directory as everywhere (班子成员 → the four
// 党组成员; 王建国's 分管科室负责人 → 李明、孙丽); its count is weighed against the people it holds, so that 与班子成员谈话5人次
// over four people is said on the card, never taken silently (issue 10: nothing wrong recorded silently).
import type { ParsedReport } from './draft.js';
import { countDiffers } from './countDiffers.js';

/** A 其中 pair whose people are a group and that says its own count. */
export interface GroupPair {
  /** The group word as written, spaces out (班子成员 · 分管科室负责人). */
  group: string;
  /** The times the pair says (4 of 4人次). */
  count: number;
  /** The pair as written, for the card (张伟书记与班子成员谈话4人次). */
  written: string;
}

/** The note a group's expansion leaves on its records (「班子成员」按王建国、刘芳、陈志强、赵敏共4人记录). */
const EXPANDED = /^「([^」]+)」按.+共(\d+)人(?:分别)?记录$/;

/**
 * The remarks for `pairs` whose count differs from the people their group was expanded to in `reports` (countDiffers' words,
 * 「张伟书记与班子成员谈话5人次」与列出的4人不一致…); nothing for a count that matches, or a group no record expanded (its
 * reading then says what it did). The n-th pair of a group word is weighed against that word's n-th expansion, so two doers'
 * 分管科室负责人 are each their own. Pure.
 */
export function groupPairsWeighed(reports: readonly ParsedReport[], pairs: readonly GroupPair[]): string[] {
  const expansions = new Map<string, number[]>();
  for (const r of reports) {
    for (const m of new Set(r.remarks)) {
      const e = EXPANDED.exec(m);
      if (e === null) continue;
      const seen = expansions.get(e[1]!) ?? [];
      // A group's note stands on each of its records: one expansion per run of them (the same note on the record before).
      if (reports[reports.indexOf(r) - 1]?.remarks.includes(m) !== true) seen.push(Number(e[2]));
      expansions.set(e[1]!, seen);
    }
  }
  const used = new Map<string, number>();
  const said: string[] = [];
  for (const pair of pairs) {
    const n = used.get(pair.group) ?? 0;
    used.set(pair.group, n + 1);
    const size = expansions.get(pair.group)?.[n];
    if (size !== undefined && size !== pair.count) said.push(countDiffers(pair.written, size, '', '人'));
  }
  return said;
}
