import { describe, expect, it } from 'vitest';
import { VAGUE_SPAN } from '../../../src/domain/report/vagueSpan.js';

const whole = new RegExp(`^${VAGUE_SPAN}$`);
const opening = new RegExp(`^${VAGUE_SPAN}`);

describe('VAGUE_SPAN: a span of time named without its day', () => {
  it.each(['本月', '这个月', '上个月', '当月', '11月份', '11月上旬', '12月下旬', '月初', '11月底', '下旬', '上周', '这个星期', '上上周', '本季度', '四季度', '第一季度', '今年下半年', '今年以来', '11月以来', '年内', '近期', '近日', '近来', '日前', '最近', '前不久', '前段时间', '前些天', '前几天'])(
    '%s is a span',
    (words) => expect(whole.test(words)).toBe(true),
  );

  it.each([
    ['上周三和李明谈话', '上周三 is a day'],
    ['11月3日组织学习', '11月3日 is a day'],
    ['11月中心组织观看', '11月中心: the centre, not mid-November'],
    ['月度例会', '月 alone is no span'],
  ])('%s: %s', (text) => {
    const m = opening.exec(text)?.[0];
    expect(m === undefined || !/[三日中度]$/.test(m)).toBe(true);
    expect(m ?? '').not.toMatch(/^上周三|^11月3|^11月中|^月度/);
  });
});
