// Reads one human-edited YAML config file and validates it, turning the first problem into a ConfigError with a line number.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { chineseIssue } from './chineseIssue.js';
import { ConfigError, formatPath } from './configError.js';
import type { ParsedAhead } from './parsedYaml.js';
import { shownPath } from './shownPath.js';

export interface YamlConfig<T> {
  value: T;
  /** Fails with the file, the line of `path` and `expected`; for cross-reference checks after parsing. */
  fail(path: PropertyKey[], expected: string): never;
  /**
   * Notes a cross-reference problem and goes on checking, so one refusal lists them all (a newcomer fixed two
   * misspelt ids in two restarts); `settle` then throws them as one ConfigError, the first as its place, the rest in
   * `more` (up to 10).
   */
  note(path: PropertyKey[], expected: string): void;
  /** Throws the problems `note` collected, if any. */
  settle(): void;
}

/** At most this many schema problems are listed in one refusal: enough to fix a file in one go, short enough to read. */
const MAX_LISTED = 10;

/**
 * Reads `file` (YAML) and validates it with `schema`. Throws ConfigError (CONFIG_INVALID) naming the file, the line and
 * path of the first problem, what was expected and the value found there; every further schema problem (up to 10) is
 * listed on its own line of the message, so one edit fixes them all.
 *
 * `ahead`: files already parsed on another thread (the start's largest cost: ~0.5 s for a 1,000-person
 * organization.yaml); an entry is used only if the file still holds exactly the text it was parsed from, and the
 * document is parsed here after all when a problem needs its line.
 */
export function readYamlConfig<S extends z.ZodType>(file: string, schema: S, ahead?: ParsedAhead): YamlConfig<z.output<S>> {
  const shown = shownPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new ConfigError(shown, '', `${reason}; set CONFIG_DIR to the folder holding the config files`);
  }
  const lines = new LineCounter();
  let parsedDoc: Document.Parsed | undefined;
  const doc = (): Document.Parsed => (parsedDoc ??= parseDocument(text, { lineCounter: lines, prettyErrors: false }));
  const early = ahead?.get(file);
  const reused = early !== undefined && early.text === text ? early : undefined;
  if (!reused) {
    const syntax = doc().errors[0];
    if (syntax) {
      throw new ConfigError(shown, '', `YAML syntax: ${syntax.message.split('\n')[0]}`, lines.linePos(syntax.pos[0]).line);
    }
  }
  const lineOf = (path: PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc().getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const fail = (path: PropertyKey[], expected: string): never => {
    throw new ConfigError(shown, formatPath(path), expected, lineOf(path));
  };
  // What the operator wrote at `path`, when it is a scalar worth quoting (a map or list would only repeat the file).
  const found = (path: PropertyKey[]): string => {
    const value = doc().getIn(path as unknown[]);
    if (value === undefined || value === null || typeof value === 'object') return '';
    const text = JSON.stringify(value);
    return `, found ${text.length > 40 ? `${text.slice(0, 39)}…"` : text}`;
  };
  const parsed = schema.safeParse(reused ? reused.value : doc().toJS());
  if (!parsed.success) {
    const zh = (issue: z.core.$ZodIssue) => (chineseIssue(issue) ? `（${chineseIssue(issue)}）` : '');
    const [first, ...rest] = parsed.error.issues.slice(0, MAX_LISTED);
    const more = rest.map((issue) => {
      const line = lineOf(issue.path);
      return `${shown}${line ? `:${line}` : ''} ${formatPath(issue.path) || '(top level)'}: ${issue.message}${found(issue.path)}${zh(issue)}`;
    });
    if (parsed.error.issues.length > MAX_LISTED) more.push(`…and ${parsed.error.issues.length - MAX_LISTED} more in ${shown}`);
    throw new ConfigError(shown, formatPath(first!.path), `${first!.message}${found(first!.path)}${zh(first!)}`, lineOf(first!.path), 'CONFIG_INVALID', more);
  }
  const noted: { path: PropertyKey[]; expected: string }[] = [];
  const note = (path: PropertyKey[], expected: string): void => {
    noted.push({ path, expected });
  };
  const settle = (): void => {
    if (noted.length === 0) return;
    const [first, ...rest] = noted.slice(0, MAX_LISTED);
    const more = rest.map((n) => {
      const line = lineOf(n.path);
      return `${shown}${line ? `:${line}` : ''} ${formatPath(n.path) || '(top level)'}: ${n.expected}`;
    });
    if (noted.length > MAX_LISTED) more.push(`…and ${noted.length - MAX_LISTED} more in ${shown}`);
    throw new ConfigError(shown, formatPath(first!.path), first!.expected, lineOf(first!.path), 'CONFIG_INVALID', more);
  };
  return { value: parsed.data, fail, note, settle };
}
