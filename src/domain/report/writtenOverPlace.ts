// t43a F1: 到市警示教育基地开展廉政教育活动 · a post headed 「廉政警示教育活动」 over a visit to the 市廉政教育基地: a 基地 names
// where the members went, and its name reads as a type (警示教育基地 → 警示教育, 廉政教育基地 → 廉政教育); the type the member
// wrote for the deed itself, in the same sentence or in the heading over it, is the deed's.
import { kindsRelated } from './parseKindPatterns.js';
import type { KindMatch } from './parseKind.js';

/** Whether `m` is a place whose name reads as a type (廉政教育基地 · 警示基地 · 纪法教育基地). */
export function isPlaceKind(m: Pick<KindMatch, 'text'>): boolean {
  return /基地$/.test(m.text);
}

/**
 * The match that names the clause's type, given `chosen` (the most specific of `heads`, the clause's type words in order):
 * when `chosen` is a place (isPlaceKind) and the clause also writes a type of its family that is no place and no guess
 * (开展廉政教育活动), that written word; `chosen` otherwise.
 */
export function writtenOverPlace(chosen: KindMatch, heads: readonly KindMatch[]): KindMatch {
  if (!isPlaceKind(chosen)) return chosen;
  return heads.find((m) => m.code !== chosen.code && !isPlaceKind(m) && !m.inferred && kindsRelated(m.code, chosen.code)) ?? chosen;
}
