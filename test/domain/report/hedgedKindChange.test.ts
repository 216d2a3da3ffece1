// hedgedKindChange (round 62, gbd; t64a G5): a stored record's kind in loose words, what was checked as its title.
import { describe, expect, it } from 'vitest';
import { bareKindHedge, hedgedKindChange } from '../../../src/domain/report/hedgedKindChange.js';

describe('hedgedKindChange', () => {
  it.each([
    ['查的三公经费，算专项资金检查吧', { kind: 'inspect_funds', said: '专项资金检查', title: '三公经费', pointed: false }],
    ['查的是三公经费 应该算专项资金检查', { kind: 'inspect_funds', said: '专项资金检查', title: '三公经费', pointed: false }],
    ['检查的是三公经费使用情况，算专项资金检查吧', { kind: 'inspect_funds', said: '专项资金检查', title: '三公经费使用情况', pointed: false }],
    ['查的是《三公经费管理办法》执行情况，算专项资金检查吧', { kind: 'inspect_funds', said: '专项资金检查', title: '三公经费管理办法执行情况', pointed: false }],
  ])('%s → the latest record, with its title', (text, want) => {
    expect(hedgedKindChange(text)).toEqual(want);
  });

  it.each([
    ['那次检查其实是专项资金检查 查的三公经费', '那次检查', '三公经费'],
    ['11月26日那次检查算专项资金检查吧 查的是三公经费', '11月26日那次检查', '三公经费'],
    ['财务科那次检查查的是三公经费，应该算专项资金检查', '财务科那次检查', '三公经费'],
    ['上周四那个检查 其实是专项资金检查 查的三公经费', '上周四那个检查', '三公经费'],
    ['26号那次检查算专项资金检查吧', '26号那次检查', undefined],
    ['和王强那次算谈心谈话吧', '和王强那次', undefined],
  ])('%s → named by 「%s」', (text, about, title) => {
    const read = hedgedKindChange(text);
    expect(read?.about).toBe(about);
    expect(read?.title).toBe(title);
    expect(read?.pointed).toBe(true);
  });

  it('刚才那条 · 刚才报的检查 point at the latest record: no naming words', () => {
    expect(hedgedKindChange('刚才那条算专项资金检查吧')).toEqual({ kind: 'inspect_funds', said: '专项资金检查', pointed: true });
    expect(hedgedKindChange('刚才报的检查，查的是三公经费 算专项资金检查')).toEqual({ kind: 'inspect_funds', said: '专项资金检查', title: '三公经费', pointed: true });
  });

  it('和王强那条应该算谈心谈话: a talk kind, no title', () => {
    expect(hedgedKindChange('和王强那条应该算谈心谈话')?.kind).toBe('talk_heart');
  });

  it.each([
    '算了，不改了',
    '算了 不用改了',
    '今天检查了三公经费',
    '今天检查了三公经费，算专项资金检查吧',
    '11月26日检查了财务科三公经费 算专项资金检查',
    '算专项资金检查吧',
    '今天和王强谈了心，算谈心谈话吧',
    '查的三公经费',
    '那次检查查得很细',
  ])('%s → undefined (no change of a stored record)', (text) => {
    expect(hedgedKindChange(text)).toBeUndefined();
  });
});

describe('round 63 (gca): 算作风纪律检查 and a kind alone', () => {
  it.each([
    ['维权部那次算作风纪律检查吧', '维权部那次'],
    ['维权部那次应该算作风纪律检查', '维权部那次'],
    ['上周五去维权部那次算作风纪律检查吧', '上周五去维权部那次'],
    ['维权部那次算警示教育吧', '维权部那次'],
  ])('%s → its kind, named by 「%s」 (算 + 作风…, never 算作 + 风…)', (text, about) => {
    const read = hedgedKindChange(text);
    expect(read?.about).toBe(about);
    expect(read?.said).toMatch(/^(?:作风纪律检查|警示教育)$/);
  });

  it.each([
    ['算专项资金检查吧', 'inspect_funds'],
    ['应该算专项资金检查', 'inspect_funds'],
    ['算是专项资金检查吧。', 'inspect_funds'],
    ['就算作风纪律检查吧', 'inspect_style'],
    ['算专项检查吧', 'inspect_funds'],
    ['算谈心谈话吧', 'talk_heart'],
  ])('bareKindHedge(%s) → %s', (text, kind) => {
    expect(bareKindHedge(text)?.kind).toBe(kind);
  });

  it.each([['算了，不改了'], ['维权部那次算专项资金检查吧'], ['查的三公经费，算专项资金检查吧'], ['今天检查了三公经费'], ['算专项吧'], ['算不算廉政教育']])('bareKindHedge(%s) → undefined', (text) => {
    expect(bareKindHedge(text)).toBeUndefined();
  });
});
