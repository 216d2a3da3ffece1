// nearNames reads a character's sound from CHAR_SOUNDS instead of loading pinyin-pro (issue 14, footprint, round 57):
// the table is derived again here from the installed pinyin-pro, every character of its range reads as pinyin-pro reads
// it, and a fresh process comparing names (the warm-up's 王建 against the demo unit) does not load pinyin-pro.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { CHAR_SOUNDS } from '../../../src/domain/report/charSounds.js';
import { tableSound } from '../../../src/domain/report/nearNames.js';

const { pinyin } = createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');
const read = (ch: string) => pinyin(ch, { toneType: 'none' });

/**
 * The rule (see charSounds.ts): the characters U+4E00–U+9FA5 pinyin-pro gives no reading first, then each sound (code
 * unit order) and its characters (code point order). Regenerate src/domain/report/charSounds.ts from this when
 * pinyin-pro changes.
 */
function charSounds(): string {
  let none = '';
  const groups = new Map<string, string>();
  for (let c = 0x4e00; c <= 0x9fa5; c++) {
    const ch = String.fromCharCode(c);
    const s = read(ch);
    if (s === ch) none += ch;
    else groups.set(s, (groups.get(s) ?? '') + ch);
  }
  return none + [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => k + v).join('');
}

it('CHAR_SOUNDS is what the installed pinyin-pro gives by the rule', () => {
  expect(CHAR_SOUNDS).toBe(charSounds());
});

it('reads every character U+4E00–U+9FA5 as pinyin-pro does, and leaves the rest to it', () => {
  const differ: string[] = [];
  for (let c = 0x4e00; c <= 0x9fa5; c++) {
    const ch = String.fromCharCode(c);
    if (tableSound(ch) !== read(ch)) differ.push(ch);
  }
  expect(differ).toEqual([]);
  for (const ch of ['a', 'ü', 'z', '〇', '㐀', '𠀀', '\ud840', 'A1', '', '龦']) expect(tableSound(ch)).toBeUndefined();
});

it('does not load pinyin-pro to compare names (the warm-up\'s 王建 in the demo unit)', () => {
  const probe = (said: string) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import { createRequire } from 'node:module'; const { loadConfig } = await import(${JSON.stringify(new URL('../../../src/config/loadConfig.ts', import.meta.url).href)}); const { nearNames } = await import(${JSON.stringify(new URL('../../../src/domain/report/nearNames.ts', import.meta.url).href)}); const directory = loadConfig('config').directory; const text = '今天和' + ${JSON.stringify(said)} + '进行了廉政谈话'; const ids = nearNames(${JSON.stringify(said)}, text, 3, 3 + ${said.length}, directory); console.log(JSON.stringify({ ids, pinyin: Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes('pinyin-pro')) }));`,
      ],
      { encoding: 'utf8', input: '' },
    );
  const near = (said: string) => JSON.parse(probe(said).stdout.trim().split('\n').at(-1)!) as { ids: string[]; pinyin: boolean };
  expect(near('王建')).toEqual({ ids: [], pinyin: false });
  expect(near('孙莉')).toEqual({ ids: ['sunli'], pinyin: false });
}, 120_000);
