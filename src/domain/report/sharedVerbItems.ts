// 分管的两个部这个月都报了信息，教就部11月12日一篇，维权部11月19日一篇: each ‹部门›‹day›‹count› item after the shared verb is its own 信息报送.
import type { Directory } from '../organization.js';
import { parseDay } from './parseDay.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** A clause saying departments handed in 信息 (都报了信息 · 均报送了信息 · 各上报信息), with no day of its own. */
const SHARED_VERB = /(?:报|报送|上报|编报)了?[^,;。:\n]{0,4}?信息/;
/** An item giving a count only: …一篇 · …2条. */
const COUNT_ONLY = /^([\s\u0000]*)(.+?)([一二两三四五六七八九十\d]+)[\s\u0000]*(篇|条)[\s\u0000。]*$/;

/**
 * `text` with each item of the shape ‹部门›‹day›‹count›篇 that follows a clause sharing the verb (…都报了信息，) written as
 * ‹部门›‹day›报送信息‹count›篇, and that clause dropped (its departments are the items'), so each is read as its own
 * deed of its department's head (round 18, F: only the first item was recorded, the second named as unaccounted).
 * `today` (YYYY-MM-DD) only lets an item's day be found. Unchanged when fewer than two items follow.
 */
export function withSharedVerbItems(text: string, directory: Directory, today: string): string {
  const index = directoryIndex(directory);
  const item = (clause: string): string | undefined => {
    const m = COUNT_ONLY.exec(clause.replace(/[,;:]\s*$/, ''));
    if (!m) return undefined;
    const head = m[2]!;
    const first = new RegExp(index.surfaces.source).exec(head);
    if (!first || first.index !== 0 || !index.departmentBySurface.has(first[0])) return undefined;
    if (parseDay(arabicizeNumerals(head), today).date === undefined || /信息|报/.test(head)) return undefined;
    return `${m[1]}${head}报送信息${m[3]}${m[4]}${/[,;:]\s*$/.exec(clause)?.[0] ?? ''}`;
  };
  return text
    .split('\n')
    .map((line) => {
      const clauses = line.split(/(?<=[,;:])/);
      const at = clauses.findIndex((c) => SHARED_VERB.test(c) && parseDay(arabicizeNumerals(c), today).date === undefined);
      if (at < 0) return line;
      const rewritten = clauses.slice(at + 1).map(item);
      if (rewritten.length < 2 || rewritten.some((r) => r === undefined)) return line;
      return [...clauses.slice(0, at), ...(rewritten as string[])].join('');
    })
    .join('\n');
}
