// 「陈理是副理事长陈志强」「是办公室主任」「就是陈志强」 to 「X是哪一位？」: the person, without the asked name said again
// (round 22u C3: such answers were no answer, or a name more).

/** 他是 · 就是 · 指的是 · 应该是 · 其实是 · 是: the words that bring the person. */
const IS = /^(?:他|她)?(?:就是|指的是|应该是|应为|其实是|实际是|是)\s*/;

/** `answer` without 「<asked>是」 or 「是」 before the person it names; as written when it has neither. */
export function nameAnswer(answer: string, asked: string | undefined): string {
  const t = answer.trim().replace(/[。.!！]+$/, '');
  // The asked name only with 是 after it: 「李娟」 to 「「李」是哪一位？」 is the answer itself, not 娟.
  const after = asked !== undefined && asked !== '' && t.startsWith(asked) ? t.slice(asked.length).replace(/^(?:同志)?/, '') : undefined;
  const restated = after !== undefined && IS.test(after) ? after : t;
  const person = restated.replace(IS, '');
  return person !== '' ? person : t;
}
