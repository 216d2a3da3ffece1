// Round 59, fcc (t61b F7): 「刚才那条有误，承诺书孙杰还没签，只和徐辉签了」 read as a signing not done (both stored records kept);
// the lead-in, 还没, and the paper before the name or as the name's are read. Earlier shapes (round 56 fgb) as before.
import { describe, expect, it } from 'vitest';
import { deniedStoredDeed, openedAsSlip } from '../../../src/domain/report/deniedStoredDeed.js';

describe('deniedStoredDeed', () => {
  it.each([
    ['刚才那条有误，承诺书孙杰还没签，只和徐辉签了', { day: '', denied: '孙杰', verb: 'sign', only: '徐辉', notAgain: false }],
    ['承诺书孙杰还没签 只和徐辉签了', { day: '', denied: '孙杰', verb: 'sign', only: '徐辉', notAgain: false }],
    ['孙杰的承诺书还没签，只和徐辉签了', { day: '', denied: '孙杰', verb: 'sign', only: '徐辉', notAgain: false }],
    ['更正一下：12月2日孙杰还没签，只和徐辉签了', { day: '12月2日', denied: '孙杰', verb: 'sign', only: '徐辉', notAgain: false }],
    ['刚才报错了，孙杰还没签承诺书，只和徐辉签了', { day: '', denied: '孙杰', verb: 'sign', only: '徐辉', notAgain: false }],
    ['上周三没和吴静签责任书，只和周涛签了', { day: '上周三', denied: '吴静', verb: 'sign', only: '周涛', notAgain: false }],
    ['上周三和吴静没签成', { day: '上周三', denied: '吴静', verb: 'sign', notAgain: false }],
  ])('「%s」', (text, want) => {
    expect(deniedStoredDeed(text)).toEqual(want);
  });

  it('a space before 是跟 opens a clause of its own: 「11月20号没跟吴静谈 是跟周涛谈的廉政谈话」 is a report, not this denial', () => {
    expect(deniedStoredDeed('11月20号没跟吴静谈 是跟周涛谈的廉政谈话')).toBeUndefined();
  });

  it.each([
    ['刚才那条有误，承诺书孙杰还没签', true],
    ['更正一下：孙杰还没签', true],
    ['孙杰还没签，只和徐辉签了', false],
  ])('openedAsSlip 「%s」 → %s', (text, want) => {
    expect(openedAsSlip(text)).toBe(want);
  });
});
