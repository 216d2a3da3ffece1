// The sentences after a dated one that name a deed and no day, and say nothing carrying the day (issue 10, u1).
import { describe, expect, it } from 'vitest';
import { sentencesWithoutDay } from '../../../src/domain/report/sentenceWithoutDay.js';

const TODAY = '2026-11-30';

describe('sentences without a day', () => {
  it.each([
    ['11月20日与孙丽进行了廉政谈话。与王强进行了廉政谈话。', ['与王强进行了廉政谈话。']],
    ['11月17日与陈静进行了谈心谈话。组织部门人员学习了《中国共产党纪律处分条例》。', ['组织部门人员学习了《中国共产党纪律处分条例》。']],
  ])('「%s」 has one', (line, want) => {
    expect(sentencesWithoutDay(line, TODAY)).toEqual(want);
  });

  it.each([
    '11月20日与孙丽进行了廉政谈话。同日与王强进行了廉政谈话。',
    '11月20日与孙丽进行了廉政谈话。随后又与王强进行了廉政谈话。',
    '11月20日与孙丽进行了廉政谈话。张伟书记又与王强进行了廉政谈话。',
    '11月20日与孙丽进行了廉政谈话，与王强进行了廉政谈话。',
    '11月20日与孙丽进行了廉政谈话。谈话中提醒她严格执行财经纪律。',
    '11月20日与孙丽进行了廉政谈话。11月24日与王强进行了廉政谈话。',
    '11月20日与孙丽进行了廉政谈话。本月还与王强进行了廉政谈话。',
    '与孙丽进行了廉政谈话。与王强进行了廉政谈话。',
  ])('「%s」 has none', (line) => {
    expect(sentencesWithoutDay(line, TODAY)).toEqual([]);
  });
});
