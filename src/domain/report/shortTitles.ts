// 孙科 · 王处 (round 24b, #1: 「孙科」 was not found though 孙丽 is the only 孙 who is 科长): offices call a 科长 or 处长 by
// surname and the first character of the title. Written out (孙科长), the title reader finds the person as for 孙科长.

/** Words where 科/处 after a surname is not a title: 科学/科技/科研/科室/科员/科级, 处理/处分/处置/处室/处罚/处级. */
const NOT_TITLE = '(?![长室员级学技研理分置罚])';

/**
 * `text` with surname+科 / surname+处 written as surname+科长 / surname+处长, only for a surname some person in
 * `people` has with a title holding 科长 / 处长 (副科长 too), and never when surname+科/处 is someone's full name.
 */
export function withShortTitles(text: string, people: readonly { name: string; title: string }[]): string {
  if (!/[科处]/.test(text)) return text;
  let out = text;
  for (const { pattern, written } of shortTitleRewrites(people)) out = out.replace(pattern, written);
  return out;
}

/** Each surname+科/处 to write out, in the order they are written (科 first, surnames in people order). */
const rewrites = new WeakMap<readonly { name: string; title: string }[], readonly { pattern: RegExp; written: string }[]>();

/**
 * The rewrites for `people`, worked out once per people array (issue 14, r50 fxh: the 1,000 people were filtered and
 * scanned per surname, and a pattern compiled per surname, for every reading of a text with 科 or 处). The patterns are
 * global, used only by `replace`, which starts from 0.
 */
function shortTitleRewrites(people: readonly { name: string; title: string }[]): readonly { pattern: RegExp; written: string }[] {
  const known = rewrites.get(people);
  if (known) return known;
  const made: { pattern: RegExp; written: string }[] = [];
  for (const short of ['科', '处'] as const) {
    const surnames = new Set(people.filter((p) => p.title.includes(`${short}长`)).map((p) => p.name[0]!));
    for (const s of surnames) {
      if (people.some((p) => p.name.startsWith(`${s}${short}`))) continue;
      made.push({ pattern: new RegExp(`${s}${short}${NOT_TITLE}`, 'g'), written: `${s}${short}长` });
    }
  }
  rewrites.set(people, made);
  return made;
}
