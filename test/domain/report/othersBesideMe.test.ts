// 我 among the people answered to 「X是和谁谈的？」 (round 40's fmc, t39a F20): the others split off, the sender added by the dialog.
import { describe, expect, it } from 'vitest';
import { othersBesideMe } from '../../../src/domain/report/withMeAnswered.js';

describe('othersBesideMe', () => {
  it.each([
    ['我和郑华', '郑华'],
    ['郑华和我', '郑华'],
    ['我、郑华', '郑华'],
    ['和我还有郑华', '郑华'],
    ['是和我和郑华谈的', '郑华'],
    ['我和郑华二人', '郑华'],
    ['本人和郑华', '郑华'],
    ['好的，我和郑华。', '郑华'],
    ['郑华、周涛和我', '郑华、周涛'],
    ['我跟郑华两个人', '郑华'],
  ])('「%s」 → %s', (said, rest) => {
    expect(othersBesideMe(said)).toBe(rest);
  });

  it.each(['和我', '我', '郑华', '郑华和周涛', '我和我', '我们', '我俩'])('「%s」 names no 我 among others', (said) => {
    expect(othersBesideMe(said)).toBeUndefined();
  });
});
