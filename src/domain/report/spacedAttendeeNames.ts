// 「…开了个廉政工作会 郑华 冯雪参加 会上通报了…」 (round 60, fbf; t62b F3, voice input: 郑华 taken for the meeting's chair and
// 冯雪 alone noted as attending): names of the directory parted by spaces only, closed by 参加/出席, are a clause of who
// attended, as 「，郑华、冯雪参加」 written with the commas is read.

/** Who attended, after the names: 参加 · 出席 · 参会 · 列席 · 在场, maybe with 也/都/等同志 before it. */
const ATTENDED = String.raw`(?:等(?:同志|人)?)?(?:也|都|均)?(?:参加|出席|参会|列席|在场)`;

/** Built once per names array (the parser's is one per directory: directoryNames), never per message (issue 14). */
const patterns = new WeakMap<readonly string[], RegExp>();

function pattern(names: readonly string[]): RegExp {
  const known = patterns.get(names);
  if (known) return known;
  const name = `(?:${[...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  // A sitting's word (…工作会 · …学习 · …党课) then a space — not a talk's (集体廉政谈话 李明 王强参加 孙丽科长陪同 names whom it
  // was held with) — two or more names parted by spaces, then the attendance word.
  const made = new RegExp(`(?<=(?:会|会议|学习|教育|党课|培训|讲座|活动|警示片|教育片))[ \\u3000]+(${name}(?:[ \\u3000]+${name})+)(?=${ATTENDED})`, 'g');
  patterns.set(names, made);
  return made;
}

/**
 * `text` with each run of two or more of `names` (the directory's full names) parted by spaces and closed by an attendance
 * word (参加 · 出席 · 列席…) written as a clause of its own: 「会 郑华 冯雪参加」 → 「会，郑华、冯雪参加」. Unchanged when no such
 * run follows a Chinese character (a list after 和/与 is withSpacedClauseOpeners').
 */
export function withSpacedAttendeeNames(text: string, names: readonly string[]): string {
  if (names.length === 0 || !/[ \u3000]/.test(text) || !/参加|出席|参会|列席|在场/.test(text)) return text;
  return text.replace(pattern(names), (_gap, list: string) => `，${list.trim().split(/[ \u3000]+/).join('、')}`);
}
