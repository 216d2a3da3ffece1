import { describe, expect, it } from 'vitest';
import { storedDoerWords } from '../../../src/domain/report/storedDoerWords.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

const read = (s: string) => storedDoerWords(normalizeText(s));

describe('storedDoerWords: a stored record named, its doer said, the member denied', () => {
  it.each([
    ['杨帆那次是王磊谈的不是我', '杨帆', '王磊'],
    ['孙杰那次是何平谈的，不是我', '孙杰', '何平'],
    ['和孙杰那条 不是我谈的 是何主任谈的', '和孙杰', '何主任'],
    ['杨帆那条不是我谈的，是王部长谈的', '杨帆', '王部长'],
    ['杨帆那次其实是王磊谈的', '杨帆', '王磊'],
    ['上周五和孙杰那次谈话其实是何平主任谈的', '上周五和孙杰', '何平主任'],
    ['胡军那次是李明主任谈的，不是我，麻烦改一下', '胡军', '李明主任'],
  ])('「%s」 → about %s, doer %s', (text, about, doer) => {
    expect(read(text)).toEqual({ about, doer });
  });

  it('a 第2条撤了 before it is kept as the lead', () => {
    expect(read('刚才第2条撤了 杨帆那次是王磊谈的不是我')).toEqual({ about: '杨帆', doer: '王磊', lead: '第2条撤了' });
    expect(read('刚才第二条撤了 杨帆那次是王磊谈的 不是我')).toEqual({ about: '杨帆', doer: '王磊', lead: '第二条撤了' });
  });

  it.each([
    ['杨帆那次是王磊'],
    ['杨帆那次是谈心谈话不是廉政谈话'],
    ['孙杰那条日期错了 是周五不是周四'],
    ['刚才那次是王磊谈的不是我'],
    ['今天和杨帆进行了廉政谈话'],
    ['杨帆那次是我谈的'],
  ])('near-miss 「%s」 → undefined', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
