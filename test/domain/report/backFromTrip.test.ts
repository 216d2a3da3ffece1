// Round 63 (gcc): 陈志强出差回来后和冯雪谈了 — the one back from a trip is the subject, the trip taken out.
import { describe, expect, it } from 'vitest';
import { withoutBackFromTrip } from '../../../src/domain/report/backFromTrip.js';

describe('withoutBackFromTrip', () => {
  it.each([
    ['陈志强出差回来后和冯雪谈了', '陈志强和冯雪谈了'],
    ['陈志强出差回来后昨天和冯雪谈了心', '陈志强昨天和冯雪谈了心'],
    ['陈志强出差回来，上周二和冯雪谈了廉政谈话', '陈志强上周二和冯雪谈了廉政谈话'],
    ['今天开了会。王副理事长休假回来以后找李明谈了话', '今天开了会。王副理事长找李明谈了话'],
  ])('「%s」 → 「%s」', (text, out) => {
    expect(withoutBackFromTrip(text)).toBe(out);
  });

  it.each([['今天和陈志强谈了廉政谈话，他刚出差回来'], ['今天和王磊谈了廉政谈话'], ['陈志强出差回来了'], ['等孙丽出差回来再谈']])('「%s」 unchanged', (text) => {
    expect(withoutBackFromTrip(text)).toBe(text);
  });
});
