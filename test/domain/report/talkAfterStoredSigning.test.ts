// Round 59, fca (t61a F2): 「补一下，签完责任书后还和她们分别谈了话」 after the signings were stored.
import { describe, expect, it } from 'vitest';
import { talkAfterStoredSigning } from '../../../src/domain/report/talkAfterStoredSigning.js';

describe('talkAfterStoredSigning', () => {
  it.each([
    ['补一下，签完责任书后还和她们分别谈了话', {}],
    ['补充一下：签订责任书之后又和两位部长分别进行了廉政谈话', { count: 2, type: 'talk_integrity' }],
    ['签完后还和她俩谈了谈', { count: 2 }],
    ['补一下 签完承诺书以后 又跟他 谈了 话', { count: 1 }],
    ['对了，签完责任书后还和她们谈了心', { type: 'talk_heart' }],
    ['补一下，责任书签完后还分别和他们谈了话', {}],
    ['还有，签字后又和他们逐一谈了话。', {}],
  ])('「%s」', (text, want) => {
    expect(talkAfterStoredSigning(text)).toEqual(want);
  });

  it.each([
    ['签完责任书后还和李明谈了话'], // someone named: a report of its own
    ['补一下，签完责任书后下周再和她们谈话'], // a plan
    ['11月28日和周涛、吴静签了责任书'],
    ['补一下，昨天和她们谈了话'], // not after the signing
  ])('「%s」 → undefined', (text) => {
    expect(talkAfterStoredSigning(text)).toBeUndefined();
  });
});
