// The line of a path in a YAML file, for naming where a change sits after the file loaded cleanly.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

/**
 * A lookup of the (1-based) line where `path` (or its nearest existing parent) starts in `file`;
 * undefined for every path when the file cannot be read. Parses the file once, on first use.
 */
export function yamlLines(file: string): (path: readonly (string | number)[]) => number | undefined {
  let lookup: ((path: readonly (string | number)[]) => number | undefined) | undefined;
  return (path) => {
    if (!lookup) {
      try {
        const lines = new LineCounter();
        const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
        lookup = (p) => {
          for (let n = p.length; n >= 0; n--) {
            const node = doc.getIn(p.slice(0, n), true) as { range?: [number, number, number] } | undefined;
            if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
          }
          return undefined;
        };
      } catch {
        lookup = () => undefined;
      }
    }
    return lookup(path);
  };
}
