// toSimplified loads opencc-js only for a text it could change (issue 14, footprint): the characters that decide it are
// derived again here from the installed opencc-js, and every corpus message and a set of traditional texts read the same
// as through the converter itself.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { CHANGED_BY_T2S } from '../../../src/domain/report/changedByT2s.js';
import { toSimplified } from '../../../src/domain/report/toSimplified.js';
import type { CorpusRow } from './corpusRow.js';

type Entries = string | [string, string][];
const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as {
  Converter(o: { from: string; to: string }): (text: string) => string;
  Locale: { configs: Record<string, { normalizationChain?: Entries[][]; segmentation?: Entries[]; conversionChain: Entries[][] }> };
};

/**
 * The rule (see toSimplified.ts): of every entry of the t2s configuration's dictionaries whose replacement differs from
 * its key, the key's characters where the two differ, or all of the key's when their lengths differ. Regenerate
 * src/domain/report/changedByT2s.ts from this when opencc-js changes.
 */
function changedByT2s(): string {
  const config = opencc.Locale.configs.t2s!;
  const dicts = [...(config.normalizationChain ?? []).flat(), ...(config.segmentation ?? []), ...config.conversionChain.flat()];
  const chars = new Set<string>();
  for (const dict of dicts) {
    const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string]) : dict;
    for (const [key, value] of entries) {
      if (key === value) continue;
      const k = [...key];
      const v = [...value];
      if (k.length !== v.length) for (const c of k) chars.add(c);
      else for (let i = 0; i < k.length; i++) if (k[i] !== v[i]) chars.add(k[i]!);
    }
  }
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

it('CHANGED_BY_T2S is what the installed opencc-js t2cn dictionaries give by the rule', () => {
  expect(CHANGED_BY_T2S).toBe(changedByT2s());
});

const here = new URL('.', import.meta.url);
const modules = (await Promise.all(
  readdirSync(here)
    .filter((f) => /^corpus.*\.ts$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => import(new URL(f, here).href) as Promise<Record<string, unknown>>),
)) as Record<string, unknown>[];
const corpus = modules
  .flatMap((m) => Object.values(m))
  .filter((v): v is CorpusRow[] => Array.isArray(v) && Array.isArray(v[0]) && typeof v[0][1] === 'string')
  .flatMap((rows) => rows.map((r) => r[1]));

it('reads every corpus message and traditional, mixed and edge texts exactly as the converter does', () => {
  expect(corpus.length).toBeGreaterThan(3000);
  const convert = opencc.Converter({ from: 't', to: 'cn' });
  const texts = [
    ...corpus,
    '與王建國進行了廉政談話',
    '昨天組織觀看警示教育片《貪毀人生》，參加23人',
    '本季度完成情況',
    '今天和王伟进行了廉政谈话，會後整理了記錄',
    '乾坤 乾隆 什么 么',
    ...[...CHANGED_BY_T2S].slice(0, 400),
    [...CHANGED_BY_T2S].join(''),
    '⿰氵每 海',
    '',
    'plain ascii',
  ];
  const differ = texts.filter((t) => toSimplified(t) !== convert(t));
  expect(differ).toEqual([]);
});

it('does not load opencc-js for simplified text (the warm-up\'s and most members\' messages), and does for traditional text', () => {
  const probe = (text: string) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import { createRequire } from 'node:module'; const { toSimplified } = await import(${JSON.stringify(new URL('../../../src/domain/report/toSimplified.ts', import.meta.url).href)}); const out = toSimplified(${JSON.stringify(text)}); console.log(JSON.stringify({ out, opencc: Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes('opencc-js')) }));`,
      ],
      { encoding: 'utf8', input: '' },
    );
  const read = (text: string) => JSON.parse(probe(text).stdout.trim().split('\n').at(-1)!) as { out: string; opencc: boolean };
  expect(read('今天和王伟进行了廉政谈话')).toEqual({ out: '今天和王伟进行了廉政谈话', opencc: false });
  expect(read('與王建國進行了廉政談話')).toEqual({ out: '与王建国进行了廉政谈话', opencc: true });
}, 120_000);
