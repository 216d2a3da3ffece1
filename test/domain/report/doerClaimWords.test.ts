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

describe('doerClaimWords, round 63 (gca): a third person relaying, naming words before the relay, the direction', () => {
  it('reads the naming words before the relay and the stored doer denied by name (t65a B-F2)', () => {
    expect(read('上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是王副理事长签的')).toEqual({
      speaker: '孙丽', about: '上周三财务科承诺书', deictic: false, count: 2, doer: '她', people: ['王强'], denied: false, notDoer: '王副理事长', lead: '上周三财务科',
    });
  });

  it.each([
    ['上周三财务科那次 孙丽说 那两份承诺书是她和王强签的 不是王副理事长签的', '王副理事长'],
    ['孙丽说上周三财务科那两份承诺书是她和王强签的，不是王建国签的。', '王建国'],
    ['孙科长说那两份承诺书其实是她和王强签的 不是王副理事长', '王副理事长'],
    ['11.24康复中心那次，徐主任说那两份承诺书是他跟孙杰签的，不是赵书记签的', '赵书记'],
  ])('%s → the doer denied is 「%s」, the member not denied', (text, notDoer) => {
    const r = read(text);
    expect(r?.notDoer).toBe(notDoer);
    expect(r?.denied).toBe(false);
  });

  it('不是我签的 after the naming words is the member denied, no third person', () => {
    const r = read('上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是我签的');
    expect(r).toMatchObject({ speaker: '孙丽', denied: true, people: ['王强'], lead: '上周三财务科' });
    expect(r?.notDoer).toBeUndefined();
  });

  it.each([
    ['刚才那次是郑华找我谈的 不是我找他', { doer: '郑华', people: ['我'], denied: true, deictic: true }],
    ['刚才那次其实是郑部长找我谈的 不是我找的他', { doer: '郑部长', people: ['我'], denied: true }],
    ['刚才那次谈话是吴静来找我谈的，不是我找她', { doer: '吴静', people: ['我'], denied: true }],
    ['陈副理事长说刚才那次是他跟我谈的，不是我找他', { speaker: '陈副理事长', doer: '他', people: ['我'], denied: true }],
  ])('%s → the member the other party of the doer said', (text, want) => {
    expect(read(text)).toMatchObject(want);
  });

  it.each([['孙丽说明天要和王强签承诺书'], ['刚才那次谈话很成功'], ['今天又和王强谈了一次'], ['孙丽说上周三和王强签了承诺书']])('%s → no claim', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

// Round 64 (gdc; gca's left-alone): a party of the records says they were hers with the other, the stored doer denied.
describe('doerClaimWords, round 64 (gdc): the member the doer beside the stored doer denied; 周 a surname', () => {
  it('reads 我 as the doer only with someone else denied by name', () => {
    expect(doerClaimWords('上周三那两份承诺书其实是我和王强签的 不是王副理事长')).toMatchObject({ about: '上周三承诺书', count: 2, doer: '我', people: ['王强'], notDoer: '王副理事长' });
    expect(doerClaimWords('刚才那次是我谈的')).toBeUndefined();
    expect(doerClaimWords('那次是我和王强签的')).toBeUndefined();
    expect(doerClaimWords('孙丽说那两份承诺书是我和王强签的 不是王副理事长')).toBeUndefined();
  });

  it('reads 周部长 as a doer, 周五 · 上周 still as days', () => {
    expect(doerClaimWords('上周五那两份承诺书其实是周部长和我签的,不是刘副理事长')).toMatchObject({ doer: '周部长', people: ['我'], notDoer: '刘副理事长' });
    expect(doerClaimWords('那次是上周谈的')).toBeUndefined();
    expect(doerClaimWords('那次是周五谈的')).toBeUndefined();
  });
});
