// What an idle bot does not need is loaded when asked for: nothing the bot imports at start reaches it statically.
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

/** What `npm start` loads at start: the acknowledging thread (src/main.ts) and the bot thread (src/thread/botThread.ts). */
function bot(): { modules: Set<string>; packages: Map<string, string> } {
  const a = reachable('src/main.ts');
  const b = reachable('src/thread/botThread.ts');
  return { modules: new Set([...a.modules, ...b.modules]), packages: new Map([...b.packages, ...a.packages]) };
}

it('the bot (src/main.ts) reaches no heavy export library through a static import', () => {
  const { modules, packages } = bot();
  expect(modules.size).toBeGreaterThan(100);
  for (const lib of HEAVY) expect([lib, packages.get(lib)]).toEqual([lib, undefined]);
  expect(modules.has(resolve('src/bot/intents/export.ts'))).toBe(true);
});

it('the export modules themselves do use them (so the check above looks at the right names)', () => {
  expect(reachable('src/ledger/buildLedgerWorkbook.ts').packages.has('exceljs')).toBe(true);
  expect(reachable('src/ledger/buildYearEndDocx.ts').packages.has('docx')).toBe(true);
  expect(staticImports(join('src', 'bot', 'intents', 'export.ts'))).not.toContain('../../ledger/buildLedgerWorkbook.js');
});

// Idle footprint (issue 14): measured with `npm run bench startup` / `scale`; these keep the reasons from coming back.
it('the Lark SDK is loaded through require() in src/feishu/larkSdk.ts, never by an ES import (Node would scan its 6 MB with cjs-module-lexer)', () => {
  const { modules, packages } = bot();
  expect(packages.get('@larksuiteoapi/node-sdk')).toBeUndefined();
  expect(modules.has(resolve('src/feishu/larkSdk.ts'))).toBe(true);
  const text = readFileSync('src/feishu/larkSdk.ts', 'utf8');
  expect(text).toMatch(/const require = createRequire\(import\.meta\.url\)/);
  expect(text).toMatch(/require\.resolve\('@larksuiteoapi\/node-sdk'\)/);
  expect(text).toMatch(/export const lark = require\(larkSdkFile\)/);
});

it('a production start reaches neither the emulator nor the converters (opencc-js, pinyin-pro) through a static import', () => {
  const { modules, packages } = bot();
  for (const lib of ['opencc-js', 'pinyin-pro', 'ws', 'protobufjs']) expect([lib, packages.get(lib)]).toEqual([lib, undefined]);
  expect(modules.has(resolve('src/emulator/createEmulator.ts'))).toBe(false);
  // …while the modules that use them are in the graph, so the check looks at the right names.
  expect(modules.has(resolve('src/domain/report/toSimplified.ts'))).toBe(true);
  expect(modules.has(resolve('src/org/pinyinIds.ts'))).toBe(true);
  expect(reachable('src/emulator/createEmulator.ts').packages.has('ws')).toBe(true);
});

// Issue 14 (acknowledgements never wait behind work): the thread that acknowledges loads no bot, store or SDK, so its
// heap stays small (short collections) and its start does not wait for them.
it('the acknowledging thread (src/main.ts) reaches neither the bot, the store nor the Lark SDK through a static import', () => {
  const { modules, packages } = reachable('src/main.ts');
  for (const m of ['src/composeBot.ts', 'src/bot/createBot.ts', 'src/store/openStore.ts', 'src/feishu/larkSdk.ts', 'src/config/loadConfig.ts']) {
    expect([m, modules.has(resolve(m))]).toEqual([m, false]);
  }
  // zod too (about 13 MiB and 300 ms per thread that loads it): the journal, the envelope and the environment are checked by hand.
  for (const lib of ['lowdb', 'yaml', 'node-cron', 'zod']) expect([lib, packages.get(lib)]).toEqual([lib, undefined]);
  // …while the bot thread does reach them, so the check looks at the right names.
  const thread = reachable('src/thread/botThread.ts');
  expect(thread.modules.has(resolve('src/bot/createBot.ts'))).toBe(true);
  expect(thread.modules.has(resolve('src/feishu/larkSdk.ts'))).toBe(true);
  expect(thread.packages.has('lowdb')).toBe(true);
});
