// exceljs and docx are loaded only when an export is asked for: nothing the bot imports at start reaches them statically.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const HEAVY = ['exceljs', 'docx', 'jszip'];

/** Static `import … from '…'` / `export … from '…'` specifiers of a TypeScript module (type-only imports left out: they vanish at run time). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'/gms)) found.push(m[1]!);
  for (const m of text.matchAll(/^import\s+'([^']+)'/gm)) found.push(m[1]!);
  return found;
}

/** Every module reachable from `entry` through static imports, and the packages they name. */
function reachable(entry: string): { modules: Set<string>; packages: Map<string, string> } {
  const modules = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!packages.has(spec)) packages.set(spec, file);
    }
  };
  visit(resolve(entry));
  return { modules, packages };
}

it('the bot (src/main.ts) reaches no heavy export library through a static import', () => {
  const { modules, packages } = reachable('src/main.ts');
  expect(modules.size).toBeGreaterThan(100);
  expect(packages.has('@larksuiteoapi/node-sdk')).toBe(true);
  for (const lib of HEAVY) expect([lib, packages.get(lib)]).toEqual([lib, undefined]);
  expect(modules.has(resolve('src/bot/intents/export.ts'))).toBe(true);
});

it('the export modules themselves do use them (so the check above looks at the right names)', () => {
  expect(reachable('src/ledger/buildLedgerWorkbook.ts').packages.has('exceljs')).toBe(true);
  expect(reachable('src/ledger/buildYearEndDocx.ts').packages.has('docx')).toBe(true);
  expect(staticImports(join('src', 'bot', 'intents', 'export.ts'))).not.toContain('../../ledger/buildLedgerWorkbook.js');
});
