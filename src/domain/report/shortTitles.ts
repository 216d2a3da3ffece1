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
  for (const short of ['科', '处'] as const) {
    const surnames = new Set(people.filter((p) => p.title.includes(`${short}长`)).map((p) => p.name[0]!));
    for (const s of surnames) {
      if (people.some((p) => p.name.startsWith(`${s}${short}`))) continue;
      out = out.replace(new RegExp(`${s}${short}${NOT_TITLE}`, 'g'), `${s}${short}长`);
    }
  }
  return out;
}
