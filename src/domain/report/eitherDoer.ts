// 王建国或陈志强与周涛进行了廉政谈话 (round 33a): a member unsure which of two people held it writes both with 或; read as it
// stood, the second was made one talked to and the first dropped. Written so by groupOverDayList too, for an item of a
// heading with several doers that the directory does not give to one of them.
import type { Directory } from '../organization.js';
import { guardedAlternation } from './guardedAlternation.js';
import { oncePer } from './oncePer.js';
import { directoryNames } from './directoryNames.js';

/** Two doers offered, where they stand in the text, and their words. */
export interface EitherDoer {
  /** Directory ids of the two people named, in the order written. */
  candidateIds: [string, string];
  /** The words naming them (王建国或陈志强), for the question. */
  text: string;
  start: number;
  end: number;
}

/** A title after a name, dropped with it. */
const TITLE = '(?:副?(?:书记|理事长|主任|部长|科长)|同志)?';

/** Built once per directory (issue 14: never per message): 「X或Y」 at the start of a clause, before the deed's 与/主持…. */
const patternOf = oncePer((directory: Directory): RegExp => {
  const name = `(${guardedAlternation(directoryNames(directory))})${TITLE}`;
  return new RegExp(`(?:^|[,;。!?:\\s\\u0000]|[日号])${name}(?:或者|或|还是|\\/)${name}(?=[\\s\\u0000]*(?:与|和|同|跟|对|找|主持|主讲|讲授|带队|签订))`);
});

/**
 * The two people of 「X或Y」 standing as the subject of a deed in `text` (a clause start before them, 与/和/对/主持/签订…
 * after), two different people of the directory; undefined otherwise. Positions are those of the names with their
 * titles, in `text`.
 */
export function eitherDoer(text: string, directory: Directory): EitherDoer | undefined {
  const m = patternOf(directory).exec(text);
  if (!m) return undefined;
  const id = (n: string) => directory.org.people.find((p) => p.name === n)?.id;
  const [a, b] = [id(m[1]!), id(m[2]!)];
  if (!a || !b || a === b) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  const end = m.index + m[0].length;
  return { candidateIds: [a, b], text: text.slice(start, end), start, end };
}
