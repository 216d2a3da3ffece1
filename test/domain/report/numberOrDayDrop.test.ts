import { describe, expect, it } from 'vitest';
import { ASKED_DROP_NO, ASKED_DROP_YES, numberOrDayDrop } from '../../../src/domain/report/numberOrDayDrop.js';

const items = (...dates: string[]) => dates.map((date) => ({ draft: { date } }));

describe('numberOrDayDrop: 「2号那条不用记」 on a card numbered 1, 2, …', () => {
  it.each([['2号那条不用记'], ['二号那个删掉'], ['把2号那条删掉'], ['删掉2号那条'], ['2号的那条不算'], ['2号那个不要'], ['2号那条去掉吧。']])('「%s」 on 12-01 · 12-03 → record 2 asked', (text) => {
    expect(numberOrDayDrop(text, items('2026-12-01', '2026-12-03'))).toEqual({ kind: 'asked', index: 1, day: 2 });
  });

  it.each([['1号的不要了'], ['1号那个不要了'], ['1号的不要了。']])('「%s」 with a record of the 1st → that record', (text) => {
    expect(numberOrDayDrop(text, items('2026-12-03', '2026-12-01'))).toEqual({ kind: 'day', index: 1 });
  });

  it('a record of the 2nd on the card: that record, nothing asked', () => {
    expect(numberOrDayDrop('2号那条不用记', items('2026-12-01', '2026-12-02'))).toEqual({ kind: 'day', index: 1 });
  });

  it('more than the card holds and no record of the day: left to the older readers', () => {
    expect(numberOrDayDrop('5号那条不用记', items('2026-12-01', '2026-12-03'))).toBeUndefined();
  });

  it('two records of the day: left to the older readers (which one is asked there)', () => {
    expect(numberOrDayDrop('1号那条不用记', items('2026-12-01', '2026-12-01'))).toBeUndefined();
  });

  it('a card numbered by the member\'s lines 1, 2, 4: 4号 is the third record', () => {
    expect(numberOrDayDrop('4号那条不用记', items('2026-12-01', '2026-12-02', '2026-12-05'), [1, 2, 4])).toEqual({ kind: 'asked', index: 2, day: 4 });
    expect(numberOrDayDrop('3号那条不用记', items('2026-12-01', '2026-12-02', '2026-12-05'), [1, 2, 4])).toBeUndefined();
  });

  it.each([['2号和王强谈了廉政谈话'], ['2号那条改成谈心'], ['第2条不用记'], ['2号'], ['32号那条不用记']])('near-miss 「%s」 → undefined', (text) => {
    expect(numberOrDayDrop(text, items('2026-12-01', '2026-12-03'))).toBeUndefined();
  });

  it('the answers to the question', () => {
    expect(['是', '是的', '对', '嗯', '是第2条'].every((t) => ASKED_DROP_YES.test(t))).toBe(true);
    expect(['不是', '不对', '都不是'].every((t) => ASKED_DROP_NO.test(t))).toBe(true);
    expect(ASKED_DROP_YES.test('确认')).toBe(false);
    expect(ASKED_DROP_NO.test('不是这个意思，是第1条')).toBe(false);
  });
});
