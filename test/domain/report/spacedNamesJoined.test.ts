// Names padded or split by spaces (round 31 t31c; round 64 gde: words that only begin like a name, misheard names in cells).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withSpacedNamesJoined } from '../../../src/domain/report/spacedNamesJoined.js';

const directory = loadConfig('config').directory;
const joined = (text: string) => withSpacedNamesJoined(text, directory);

describe('withSpacedNamesJoined', () => {
  it.each([
    ['今天和孙　丽谈了谈心', '今天和孙丽谈了谈心'],
    ['今天和王 强进行了廉政谈话', '今天和王强进行了廉政谈话'],
    ['王 建国昨天开展了廉政谈话', '王建国昨天开展了廉政谈话'],
    ['今天与孙 丽 科长进行了廉政谈话', '今天与孙丽 科长进行了廉政谈话'],
    ['12月1日\t李　明\t王　芳\t谈心谈话', '12月1日\t李明\t王芳\t谈心谈话'],
    // A misheard name padded in a cell, or split after 和: joined, so its sound-alike is offered.
    ['12月1日\t李　明\t张　英\t廉政谈话', '12月1日\t李明\t张英\t廉政谈话'],
    ['12月1日｜李　明｜张　英｜廉政谈话', '12月1日｜李明｜张英｜廉政谈话'],
    ['今天和张 英进行了谈心谈话', '今天和张英进行了谈心谈话'],
  ])('「%s」 → 「%s」', (text, want) => {
    expect(joined(text)).toBe(want);
  });

  it.each([
    '王 强调要加强学习', // 强调 is a word
    '李 明确要求各科室', // 明确 likewise
    '今天和大 家进行了谈心谈话', // no name sounds like 大家
    '12月1日\t李明\t好　的\t廉政谈话', // a cell no name is near
    '老李 明天去', // after a Chinese character
  ])('「%s」 stays as written', (text) => {
    expect(joined(text)).toBe(text);
  });
});
