// numberedSidesWords (round 62, gbb; t64a G8): record N told again with both sides.
import { describe, expect, it } from 'vitest';
import { numberedSidesWords } from '../../../src/domain/report/numberedSidesWords.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

const read = (t: string) => numberedSidesWords(normalizeText(t));

describe('numberedSidesWords', () => {
  it.each([
    ['第2条是周涛部长和组联部全体人员签的', { n: 2, doer: '周涛部长', people: '组联部全体人员', verb: 'sign' }],
    ['第二条是周涛部长和张颖签的', { n: 2, doer: '周涛部长', people: '张颖', verb: 'sign' }],
    ['第2条其实是王磊部长和杨帆谈的', { n: 2, doer: '王磊部长', people: '杨帆', verb: 'talk' }],
    ['第2条不对，是李明主任和办公室全体人员签的', { n: 2, doer: '李明主任', people: '办公室全体人员', verb: 'sign' }],
    ['第2条是周涛部长和组联部全体人员签的，不是我', { n: 2, verb: 'sign' }],
  ])('「%s」', (text, want) => {
    expect(read(text)).toMatchObject(want);
  });

  it.each([['第2条是我和何平谈的'], ['第2条是廉政谈话'], ['第2条日期是12月2日'], ['今天周涛部长和张颖签了承诺书']])('not this: 「%s」', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
