// 「…看了警示片叫围猎然后周五我又跟刘洋谈了心」: spoken 然后/接着 with no comma before it still starts another clause.
/** 然后/接着 right after a word, with no punctuation before it. */
const JOIN = /(?<=[^\s，,。；;！!？?：:、])(然后|接着)(?=[\u4e00-\u9fa5\d])/g;

/** 警示教育片叫围猎 · 片子叫…: the film's name said with 叫, which is no part of its title (片名叫… is read already). */
const FILM_CALLED = /(教育片|警示片|片子|电影|纪录片)叫(?:做)?(?=[\u4e00-\u9fa5《“"])/g;

/**
 * The text with a comma before a spoken 然后/接着 that had none, so what follows is read as a clause of its
 * own, and a film's 叫 left out of its title. Run together, the second deed was lost with only its day
 * named (round 22, K5: 吴静's 警示教育 and 谈心).
 */
export function withSpokenJoins(text: string): string {
  return text.replace(JOIN, '，$1').replace(FILM_CALLED, '$1');
}
