// Every person's name in the directory, in directory order, built once per directory (issue 14, r49 fvg: the report
// parser mapped the 1,000 people to their names up to six times per reading, and a message is read many times over).
import type { Directory } from '../organization.js';
import { oncePer } from './oncePer.js';

/** The directory's names in directory order; shared by every reader, so none may change it (it is readonly). */
export const directoryNames = oncePer((directory: Directory): readonly string[] => directory.org.people.map((p) => p.name));

const joined = new WeakMap<readonly string[], string>();

/**
 * `names.join('|')`, joined once per array: the key the readers' pattern caches are looked up by. With the parser's one
 * array per directory, a lookup no longer joins 1,000 names per message (and per clause, for some readers).
 */
export function namesKey(names: readonly string[]): string {
  let key = joined.get(names);
  if (key === undefined) joined.set(names, (key = names.join('|')));
  return key;
}

/** A pattern built from `names` by `build`, once per array (`build` must read nothing but the names). */
export function perNames<V>(build: (names: readonly string[]) => V): (names: readonly string[]) => V {
  const built = new WeakMap<readonly string[], V>();
  return (names) => {
    if (built.has(names)) return built.get(names) as V;
    const made = build(names);
    built.set(names, made);
    return made;
  };
}
