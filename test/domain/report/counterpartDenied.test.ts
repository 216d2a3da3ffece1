import { describe, expect, it } from 'vitest';
import { counterpartDenied } from '../../../src/domain/report/counterpartDenied.js';
import { editContext, talk } from './cardEditSupport.js';

const ctx = editContext('wangjianguo');
const CARD = [talk('liming', '2026-11-30'), talk('sunli', '2026-11-30'), talk('zhaomin', '2026-11-30')];

describe('counterpartDenied', () => {
  it.each([['赵敏不是对象'], ['赵书记不是谈话对象'], ['赵敏不算对象'], ['赵敏同志不在谈话对象里']])('%s → 赵敏 off', (text) => {
    const read = counterpartDenied(text, CARD, ctx, false);
    expect(read?.items.map((i) => i.draft.counterpartIds[0])).toEqual(['liming', 'sunli']);
    expect(read?.what).toBe('去掉赵敏，不是谈话对象');
  });

  it('someone not on the card: said after another change, else not read', () => {
    expect(counterpartDenied('冯雪不是对象', CARD, ctx, true)?.what).toBe('冯雪不在谈话对象中');
    expect(counterpartDenied('冯雪不是对象', CARD, ctx, false)).toBeUndefined();
  });

  it.each([['黄书记是谈话人不是对象'], ['赵敏不是'], ['不是对象']])('%s → not read', (text) => {
    expect(counterpartDenied(text, CARD, ctx, true)).toBeUndefined();
  });
});
