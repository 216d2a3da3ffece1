// headCountSlip (round 68, gha; t70b): a head count owned short or over by how many, no total said.
import { describe, expect, it } from 'vitest';
import { headCountSlip } from '../../../src/domain/report/headCountSlip.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

describe('headCountSlip', () => {
  it.each([
    ['少报了2个人', 2, '', false],
    ['少报了两个人', 2, '', false],
    ['多报了1人', -1, '', false],
    ['多报了一个人', -1, '', false],
    ['人数少算了2个', 2, '', false],
    ['不好意思，少报了2个人', 2, '', false],
    ['少 报了 2个 人', 2, '', false],
    ['刚才那条少报了2个人', 2, '', true],
    ['昨天看警示片那次少报了两个人', 2, '昨天看警示片那次', true],
    ['多记了3名', -3, '', false],
    // Round 69 (gid; t71c): people left out of the count are a count short (was a near-miss: 漏了2个人 became two more deeds).
    ['漏了2个人', 2, '', false],
    ['还有2个人没算上', 2, '', false],
    ['刚才那条漏了1个人', 1, '', true],
  ])('「%s」 → by %i, about 「%s」, pointed %s', (text, by, about, pointed) => {
    expect(headCountSlip(normalizeText(text))).toEqual({ by, about, pointed });
  });

  it.each([['少报了2个人，一共9个'], ['少报了2篇'], ['多记了1篇'], ['今天又组织了少报了2个人'], ['少报了0个人'], ['漏了2篇'], ['还有2个人'], ['报了2个人']])(
    'near-miss 「%s」 → undefined',
    (text) => {
      expect(headCountSlip(normalizeText(text))).toBeUndefined();
    },
  );
});
