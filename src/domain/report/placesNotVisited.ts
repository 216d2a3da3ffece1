// 昨天到财务科检查 办公室没去 · 昨天查了财务科和康复部，维权部下次再去 (round 52, fwc, issue 10: not a report at all — 没去
// read as denying the whole message — or 维权部 named as unmatched): a clause naming only departments and saying they were not
// gone to (没去 · 还没去 · 没来得及去 · 没顾上 · 下次再去 · 改天再查) is no denial of the check told beside it; it says where the
// check was not. The check is read without it, at the places visited, and the card says the others were not recorded.
import type { Directory } from '../organization.js';
import { departmentAlternation } from './departmentNames.js';
import { oncePer } from './oncePer.js';

/** Said of a place: not gone to, or left for another day. */
const NOT_VISITED =
  '(?:这次|这回|那边|那里|那儿)?(?:还|也|就|都|暂时|暂)?(?:没有?|未)(?:去|到|查|检查|来得及(?:去|查)?|顾上(?:去|查)?|过去)(?:成)?(?:呢|了)?|(?:这次|那边)?(?:下次|改天|以后|过几天|明天|下周|回头)(?:再|才)(?:去|查|检查)(?:吧|了)?';

/** A check told (检查 · 查了 · 督查 · 抽查 · 暗访 · 巡查). */
const CHECK = /检查|督查|抽查|暗访|巡查|查了|查看|去查|到[^，,；;\s]{1,8}查/;

export interface PlacesNotVisited {
  /** The message without the clauses. */
  text: string;
  /** The clauses as written (办公室没去), for the card. */
  clauses: string[];
}

/** The clause saying departments were not gone to, compiled once per directory; undefined when it has no departments. */
const notVisitedClauseOf = oncePer((directory: Directory): RegExp | undefined => {
  const names = departmentAlternation(directory);
  if (names === '') return undefined;
  const place = `(?:${names})`;
  return new RegExp(`(^|[，,；;。\\s])((?:但是?|不过|只有|就)?${place}(?:[、和及与]${place})*(?:的)?(?:${NOT_VISITED}))(?=[，,；;。.!！\\s]*$|[，,；;。\\s])`, 'g');
});

/**
 * `text` without its clauses that say departments (of `directory`, by name or alias) were not gone to, when another clause
 * tells a check; undefined when there are none.
 */
export function withoutPlacesNotVisited(text: string, directory: Directory): PlacesNotVisited | undefined {
  if (!/没有?|未|再(?:去|查)/.test(text) || !CHECK.test(text)) return undefined;
  const clause = notVisitedClauseOf(directory);
  if (clause === undefined) return undefined;
  const clauses: string[] = [];
  const out = text.replace(clause, (_whole, stop: string, said: string) => {
    clauses.push(said);
    return stop === '' ? '' : stop.replace(/\s/, '，');
  });
  if (clauses.length === 0) return undefined;
  const rest = out.replace(/[，,；;\s]+$/, '').replace(/^[，,；;\s]+/, '');
  // The check must be told in what is left (财务科没去 alone is no report).
  if (!CHECK.test(rest)) return undefined;
  return { text: rest, clauses };
}

/** The card's word on the places left out. */
export function placesNotVisitedRemark(left: PlacesNotVisited): string {
  return `「${left.clauses.join('」「')}」：没去的部门未记入检查`;
}
