// doerClaimWords, the stored doer denied first (round 65, gea): 不是王副理事长，那两份承诺书是我和王强签的 reads as the same
// claim said last (was no claim: a NEW signing 孙丽–王强 asked its day); with no pointer only the member is the doer claimed.
import { describe, expect, it } from 'vitest';
import { doerClaimWords } from '../../../src/domain/report/doerClaimWords.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

const read = (t: string) => doerClaimWords(normalizeText(t));

describe('doerClaimWords — the denial first', () => {
  it('reads the pointer after the denial as the denial said last', () => {
    expect(read('不是王副理事长，那两份承诺书是我和王强签的')).toEqual(read('那两份承诺书是我和王强签的，不是王副理事长'));
    expect(read('不是王副理事长，那两份承诺书是我和王强签的')).toEqual({ about: '承诺书', deictic: true, count: 2, doer: '我', people: ['王强'], denied: false, notDoer: '王副理事长' });
  });

  it.each([
    ['不是王副理事长 那两份承诺书是我跟王强签的', { count: 2, doer: '我', people: ['王强'], notDoer: '王副理事长' }],
    ['不是王副理事长，上周三那两份承诺书是我和王强签的', { about: '上周三承诺书', deictic: false, notDoer: '王副理事长' }],
    ['不对 不是王副理事长 上周三那两份承诺书是我和王强签的', { about: '上周三承诺书', notDoer: '王副理事长' }],
    ['不是王副理事长，那两次谈话是我和王强谈的', { about: '谈话', count: 2, people: ['王强'] }],
    ['不是黄书记带队，那次检查是我带队的', { about: '检查', doer: '我', people: [], notDoer: '黄书记' }],
    ['不是王副理事长，那两份是陈副理事长签的', { doer: '陈副理事长', notDoer: '王副理事长' }],
  ])('「%s」', (text, want) => {
    expect(read(text)).toMatchObject(want);
  });

  it.each([
    ['不是王建国签的 是我跟王强签的', '王建国', ['王强']],
    ['不是王建国签的，其实是我跟王强签的。', '王建国', ['王强']],
    ['不是王副理事长 是我签的 和王强', '王副理事长', ['王强']],
    ['不是王副理事长，是我签的，和王强一起', '王副理事长', ['王强']],
    ['不是王副理事长签的 是我和王强', '王副理事长', ['王强']],
    ['并不是王副理事长签的，是我和王强签的', '王副理事长', ['王强']],
    ['不是王副理事长签的，是我签的', '王副理事长', []],
  ])('no pointer: 「%s」 → the member the doer, the latest report meant', (text, notDoer, people) => {
    expect(read(text)).toEqual({ about: '', deictic: true, doer: '我', people, denied: false, notDoer });
  });

  it.each([
    ['不是王副理事长签的，是陈副理事长'],
    ['不是王副理事长签的'],
    ['不是我，是王磊谈的'],
    ['不是周三是周四'],
    ['不是和周涛 是和郑华签的'],
    ['不是上周三，那两份承诺书是我和王强签的'],
  ])('near-miss 「%s」 → no claim of this shape', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
