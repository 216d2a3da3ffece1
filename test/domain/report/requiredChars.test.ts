import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { holdsOneOf, requiredChars } from '../../../src/domain/report/requiredChars.js';
import { KIND_PATTERNS, kindNeeds } from '../../../src/domain/report/parseKindPatterns.js';
import { CORPUS_SECTIONS } from './corpusSections.js';

const chars = (source: string, flags = 'g') => requiredChars(new RegExp(source, flags))?.sort().join('');

describe('requiredChars: the characters a text must hold one of for a pattern to match (issue 14, the kind variants gated)', () => {
  it.each([
    ['廉[政洁](?![^,;。]{0,2}?谈心谈话)[^,;。]{0,6}?谈话', '廉'],
    // A sequence: the smallest set a match cannot do without.
    ['[提警]示?谈话', '谈'],
    ['[提警]{2}', '提警'],
    // An alternation: one of each alternative's.
    ['提醒谈话|谈话提醒|警示谈话', '提警谈'],
    // What a positive lookaround looks at is in the text too.
    ['(?<=(?:给|对)[^,;]{1,8}?)(?:提了?醒|敲)', '对给'],
    ['(?=《)看了', '《'],
    // Optional parts, negative lookarounds, anchors and wide classes need nothing; a lazy ? changes nothing.
    ['(?:专题)?(?<!不)学习', '学'],
    ['a{0,3}b', 'b'],
    ['a{2,}?b*', 'a'],
    ['x{', 'x'],
    ['[1-3]\\d', '123'],
    ['\\u0000+报的', '\u0000'],
    ['[\\d]号', '号'],
  ])('%s → %s', (source, need) => {
    expect(chars(source)).toBe(need);
  });

  it.each([
    ['a|b?'],
    ['[^,;。]{2}'],
    ['[\\u4e00-\\u9fa5]{2,4}'],
    ['(?!谈话).'],
    ['\\s+'],
    ['(\\d)\\1'],
    ['(?<n>a)\\k<n>'],
  ])('%s → nothing to gate on', (source) => {
    expect(requiredChars(new RegExp(source, 'g'))).toBeUndefined();
  });

  it('gates nothing under a flag that changes what a character matches', () => {
    expect(requiredChars(/谈话/i)).toBeUndefined();
    expect(requiredChars(/谈话/u)).toBeUndefined();
    expect(requiredChars(/谈话/g)).toEqual(['谈']);
  });

  it('holdsOneOf lets every text through without a gate, and only texts with a needed character with one', () => {
    expect(holdsOneOf('学习', undefined)).toBe(true);
    expect(holdsOneOf('学习党章', ['党', '廉'])).toBe(true);
    expect(holdsOneOf('学习', ['党', '廉'])).toBe(false);
  });

  it('reads no variant’s gate at import (start to ready): each is read the first time it is asked for, and kept', () => {
    // A fresh process: the workers load src/ through Node (tsx, vitest.config.ts), so vi.resetModules would hand back
    // the module this file already used.
    const script = `
      const fresh = await import(${JSON.stringify(pathToFileURL(resolve('src/domain/report/parseKindPatterns.ts')).href)});
      const { requiredChars } = await import(${JSON.stringify(pathToFileURL(resolve('src/domain/report/requiredChars.ts')).href)});
      const variants = fresh.KIND_PATTERNS.filter((p) => p.re !== undefined);
      const atImport = variants.every((p) => p.needs === null);
      const first = fresh.kindNeeds(variants[0]);
      console.log(JSON.stringify({
        count: variants.length,
        atImport,
        same: JSON.stringify(first) === JSON.stringify(requiredChars(variants[0].re)),
        kept: variants[0].needs === first && fresh.kindNeeds(variants[0]) === first,
        othersUnread: variants.slice(1).every((p) => p.needs === null),
      }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ count: expect.any(Number), atImport: true, same: true, kept: true, othersUnread: true });
  });

  it('gates every kind variant, and no corpus message (nor any clause of one) that a variant matches is kept from it', () => {
    const variants = KIND_PATTERNS.filter((p) => p.re !== undefined);
    expect(variants.length).toBeGreaterThan(80);
    const needs = new Map(variants.map((p) => [p, kindNeeds(p)]));
    expect(variants.every((p) => needs.get(p) !== undefined && needs.get(p)!.length > 0)).toBe(true);
    const texts = CORPUS_SECTIONS.flatMap(([, rows]) => rows.map((r) => r[1])).flatMap((t) => [t, ...t.split(/[,，;；。\n]/)]);
    let matched = 0;
    for (const p of variants) {
      for (const t of texts) {
        p.re!.lastIndex = 0;
        if (!p.re!.test(t)) continue;
        matched++;
        expect(holdsOneOf(t, needs.get(p)), `${p.re!.source} in 「${t}」`).toBe(true);
      }
      p.re!.lastIndex = 0;
    }
    expect(matched).toBeGreaterThan(1000);
  }, 120_000);
});
