import { describe, expect, it } from 'vitest';
import { cardPersonAddedWords } from '../../../src/domain/report/cardPersonAddedWords.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

const read = (s: string) => cardPersonAddedWords(normalizeText(s));

describe('cardPersonAddedWords: one more person said as an addition to a waiting card', () => {
  it.each([
    ['还有办公室李明主任，漏了', '办公室李明主任'],
    ['还有李明主任 漏了', '李明主任'],
    ['对象加上李明', '李明'],
    ['对象再加上孙丽科长', '孙丽科长'],
    ['把孙丽科长也加上', '孙丽科长'],
    ['把李明加进去', '李明'],
    ['漏了李明主任', '李明主任'],
    ['还漏了孙丽。', '孙丽'],
    ['谈话对象加一个李明', '李明'],
  ])('「%s」 → %s', (text, words) => {
    expect(read(text)).toBe(words);
  });

  it.each([['还有一件事要说'], ['李明'], ['对了 下周和李明谈话'], ['今天和李明进行了廉政谈话'], ['加油']])('near-miss 「%s」 → undefined', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
