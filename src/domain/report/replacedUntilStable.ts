/**
 * `text` with `pattern` (global) replaced by `replacement` until nothing changes: a list of three has its middle item in
 * two overlapping matches (11月3日、11月10日、11月17日), which one pass of a lookahead pattern leaves half done.
 */
export function replacedUntilStable(text: string, pattern: RegExp, replacement: string): string {
  let out = text;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(pattern, replacement);
  }
  return out;
}
