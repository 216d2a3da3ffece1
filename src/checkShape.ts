// Small checks of parsed JSON for the acknowledging thread, which does not load zod (about 13 MiB and 300 ms per thread).

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a field must be: a string, a string of at least one character, or a plain object. */
export type FieldKind = 'string' | 'nonEmpty' | 'object';

const EXPECTED: Record<FieldKind, string> = { string: 'expected a string', nonEmpty: 'expected a non-empty string', object: 'expected an object' };

/**
 * `path: expected …` when `obj[key]` is not of `kind` (or missing, unless `optional`), else undefined. `path` names the
 * field in messages (e.g. `message.chat_id`).
 */
export function fieldProblem(obj: Record<string, unknown>, key: string, path: string, kind: FieldKind, optional = false): string | undefined {
  const value = obj[key];
  if (value === undefined && optional) return undefined;
  const ok = kind === 'object' ? isRecord(value) : typeof value === 'string' && (kind === 'string' || value.length > 0);
  return ok ? undefined : `${path}: ${EXPECTED[kind]}, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`;
}

/** The first problem of several checks, each run only if the ones before it passed (later checks may rely on them). */
export function firstProblem(...checks: (() => string | undefined)[]): string | undefined {
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  return undefined;
}
