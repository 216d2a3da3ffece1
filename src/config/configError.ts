// A configuration mistake an operator must fix: names the file, the place in it and what was expected.

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    /** e.g. people[3].roles[0] */
    readonly path: string,
    readonly expected: string,
    readonly line?: number,
    /**
     * CONFIG_DRAFT: an imported draft with 待填写 blanks left (`expected` lists them all). CONFIG_REWRITES_PAST: the
     * organisation differs from the one last accepted in a period that is over (src/config/pastRewrite.ts).
     */
    readonly code: 'CONFIG_INVALID' | 'CONFIG_DRAFT' | 'CONFIG_REWRITES_PAST' = 'CONFIG_INVALID',
    /** Further problems in the same file, one line each (`file:line path: expected`), shown after the first. */
    readonly more: readonly string[] = [],
  ) {
    // A draft's refusal already names the file and each blank's line and field.
    super(
      (code === 'CONFIG_DRAFT' ? expected : `${file}${line ? `:${line}` : ''} ${path || '(top level)'}: ${expected}`) +
        more.map((m) => `\n${m}`).join(''),
    );
    this.name = 'ConfigError';
  }
}

/** people.3.roles.0 → people[3].roles[0] */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
