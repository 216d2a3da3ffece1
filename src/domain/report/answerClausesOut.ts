// An answer names some people or words only to leave them out (不是王磊 · 王强那天休假 · 陈静记不清了): three readers
// (answerDenials, answerAbsences, answerUnsureDays) each match their own clause shape and take it out the same way; this is
// that one way, so what is left of the answer is trimmed and reported alike whatever shape took the clause.

/** Stops and spaces left at either end once clauses are cut out of an answer. */
const EDGE_STOPS = /^[\s,，;；。.!！]+|[\s,，;；。.!！]+$/g;

/**
 * An answer with some clauses taken out: `rest` what is left (trimmed of stops and spaces at both ends), `words` the word each
 * taken clause named (its group 1), `said` each taken clause as written (trimmed), in the answer's order.
 */
export interface ClausesOut {
  rest: string;
  words: string[];
  said: string[];
}

/**
 * `answer` without every match of `clause` (a global regular expression whose group 1 is the word the clause names) that
 * `take(word, whole, at)` accepts — `whole` the match, `at` its offset in `answer`. Undefined when no clause is taken.
 * The caller's expression must be built once at module load (the parser's paths never build one per call).
 */
export function takeClausesOut(
  answer: string,
  clause: RegExp,
  take: (word: string, whole: string, at: number) => boolean = () => true,
): ClausesOut | undefined {
  const words: string[] = [];
  const said: string[] = [];
  const rest = answer.replace(clause, (whole: string, word: string, at: number) => {
    if (!take(word, whole, at)) return whole;
    words.push(word);
    said.push(whole.trim());
    return '';
  });
  return words.length === 0 ? undefined : { rest: rest.replace(EDGE_STOPS, ''), words, said };
}
