// A directory's patterns are compiled once per directory, never per message (issue 14: compiling the 1,000 names of a
// large directory for every message was the parser's largest cost, and regexp machine code its idle heap's largest
// item). Every reader that embeds the directory builds through this, so the rule lives in one place.

/**
 * `build` remembered per key object: the first call for a key builds, later calls return what it built (also
 * `undefined` or `null`). Keys are held weakly, so a directory reloaded from a changed config drops its old patterns.
 * Arguments after the key are read on a key's first call only: they must follow from the key (the directory's
 * names, say), never vary per message. Throws what `build` throws, and builds again on the next call then.
 */
export function oncePer<K extends object, A extends unknown[], V>(build: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  const built = new WeakMap<K, V>();
  return (key, ...rest) => {
    if (built.has(key)) return built.get(key) as V;
    const made = build(key, ...rest);
    built.set(key, made);
    return made;
  };
}
