// Round 61 (issue 10), fixer gae: people left out of a stored group, read into the group's words and the names.
import { describe, expect, it } from 'vitest';
import { groupLeftOut } from '../../../src/domain/report/groupLeftOut.js';

describe('groupLeftOut', () => {
  it.each([
    ['集体谈话漏了陈静和赵磊', '集体谈话', ['陈静', '赵磊']],
    ['集体谈话漏了陈静、赵磊两个人', '集体谈话', ['陈静', '赵磊']],
    ['上周五那次集体谈话 少了孙杰', '上周五那次集体谈话', ['孙杰']],
    ['刚才的集体谈话还漏了陈静 赵磊', '刚才的集体谈话', ['陈静', '赵磊']],
    ['和科室负责人签责任书那次还漏了冯雪', '和科室负责人签责任书那次', ['冯雪']],
    ['集體談話漏了陳靜', '集体谈话', ['陈静']],
  ])('「%s」 → %s + %j', (text, words, names) => {
    expect(groupLeftOut(text)).toEqual({ words, names });
  });

  it.each([
    ['今天和王强谈了，漏了李娟'],
    ['今天和陈静、赵磊进行了集体廉政谈话'],
    ['集体学习漏了两个章节没讲'],
    ['今天组织观看《集体谈话漏了谁》'],
    ['和王强谈话'],
  ])('「%s」 is none', (text) => {
    expect(groupLeftOut(text)).toBeUndefined();
  });
});
