// Round 60, fbc: storedWithdrawal reads a withdrawal of a stored record said in a sentence (t62a B-F1, t62b G5/G6).
import { describe, expect, it } from 'vitest';
import { storedWithdrawal } from '../../../src/domain/report/storedWithdrawal.js';

describe('storedWithdrawal', () => {
  it.each([
    ['11月19日那次集中学习删掉吧，那天其实没学成', '11月19日集中学习'],
    ['撤销11月19日那条学习', '11月19日学习'],
    ['11.19那次学习作废 没学成', '11.19学习'],
    ['把11月19日那次学习删了吧，那天停电没学成', '11月19日学习'],
    ['撤回11月24日那条党课，那天改期了', '11月24日党课'],
    ['王强那条撤销 他没谈', '王强'],
    ['和王强的那条删掉，他那天请假了', '和王强'],
    ['昨天那个党课删掉', '昨天党课'],
    ['刚才报的学习撤销 没学成', '学习'],
  ])('「%s」 → words 「%s」, no one absent, nothing kept', (text, words) => {
    expect(storedWithdrawal(text)).toEqual({ words, people: [], kept: [] });
  });

  it('a record kept beside the one withdrawn is said, never named', () => {
    expect(storedWithdrawal('今天跟孙丽那条撤销 记错了 跟李明那条没问题')).toEqual({ words: '今天跟孙丽', people: [], kept: ['跟李明那条没问题'] });
    expect(storedWithdrawal('和孙丽那条撤回，记错了，和李明的那条不用动')).toEqual({ words: '和孙丽', people: [], kept: ['和李明的那条不用动'] });
  });

  it.each([
    ['张书记说上周五集体谈话那个 冯雪部长没参加 她出差了 把她去掉', '上周五集体谈话', ['冯雪']],
    ['上周五集体谈话那个，冯雪部长没参加，她出差了，把她去掉', '上周五集体谈话', ['冯雪']],
    ['11月27日集体谈话那次 何平主任没来 把他去掉', '11月27日集体谈话', ['何平']],
    ['上周五集体廉政谈话那个 王磊部长出差了 没参加 把他去掉', '上周五集体廉政谈话', ['王磊']],
  ])('one person off a group: 「%s」 → 「%s」 with %j', (text, words, people) => {
    expect(storedWithdrawal(text)).toEqual({ words, people, kept: [] });
  });

  it.each([
    ['今天组织观看警示教育片《撤回测试》，参加6人'],
    ['跟李明那条没问题'],
    ['撤销'],
    ['刚才那条撤销'],
    ['把她去掉'],
    ['要求他把报销单撤回'],
    ['今天和王强进行了廉政谈话，要求他把违规的报销单撤回'],
    ['撤销刚才那两条'],
    ['第2条删掉'],
    ['刚才那条撤销，改成12月3日'],
  ])('no withdrawal named: 「%s」', (text) => {
    expect(storedWithdrawal(text)).toBeUndefined();
  });
});
