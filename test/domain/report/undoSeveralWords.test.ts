// undoSeveralWords (round 34a F10): several records of the latest report withdrawn by words, and near-misses that are not.
import { describe, expect, it } from 'vitest';
import { undoSeveralWords } from '../../../src/domain/report/undoSeveralWords.js';

describe('undoSeveralWords', () => {
  it.each([
    ['撤销刚才那两条', { count: 2 }],
    ['撤回刚才那三项', { count: 3 }],
    ['把刚才那两条删掉', { count: 2 }],
    ['刚才那两条撤销', { count: 2 }],
    ['这两条都撤回', { count: 2 }],
    ['撤回刚才的两条记录。', { count: 2 }],
    ['刚才那几条都撤回', {}],
    ['刚才的都撤回了', {}],
    ['刚才报的全部撤销', {}],
    ['全部撤销', {}],
    ['撤销全部', {}],
    ['都撤销吧', {}],
  ])('「%s」 → %j', (text, expected) => {
    expect(undoSeveralWords(text)).toEqual(expected);
  });

  it.each(['撤销', '撤销刚才那条', '撤回上一条', '刚才的撤销', '撤销刚才那1条', '全部取消', '全部确认', '删除所有记录', '和王强那两条不算'])('「%s」 is not several withdrawn', (text) => {
    expect(undoSeveralWords(text)).toBeUndefined();
  });
});

// Round 59, fcc (t61a F7: 「撤销刚才记的两条责任书」 was 没看懂): the kind said after the number.
describe('undoSeveralWords: the kind counted', () => {
  it.each([
    ['撤销刚才记的两条责任书', { count: 2, kind: 'pledge_sign' }],
    ['刚才那两条责任书都撤销', { count: 2, kind: 'pledge_sign' }],
    ['撤回刚才那两条承诺书', { count: 2, kind: 'pledge_sign' }],
    ['删除刚才的两条谈话记录', { count: 2, kind: 'talk' }],
    ['撤销刚才的两条廉政谈话', { count: 2, kind: 'talk_integrity' }],
    ['把刚才记的三条责任书撤销掉', { count: 3, kind: 'pledge_sign' }],
  ])('「%s」 → %j', (text, expected) => {
    expect(undoSeveralWords(text)).toEqual(expected);
  });

  it.each(['撤销刚才那两条好吗', '撤销刚才那两条王强的'])('「%s」: words after the number that are no kind → not this reader', (text) => {
    expect(undoSeveralWords(text)).toBeUndefined();
  });
});
