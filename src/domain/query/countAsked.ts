// 「警示教育几次了」「今年党课讲了几次」: a question asking how many records of a type there are, and which types it names.
import { ACTIVITY_TYPES, type ActivityTypeCode } from '../activityTypes.js';
import { QUERY_WORDS } from './duty.js';

/** Asking for a number of times, not whether a duty is met. */
const COUNT = /几次|多少次|几回|多少回|几场|多少场|几篇|多少篇|几份|多少份|几人次|多少人次|次数|多少条|几条/;

interface TypeWord {
  word: string;
  types: readonly ActivityTypeCode[];
}

/**
 * Type names and aliases (duties.md) and the query's shorthand (谈话 = both talks). Duty names are left out on
 * purpose: 「书记讲廉政党课」 counts 廉政党课 records and its 书记 narrows the scope, as in the completion question.
 */
const TYPE_WORDS: readonly TypeWord[] = [
  ...ACTIVITY_TYPES.flatMap((t) => [t.name, ...t.aliases].map((word) => ({ word, types: [t.code] as const }))),
  ...Object.entries(QUERY_WORDS).map(([word, types]) => ({ word, types })),
].sort((a, b) => b.word.length - a.word.length);

/**
 * The activity types a text names, longest word first so 警示教育片 is 警示教育 and 廉政教育 is not every
 * 教育; several words add up (「谈话和党课几次」). Empty when none is named.
 */
export function typesNamed(text: string): ActivityTypeCode[] {
  const found = new Set<ActivityTypeCode>();
  let rest = text;
  for (const w of TYPE_WORDS) {
    if (!rest.includes(w.word)) continue;
    for (const t of w.types) found.add(t);
    rest = rest.split(w.word).join('｜');
  }
  return ACTIVITY_TYPES.map((t) => t.code).filter((c) => found.has(c));
}

/** The types whose records a question counts (「警示教育几次了」), or undefined when it asks no count of a type. */
export function countAsked(text: string): ActivityTypeCode[] | undefined {
  if (!COUNT.test(text)) return undefined;
  const named = typesNamed(text);
  // 「责任书一共签了多少份」: 责任书 names both the signing and its check, but 签 without 检查 asks for signings only.
  const types = named.includes('pledge_sign') && /签/.test(text) && !/检查/.test(text) ? named.filter((t) => t !== 'pledge_check') : named;
  return types.length > 0 ? types : undefined;
}
