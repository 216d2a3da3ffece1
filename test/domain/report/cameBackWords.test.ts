// Round 64 (gdc; t66a B-F9's near-miss): 陈志强下午回来了 alone tells of no deed.
import { describe, expect, it } from 'vitest';
import { cameBackWords } from '../../../src/domain/report/cameBackWords.js';

describe('cameBackWords', () => {
  it.each([
    ['陈志强下午回来了', { who: '陈志强', when: '下午' }],
    ['陈副理事长出差回来了。', { who: '陈副理事长', when: '' }],
    ['郑华今天已经回来了', { who: '郑华', when: '今天' }],
    ['陳志強下午回來了', { who: '陈志强', when: '下午' }],
  ])('「%s」', (text, want) => {
    expect(cameBackWords(text)).toEqual(want);
  });

  it.each([['陈志强下午回来了 也补谈了'], ['下午回来了'], ['陈志强下午回来后和冯雪谈了'], ['陈志强回来']])('「%s」 is not the words alone', (text) => {
    expect(cameBackWords(text)).toBeUndefined();
  });
});
