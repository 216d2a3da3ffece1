import { describe, expect, it } from 'vitest';
import { absentDoerWords } from '../../../src/domain/report/absentDoerWords.js';

describe('absentDoerWords', () => {
  it.each([
    ['12月4日黄书记没去，是我自己去康复部检查的作风纪律', '12月4日', '黄书记'],
    ['12月4日黄书记没去 是我自己去康复部检查的作风纪律', '12月4日', '黄书记'],
    ['刚才那条有误，11月27日黄志刚同志没有参加，是我一个人去的', '11月27日', '黄志刚'],
    ['11月26日那次检查黄书记没去，是我带队查的', '11月26日', '黄书记'],
    ['4号黄书记没去检查，是我去的', '4号', '黄书记'],
    ['上周二黄书记没去，其实是我自己去财务科查的', '上周二', '黄书记'],
    ['十二月四日黄书记没去，我自己去的', '12月4日', '黄书记'],
    ['黄书记那天没去，其实是我去的', '', '黄书记'],
  ])('「%s」 → day %s, absent %s', (text, day, absent) => {
    expect(absentDoerWords(text)).toEqual({ day, absent });
  });

  it.each([
    ['12月4日黄书记没去'],
    ['11月27日黄书记没去检查，改到下周了'],
    ['11月27日黄书记没去，我也没去'],
    ['12月4日我自己去康复部检查了作风纪律'],
    ['12月4日黄书记带队到康复部检查作风纪律，我参加'],
  ])('「%s」 → undefined (a deed not done, or a report)', (text) => {
    expect(absentDoerWords(text)).toBeUndefined();
  });
});
