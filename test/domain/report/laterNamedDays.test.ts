import { describe, expect, it } from 'vitest';
import { withLaterNamedDays } from '../../../src/domain/report/laterPersonDays.js';

const NAMES = ['王建国', '刘芳', '陈志强', '李娟', '胡军'];

describe('withLaterNamedDays', () => {
  it.each([
    ['11月24日和王建国进行了廉政谈话，刘芳是26号', '11月24日和王建国进行了廉政谈话，26号和刘芳'],
    ['11月24日和王建国进行了廉政谈话，刘芳是26号谈的', '11月24日和王建国进行了廉政谈话，26号和刘芳'],
    ['11月24日与王建国进行了廉政谈话，和刘芳是11月26日', '11月24日与王建国进行了廉政谈话，11月26日和刘芳'],
    ['上周二与王建国同志进行了廉政谈话，刘芳同志是上周四', '上周二与王建国同志进行了廉政谈话，上周四和刘芳'],
    ['11月24号和王建国进行了廉政谈话 刘芳是26号', '11月24号和王建国进行了廉政谈话 26号和刘芳'],
    ['11月13日与李娟进行了提醒谈话，还有一次是11月20日和胡军', '11月13日与李娟进行了提醒谈话，11月20日和胡军'],
  ])('「%s」 → 「%s」', (text, want) => {
    expect(withLaterNamedDays(text, NAMES)).toBe(want);
  });
  it.each([
    '11月24日和王建国进行了廉政谈话，地点是26号会议室',
    '11月24日和王建国进行了廉政谈话，刘芳也是',
    '和王建国进行了廉政谈话，刘芳是26号',
    '11月24日和王建国进行了廉政谈话，赵大海是26号',
  ])('near-miss 「%s」 unchanged', (text) => {
    expect(withLaterNamedDays(text, NAMES)).toBe(text);
  });
});

it('near-miss: one named in the first clause restated (张颖是11月6号) is no new deed', () => {
  const text = '11月6号与张颖、赵磊谈心谈话，张颖是11月6号';
  expect(withLaterNamedDays(text, ['张颖', '赵磊'])).toBe(text);
});
