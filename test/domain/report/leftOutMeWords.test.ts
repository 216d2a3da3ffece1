// leftOutMeWords (round 62, gbb; t64a G2): a deed told before said to have left the member out.
import { describe, expect, it } from 'vitest';
import { leftOutMeWords } from '../../../src/domain/report/leftOutMeWords.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

const read = (t: string) => leftOutMeWords(normalizeText(t));

describe('leftOutMeWords', () => {
  it.each([
    ['12月3日周涛部长签承诺书那条漏了我，是和我签的', '12月3日周涛部长签承诺书'],
    ['12月3日周涛部长签承诺书那条漏了我', '12月3日周涛部长签承诺书'],
    ['周部长签承诺书那次漏了我 我也签了', '周部长签承诺书'],
    ['周部长签承诺书那次把我漏了', '周部长签承诺书'],
    ['11月24号周部长签责任书那条漏掉我了', '11月24号周部长签责任书'],
    ['吴部长那次集体谈话漏了我，也和我谈了', '吴部长'],
    ['郑部长签责任书那条漏了我 麻烦加上', '郑部长签责任书'],
  ])('「%s」 → %s', (text, words) => {
    expect(read(text)).toBe(words);
  });

  it.each([['刚才那条漏了我'], ['12月3日周涛部长和我签了承诺书，上次漏了我'], ['集体谈话漏了陈静和赵磊'], ['今天和王强进行了廉政谈话']])('not this: 「%s」', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
