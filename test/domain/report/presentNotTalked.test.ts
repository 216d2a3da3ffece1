import { describe, expect, it } from 'vitest';
import { presentNotTalked } from '../../../src/domain/report/presentNotTalked.js';

describe('presentNotTalked', () => {
  it.each([
    ['孙杰只是在场，没和他谈，第3条不对', { name: '孙杰', item: 3 }],
    ['第3条不对 孙杰只是旁听', { name: '孙杰', item: 3 }],
    ['第三条不对，孙杰同志只是陪同', { name: '孙杰', item: 3 }],
    ['孙杰没谈 他就在旁边', { name: '孙杰' }],
    ['王强只是在场 没跟他谈', { name: '王强' }],
    ['孙科长只是旁听，没跟她谈', { name: '孙科长' }],
    ['没和孙杰谈 他只是在场', { name: '孙杰' }],
  ])('「%s」 → %o', (text, want) => {
    expect(presentNotTalked(text)).toEqual(want);
  });

  it.each([
    ['孙杰只是在场'],
    ['孙杰只是在场 王强也在'],
    ['今天和王芳谈话 孙杰只是在场'],
    ['我只是在场 没和他谈'],
    ['孙杰只是在场 王强没谈'],
    ['第3条不对'],
    ['第3条改成王强'],
  ])('「%s」 → undefined', (text) => {
    expect(presentNotTalked(text)).toBeUndefined();
  });
});
