// Round 64 (gdc; t66a B-F9): 补谈/补签 made up with one back from away, read as words only.
import { describe, expect, it } from 'vitest';
import { madeUpDeedText, madeUpWords } from '../../../src/domain/report/madeUpWords.js';

describe('madeUpWords', () => {
  it.each([
    ['上午那个廉政谈话 陈志强下午回来了 也补谈了', { about: '上午那个廉政谈话', who: '陈志强', when: '下午', verb: 'talk', kind: '廉政谈话' }],
    ['上午那个廉政谈话，陈志强下午回来了，也补谈了。', { about: '上午那个廉政谈话', who: '陈志强', when: '下午', verb: 'talk', kind: '廉政谈话' }],
    ['上午那个廉政谈话陈志强下午回来了也补谈了', { about: '上午那个廉政谈话', who: '陈志强', when: '下午', verb: 'talk', kind: '廉政谈话' }],
    ['上午那個廉政談話 陳志強下午回來了 也補談了', { about: '上午那个廉政谈话', who: '陈志强', when: '下午', verb: 'talk', kind: '廉政谈话' }],
    ['陈志强下午回来了 也补谈了', { about: '', who: '陈志强', when: '下午', verb: 'talk', kind: '' }],
    ['陈副理事长出差回来了，下午也给他补谈了', { about: '', who: '陈副理事长', when: '下午', verb: 'talk', kind: '' }],
    ['下午和陈志强补谈了', { about: '', who: '陈志强', when: '下午', verb: 'talk', kind: '' }],
    ['承诺书那批 郑华回来后也补签了', { about: '承诺书那批', who: '郑华', when: '', verb: 'sign', kind: '承诺书' }],
    ['冯雪昨天出差回来了 今天上午也补谈了', { about: '', who: '冯雪', when: '今天上午', verb: 'talk', kind: '' }],
    ['上周二那次廉政谈话 陈志强昨天回来 补谈了', { about: '上周二那次廉政谈话', who: '陈志强', when: '昨天', verb: 'talk', kind: '廉政谈话' }],
    ['上午那个廉政谈话 陈志强下午回来了 也谈了', { about: '上午那个廉政谈话', who: '陈志强', when: '下午', verb: 'talk', kind: '廉政谈话' }],
  ])('「%s」', (text, want) => {
    expect(madeUpWords(text)).toEqual(want);
  });

  it.each([
    ['下午又和陈志强谈了一次'],
    ['陈志强下午回来了'],
    ['陈志强回来再补谈'],
    ['冯雪部长出差 回来补签'],
    ['陈志强下午回来了 明天再补谈'],
    ['下午和陈志强补签了廉政谈话'],
    ['周一和郑华签了责任书 冯雪部长出差 回来补签'],
  ])('「%s」 is no made-up deed (a new talk, a deed put off, or verb and noun of different deeds)', (text) => {
    expect(madeUpWords(text)).toBeUndefined();
  });
});

describe('madeUpDeedText', () => {
  it('writes the deed as a plain first-person report: the day said, today beside a batch, no day otherwise', () => {
    expect(madeUpDeedText(madeUpWords('上午那个廉政谈话 陈志强下午回来了 也补谈了')!)).toBe('下午和陈志强进行了廉政谈话');
    expect(madeUpDeedText(madeUpWords('上午的谈心 孙科长下午回来了 也补谈了')!)).toBe('下午和孙科长进行了谈心谈话');
    expect(madeUpDeedText(madeUpWords('承诺书那批 郑华回来后也补签了')!)).toBe('今天和郑华签订了承诺书');
    expect(madeUpDeedText(madeUpWords('和陈志强也补谈了')!)).toBe('和陈志强谈了话');
  });
});
