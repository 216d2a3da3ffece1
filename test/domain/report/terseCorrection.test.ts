// Corrections of the latest record in words, terse ones included (k16): what each asks, and what is none.
import { describe, expect, it } from 'vitest';
import { correctionInWords } from '../../../src/domain/report/terseCorrection.js';

const TODAY = '2026-12-01';

describe('correctionInWords', () => {
  it.each([
    ['不对，是前天', { kind: 'day', date: '2026-11-29', terse: true }],
    ['日期错了，是25号', { kind: 'day', date: '2026-11-25', terse: true }],
    ['是周四不是周三', { kind: 'day', date: '2026-11-26', terse: true }],
    ['应该是周四，而不是周三', { kind: 'day', date: '2026-11-26', terse: true }],
    ['刚才那条不是周三，是周四', { kind: 'day', date: '2026-11-26', terse: false }],
    ['刚才那条日期错了，应该是11月25日', { kind: 'day', date: '2026-11-25', terse: false }],
    ['不是王强，是李娟', { kind: 'word', from: '王强', to: '李娟', terse: true }],
    ['刚才那条不是王强，是李娟', { kind: 'word', from: '王强', to: '李娟', terse: false }],
    ['人错了，是孙丽', { kind: 'person', to: '孙丽', terse: true }],
    ['对象写错了，应该是孙丽', { kind: 'person', role: 'counterpart', to: '孙丽', terse: true }],
    ['活动人不对，是张伟', { kind: 'person', role: 'actor', to: '张伟', terse: true }],
  ])('「%s」', (text, want) => {
    expect(correctionInWords(text, TODAY)).toMatchObject(want);
  });

  it.each([['不对'], ['是的'], ['今天和王强进行了廉政谈话'], ['不对，是明天'], ['人错了']])('「%s」 is no correction', (text) => {
    expect(correctionInWords(text, TODAY)).toBeNull();
  });
});
