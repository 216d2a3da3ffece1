import { describe, expect, it } from 'vitest';
import { companionAbsentWords } from '../../../src/domain/report/companionAbsentWords.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

const read = (s: string) => companionAbsentWords(normalizeText(s));

describe('companionAbsentWords: a stored check named, someone of it said not there', () => {
  it.each([
    ['林晓说上周五维权部那次检查 她没去 是我一个人去的', '上周五维权部那次检查', '林晓'],
    ['上周五维权部那次检查林晓没去，是我一个人去的', '上周五维权部那次检查', '林晓'],
    ['11.27那次检查 林晓没参加', '11.27那次检查', '林晓'],
    ['林晓说上周五那次 她没去', '上周五那次', '林晓'],
    ['林晓说11月26日财务科那次检查她没去 是我一个人查的', '11月26日财务科那次检查', '林晓'],
  ])('「%s」 → about %s, absent %s', (text, about, absent) => {
    expect(read(text)).toEqual({ about, absent });
  });

  it.each([['上周五那次检查她没去'], ['上周五那次检查 冯雪部长没参加 她出差了'], ['林晓没去'], ['上周五到维权部开展了作风纪律检查']])('near-miss 「%s」 → undefined', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
