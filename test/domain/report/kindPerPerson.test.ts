// 其中 typing each person's talk of an untyped summary types those talks and adds none (issue 10, u1).
import { describe, expect, it } from 'vitest';
import { withKindPerPerson } from '../../../src/domain/report/kindPerPerson.js';

describe('withKindPerPerson', () => {
  it.each([
    ['11月20日,张伟书记先后与王建国、刘芳进行了谈话,其中与王建国是廉政谈话,与刘芳是谈心谈话', '11月20日,张伟书记先后与王建国进行了廉政谈话,与刘芳进行了谈心谈话'],
    ['11月20日与王建国、刘芳谈了话,王建国为廉政谈话,刘芳为谈心谈话。', '11月20日与王建国进行了廉政谈话,与刘芳进行了谈心谈话。'],
    ['11月25日与李明、孙丽、王强分别谈话,其中李明为廉政谈话,其余为谈心谈话', '11月25日与李明进行了廉政谈话,与孙丽、王强进行了谈心谈话'],
    ['11月26日与周涛、吴静进行了谈话,其中与周涛是廉政谈话', '11月26日与周涛进行了廉政谈话,与吴静进行了谈话'],
  ])('types 「%s」 person by person', (text, want) => {
    expect(withKindPerPerson(text)).toBe(want);
  });

  it.each([
    // The summary already has a kind; a 其中 about what was said; a kind that is no talk; someone the list did not name.
    '11月24日跟李明、孙丽分别谈心谈话,孙丽那次其实是廉政谈话',
    '11月20日先后与王建国、刘芳进行了谈话,其中与王建国是在办公室谈的',
    '11月20日与王建国、刘芳进行了谈话,其中与王建国是廉政教育',
    '11月20日与王建国、刘芳进行了谈话,其中与陈志强是廉政谈话',
    '11月20日与王建国、刘芳进行了谈话,其中与王建国是廉政谈话,11月21日与刘芳签订了责任书',
  ])('leaves 「%s」 as it is', (text) => {
    expect(withKindPerPerson(text)).toBe(text);
  });
});
