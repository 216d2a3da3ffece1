// 召开廉政教育专题学习会，学习了《廉洁自律准则》和典型案例通报 (round 34a, F6: a 警示教育 titled 《廉洁自律准则》, the written
// 廉政教育 passed over): a type guessed from what was studied (典型案例通报 → 警示教育) never outranks the type the member
// wrote for the deed itself; the cases are that education's content.
import { ACTIVITY_TYPES } from '../activityTypes.js';
import type { KindMatch } from './parseKind.js';
import { isMoreGeneral } from './parseKindPatterns.js';

/**
 * The catalogue's own words of each type (its names and aliases: 廉政教育 · 廉洁教育 · 廉政学习 · 党纪学习…): only these are
 * a type the member wrote; a variant read from usage (党风廉政建设专题学习会) names the occasion, and the cases briefed there
 * type it as before.
 */
const CATALOGUE_WORDS: ReadonlySet<string> = new Set(ACTIVITY_TYPES.flatMap((t) => [...t.name.split('/'), ...t.aliases]));

/** Whether `m` is a type the member wrote in the catalogue's own words (廉政教育 · 警示教育 · 廉政谈话…), no guess, no variant. */
export function isWrittenCatalogueWord(m: Pick<KindMatch, 'text' | 'inferred'>): boolean {
  return !m.inferred && CATALOGUE_WORDS.has(m.text);
}

/**
 * The match that names the clause's type, given `chosen` (the most specific of `heads`, the clause's type words in order):
 * when `chosen` is a guessed 警示教育 (典型案例通报, 通报了…问题) and the clause writes a catalogue word of its general form
 * (廉政教育, 廉洁教育, 廉政学习…: CATALOGUE_WORDS), that written word; `chosen` otherwise (警示教育片, 以案说法, a written 警示教育 still win).
 */
export function writtenOverGuess(chosen: KindMatch, heads: readonly KindMatch[]): KindMatch {
  if (chosen.code !== 'edu_warning') return chosen;
  if (chosen.inferred) return heads.find((m) => isWrittenCatalogueWord(m) && isMoreGeneral(m.code, chosen.code)) ?? chosen;
  // 今天开展廉政教育，学习了身边的典型案例 · …开展廉政教育学习身边典型案例 (round 49, fvd: a 警示教育 at once, or on a card of
  // that type): the deed named first in the catalogue's own words is the type; the cases studied after it are its content, not
  // a type of their own. A 警示教育 written outright is never passed over, nor a film watched (…开展廉政教育，组织观看警示教育片
  // 《贪毁人生》 is a 警示教育 in the corpus since round 25: the film is the specific deed).
  if (chosen.text === '警示教育' || /片|电影/.test(chosen.text)) return chosen;
  return heads.find((m) => isWrittenCatalogueWord(m) && m.end <= chosen.start && isMoreGeneral(m.code, chosen.code)) ?? chosen;
}
