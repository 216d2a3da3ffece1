// Reads one human-edited YAML config file and validates it, turning the first problem into a ConfigError with a line number.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, formatPath } from './configError.js';

export interface YamlConfig<T> {
  value: T;
  /** Fails with the file, the line of `path` and `expected`; for cross-reference checks after parsing. */
  fail(path: PropertyKey[], expected: string): never;
}

export function readYamlConfig<S extends z.ZodType>(file: string, schema: S): YamlConfig<z.output<S>> {
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new ConfigError(shown, '', `${reason}; set CONFIG_DIR to the folder holding the config files`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    throw new ConfigError(shown, '', `YAML syntax: ${syntax.message.split('\n')[0]}`, lines.linePos(syntax.pos[0]).line);
  }
  const lineOf = (path: PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const fail = (path: PropertyKey[], expected: string): never => {
    throw new ConfigError(shown, formatPath(path), expected, lineOf(path));
  };
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(issue.path, issue.message);
  }
  return { value: parsed.data, fail };
}
