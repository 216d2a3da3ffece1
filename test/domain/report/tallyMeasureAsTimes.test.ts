// withTallyMeasureAsTimes (round 61, gab): 场/批次 counting a lead over 其中 and dated items is written 次.
import { describe, expect, it } from 'vitest';
import { withTallyMeasureAsTimes } from '../../../src/domain/report/tallyMeasureAsTimes.js';

describe('withTallyMeasureAsTimes', () => {
  it.each([
    ['办公室本月组织警示教育2场，其中11月5日李明主任带领…', '办公室本月组织警示教育2次，其中11月5日李明主任带领…'],
    ['办公室本月组织廉政教育两批次，其中11月3日…', '办公室本月组织廉政教育两次，其中11月3日…'],
    ['本月开展警示教育3场, 其中 2026年11月3日…', '本月开展警示教育3次, 其中 2026年11月3日…'],
  ])('「%s」 → 「%s」', (text, written) => {
    expect(withTallyMeasureAsTimes(text)).toBe(written);
  });

  it.each([
    ['本月召开了2场会议'],
    ['11月5日分2批次观看警示教育片'],
    ['本月组织警示教育2场，其中一场是观看警示片'],
  ])('「%s」 → unchanged (no lead over dated items)', (text) => {
    expect(withTallyMeasureAsTimes(text)).toBe(text);
  });
});
