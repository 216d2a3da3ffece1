// Which duties a completion question names: by duty name ("警示教育"), part of it ("廉政谈话"), or activity words ("党课").
import { ACTIVITY_TYPES, type ActivityTypeCode } from '../activityTypes.js';
import type { Duty } from '../duty.js';
import { GAP, type Consumed } from './types.js';

/** Shorthand people use in questions that is not an activity alias: "谈话" means both kinds of talk. */
export const QUERY_WORDS: Record<string, ActivityTypeCode[]> = {
  谈话: ['talk_integrity', 'talk_heart'],
  责任书: ['pledge_sign', 'pledge_check'],
  // 「分管部门的责任书都签完了吗」 (round 12): signing asked after, not the check of the 责任书.
  责任书都签完: ['pledge_sign'],
  责任书签完: ['pledge_sign'],
  签完责任书: ['pledge_sign'],
  承诺书: ['pledge_sign'],
  专题会: ['meeting_special'],
  教育: ['edu_integrity', 'edu_warning', 'edu_lecture'],
  研判: ['review_analysis'],
  作风: ['inspect_style'],
  纪律检查: ['inspect_style'],
  资金: ['inspect_funds'],
  述廉: ['report_duty'],
  信息: ['report_info'],
};

interface Word {
  word: string;
  /** Duty names and their parts beat activity words of the same length. */
  byName: boolean;
  duties: (duties: readonly Duty[]) => Duty[];
}

function nameWords(duties: readonly Duty[]): Word[] {
  const words = new Map<string, Set<string>>();
  for (const d of duties) {
    for (const w of [d.name, d.id, ...d.name.split(/[：:]/)]) {
      if (w.length >= 2) words.set(w, (words.get(w) ?? new Set()).add(d.id));
    }
  }
  return [...words].map(([word, ids]) => ({ word, byName: true, duties: (all) => all.filter((d) => ids.has(d.id)) }));
}

/**
 * Duties of the types, preferring those the type is chiefly about (their first type):
 * "党课" is 书记讲廉政党课, though a 党课 also counts toward the year's education.
 */
function typeWord(word: string, types: readonly ActivityTypeCode[]): Word {
  return {
    word,
    byName: false,
    duties: (all) => {
      const ofType = all.filter((d) => d.types.some((t) => types.includes(t)));
      const chiefly = ofType.filter((d) => d.types[0] !== undefined && types.includes(d.types[0]));
      return chiefly.length > 0 ? chiefly : ofType;
    },
  };
}

function typeWords(): Word[] {
  const fromTypes = ACTIVITY_TYPES.flatMap((t) => [t.name, ...t.aliases].map((w) => typeWord(w, [t.code])));
  return [...fromTypes, ...Object.entries(QUERY_WORDS).map(([w, types]) => typeWord(w, types))];
}

function best(text: string, words: readonly Word[]): Word | undefined {
  let found: Word | undefined;
  for (const w of words) {
    if (!text.includes(w.word)) continue;
    const longer = !found || w.word.length > found.word.length;
    if (longer || (w.word.length === found?.word.length && w.byName && !found.byName)) found = w;
  }
  return found;
}

/** Every duty named, in catalogue order; several mentions ("谈话和警示教育") add up. Disabled duties are not offered. */
export function parseQueryDuties(text: string, duties: readonly Duty[]): Consumed<Duty[]> {
  const enabled = duties.filter((d) => d.enabled);
  const words = [...nameWords(enabled), ...typeWords()];
  const ids = new Set<string>();
  let rest = text;
  for (let w = best(rest, words); w; w = best(rest, words)) {
    for (const d of w.duties(enabled)) ids.add(d.id);
    rest = rest.split(w.word).join(GAP);
  }
  return { value: enabled.filter((d) => ids.has(d.id)), rest };
}
