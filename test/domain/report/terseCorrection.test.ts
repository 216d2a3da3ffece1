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
    // A field and its new value without 错了 (round 32b F7: 「抱歉，没看懂」), the 修改 of the card said in words.
    ['修改 活动人改成王建国', { kind: 'person', role: 'actor', to: '王建国', terse: true }],
    ['谈话人改为张伟', { kind: 'person', role: 'actor', to: '张伟', terse: true }],
    ['修改一下，主讲人应该是张伟', { kind: 'person', role: 'actor', to: '张伟', terse: true }],
    ['修改：对象改成李娟', { kind: 'person', role: 'counterpart', to: '李娟', terse: true }],
    ['修改 日期改成11月20日', { kind: 'day', date: '2026-11-20', terse: true }],
    ['类型改为谈心谈话', { kind: 'type', to: 'talk_heart', terse: true }],
    ['刚才那条的活动人改成王建国', { kind: 'person', role: 'actor', to: '王建国', terse: false }],
  ])('「%s」', (text, want) => {
    expect(correctionInWords(text, TODAY)).toMatchObject(want);
  });

  it.each([['不对'], ['是的'], ['今天和王强进行了廉政谈话'], ['不对，是明天'], ['人错了'], ['修改'], ['日期改成下周三'], ['类型改成开会'], ['活动人改成两个人']])('「%s」 is no correction', (text) => {
    expect(correctionInWords(text, TODAY)).toBeNull();
  });
});
