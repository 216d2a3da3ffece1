// The one rule for a space inside a title (round 48, ftd, task 3): 《》/“” left open, or a title said outright up to a clause opener.
import { describe, expect, it } from 'vitest';
import { insideTitle } from '../../../src/domain/report/insideTitle.js';

describe('insideTitle', () => {
  it('holds a space inside an open 《 or “', () => {
    expect(insideTitle('观看了《一念之差')).toBe(true);
    expect(insideTitle('学习了“廉洁自律')).toBe(true);
    expect(insideTitle('观看了《迷途》')).toBe(false);
  });
  it('holds a space inside a said title until a clause opener', () => {
    expect(insideTitle('讲了廉政党课 题目是守住底线', ' 筑牢防线 一共20人')).toBe(true);
    expect(insideTitle('讲了廉政党课 题目是守住底线 筑牢防线', ' 一共20人')).toBe(false);
    expect(insideTitle('题目是以案为鉴 守牢底线', ' 共18人参加')).toBe(false);
    expect(insideTitle('题目是共筑廉洁防线', ' 守护初心')).toBe(true);
    expect(insideTitle('题目是守住底线 筑牢防线 一共20人', ' 还组织观看了警示片')).toBe(false);
    expect(insideTitle('片名叫迷途 共15人 参加了')).toBe(false);
  });
});
