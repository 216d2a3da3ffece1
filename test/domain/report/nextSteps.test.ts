// A closing 下一步…将… sentence of intentions goes; one naming a talk or signing with someone, or a title, stays for the plan check to name.
import { describe, expect, it } from 'vitest';
import { withoutNextSteps } from '../../../src/domain/report/nextSteps.js';

describe('withoutNextSteps', () => {
  it.each([
    ['11月13日召开警示教育大会。下一步,宣文部将持续深化以案促改。', '11月13日召开警示教育大会。'],
    ['11月13日召开警示教育大会。下一步,将继续加强廉政教育,筑牢思想防线。', '11月13日召开警示教育大会。'],
    // round 35a, F4's kin: dropped without a word, now named as a plan by the reader.
    ['11月12日讲授廉政党课;下一步将与陈志强、赵敏两位同志开展廉政谈话。', '11月12日讲授廉政党课;下一步将与陈志强、赵敏两位同志开展廉政谈话。'],
    ['11月12日讲授廉政党课。下一步,将组织学习《廉洁自律准则》。', '11月12日讲授廉政党课。下一步,将组织学习《廉洁自律准则》。'],
    ['11月12日讲授廉政党课。下一步,将于12月与赵敏开展谈话。', '11月12日讲授廉政党课。下一步,将于12月与赵敏开展谈话。'],
  ])('%s', (text, expected) => {
    expect(withoutNextSteps(text)).toBe(expected);
  });
});
