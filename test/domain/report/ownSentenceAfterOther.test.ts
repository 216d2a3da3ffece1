import { describe, expect, it } from 'vitest';
import { ownSentenceAfterOther } from '../../../src/domain/report/ownSentenceAfterOther.js';

describe('ownSentenceAfterOther (round 32b, F1)', () => {
  it('opens a sentence of the sender after a sentence end, taking the bare time clause before 我 along', () => {
    expect(ownSentenceAfterOther(['会上王建国副理事长对年底资金支付工作提出要求。', '下午,'], '我分别与王强、李娟进行了廉政谈话。')).toBe(1);
    expect(ownSentenceAfterOther(['集中学习财经纪律有关规定。'], '下午本人与陈静开展了谈心谈话')).toBe(0);
    expect(ownSentenceAfterOther(['召开部务会;'], '当天下午我还和冯雪签订了承诺书')).toBe(0);
  });

  it('after a comma only for a talk or signing with someone', () => {
    expect(ownSentenceAfterOther(['王建国副理事长到财务科调研,'], '我与王强进行了廉政谈话', true)).toBe(0);
    expect(ownSentenceAfterOther(['党组召开述责述廉会,'], '本人代表教育就业部作了述责述廉')).toBeUndefined();
  });

  it('does not when 我 is a unit (我科/我们), the clause before ends with a comma, or nothing comes before', () => {
    expect(ownSentenceAfterOther(['下午,'], '我科召开科务会')).toBeUndefined();
    expect(ownSentenceAfterOther(['学习了规定。'], '我们科与王强谈话')).toBeUndefined();
    expect(ownSentenceAfterOther(['组织学习财经纪律有关规定,'], '我与王强进行了廉政谈话')).toBeUndefined();
    // 会后 is a time opening the sender's own sentence since t52a F7 (round 50 merge): the bare 会后, is taken along.
    expect(ownSentenceAfterOther(['王建国提出要求。', '会后,'], '我与王强进行了廉政谈话')).toBe(1);
    expect(ownSentenceAfterOther([], '我与王强进行了廉政谈话')).toBeUndefined();
  });
});
