// doerClaimWords (round 62, gbb; t64a G1, gaf's left-alone): who really did records told before, pointed back at.
import { describe, expect, it } from 'vitest';
import { doerClaimWords } from '../../../src/domain/report/doerClaimWords.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

const read = (t: string) => doerClaimWords(normalizeText(t));

describe('doerClaimWords', () => {
  it('reads a relay, a pronoun doer, a count, the naming words and the people listed with a voice space', () => {
    expect(read('赵书记说今天承诺书那两份是她跟徐辉 孙杰签的 不是我')).toEqual({
      speaker: '赵书记', about: '今天承诺书', deictic: false, count: 2, doer: '她', people: ['徐辉', '孙杰'], denied: true,
    });
  });

  it('reads full-width marks and 、 between the people', () => {
    expect(read('赵书记说，今天承诺书那两份是她跟徐辉、孙杰签的，不是我。')).toMatchObject({ speaker: '赵书记', count: 2, people: ['徐辉', '孙杰'] });
  });

  it.each([
    ['刚才那次是王磊谈的不是我', { about: '刚才', deictic: true, doer: '王磊', denied: true }],
    ['刚才那条不是我谈的 是王部长谈的', { deictic: true, doer: '王部长', denied: true }],
    ['黄书记说那次检查是他带队的', { speaker: '黄书记', about: '检查', deictic: true, doer: '他', denied: false }],
    ['听黄书记说那次检查是他带的队', { speaker: '黄书记', doer: '他' }],
    ['刚才报的两条承诺书都是赵书记签的 不是我', { count: 2, doer: '赵书记', deictic: true }],
    ['赵书记说今天和孙杰那份是她签的 不是我', { about: '今天和孙杰', deictic: false, doer: '她' }],
  ])('「%s」', (text, want) => {
    expect(read(text)).toMatchObject(want);
  });

  it.each([
    ['赵书记说今天也要和徐辉签承诺书'],
    ['那次是上周三谈的'],
    ['刚才那次是和王磊谈的'],
    ['那次是廉政谈话'],
    ['刚才那次是她谈的'],
    ['今天又和王强谈了一次'],
    ['第2条是周涛部长和组联部全体人员签的'],
  ])('no claim: 「%s」', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
