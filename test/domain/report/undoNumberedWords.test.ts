// undoNumberedWords (round 34b §3b): one record of the latest report's list withdrawn by its number, and words that are not that.
import { describe, expect, it } from 'vitest';
import { undoNumberedWords } from '../../../src/domain/report/undoNumberedWords.js';

describe('undoNumberedWords', () => {
  it.each([
    ['撤销第3条', 3],
    ['撤销第三条', 3],
    ['撤回第2项', 2],
    ['请帮我删除第一条。', 1],
    ['第3条撤销', 3],
    ['把第二条撤回吧', 2],
    ['上面的第2条删掉', 2],
    ['撤销刚才的第4条', 4],
    ['第十条作废', 10],
    // t53a F4: 「第2条不要」 after recording was 「没看懂」 (this list had it as no such words); with nothing waiting it drops
    // that record (on a waiting card the intent is not asked: cardItemChoice reads it).
    ['第3条不要', 3],
    ['第2条不要了', 2],
    ['刚才那条第2条不要了', 2],
    ['刚才报的第二条不算', 2],
    ['第1条去掉吧', 1],
  ])('「%s」 is record %i', (text, n) => {
    expect(undoNumberedWords(text)).toBe(n);
  });

  it.each(['撤销', '撤回刚才那条', '撤销刚才那两条', '全部撤销', '去掉第3条', '第3条不要写日期', '第3条日期改成11月5日', '撤销第0条', '撤销第3条和第4条', '第3条撤销的原因是什么'])(
    '「%s」 is no such words',
    (text) => {
      expect(undoNumberedWords(text)).toBeUndefined();
    },
  );
});
