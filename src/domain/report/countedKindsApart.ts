// 「全年组织廉政教育6次，警示教育2次。」 (t39a F23: the 廉政教育 6次 vanished without a word; only the 警示教育 was asked): two kinds
// counted side by side are two deeds, each with its own count, never one record of the more specific kind.
import { ACTIVITY_TYPES } from '../activityTypes.js';

/** Every type's name and alias, longest first, as a regex alternation (廉政教育 · 警示教育 · 谈心谈话 · 党课 …). */
const KINDS = [...new Set(ACTIVITY_TYPES.flatMap((t) => [t.name, ...t.aliases]))]
  .filter((w) => !w.includes('/'))
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A count of times: 6次 · 两场 · 十二期. */
const TIMES = '(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:次|场|期|轮)';

/** 组织廉政教育6次，警示教育2次 · 开展廉政谈话4次、谈心谈话3次: groups 1 the verb, 2 the first kind and count, 3 the second. */
const TWO_COUNTED = new RegExp(`((?:组织|开展|召开|进行|举办)了?)?((?:${KINDS})\\s*${TIMES})[，,、]\\s*((?:${KINDS})\\s*${TIMES})`);

/**
 * `text` with each run of kinds counted side by side (组织廉政教育6次，警示教育2次) written as one clause per kind, the verb said
 * again (组织廉政教育6次；组织警示教育2次), so each is read with its own count. Unchanged when there is none.
 */
export function withCountedKindsApart(text: string): string {
  let out = text;
  for (let m = TWO_COUNTED.exec(out); m; m = TWO_COUNTED.exec(out)) {
    const verb = m[1] ?? '';
    out = `${out.slice(0, m.index)}${verb}${m[2]}；${verb}${m[3]}${out.slice(m.index + m[0].length)}`;
  }
  return out;
}
