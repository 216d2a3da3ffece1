// Round 62, gba (t64a): a pasted row of day · person · whom · deed with no header is read under 日期⇥负责人⇥对象⇥形式.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withHeaderlessRowColumns } from '../../../src/domain/report/headerlessRowColumns.js';

const directory = loadConfig('config').directory;
const HEADER = '日期\t负责人\t对象\t形式';

describe('withHeaderlessRowColumns', () => {
  it.each([
    ['12月3日\t周涛\t全体人员\t签订廉政承诺书', `${HEADER}\n12月3日\t周涛\t全体人员\t签订廉政承诺书`],
    ['12月3日  周涛  全体人员  签订廉政承诺书', `${HEADER}\n12月3日\t周涛\t全体人员\t签订廉政承诺书`],
    // A department: its people, or 全体人员 when it is the doer's own.
    ['11月3日\t黄志刚\t财务科\t廉政谈话', `${HEADER}\n11月3日\t黄志刚\t财务科全体人员\t廉政谈话`],
    ['11月3日\t孙丽\t财务科\t签订廉政承诺书', `${HEADER}\n11月3日\t孙丽\t全体人员\t签订廉政承诺书`],
    ['11月3日\t张伟\t班子成员\t签订责任书', `${HEADER}\n11月3日\t张伟\t班子成员\t签订责任书`],
  ])('%j gets the header', (text, written) => {
    expect(withHeaderlessRowColumns(text, directory)).toBe(written);
  });

  it.each([
    ['12月3日\t组联部\t警示教育\t8'],
    ['11月3日\t周涛\t组联部\t8'],
    ['日期\t负责人\t对象\t形式\n11月3日\t周涛\t全体人员\t签订廉政承诺书'],
    ['11月3日\t周涛\t全体人员'],
    // Person to person: the older reader weighs who outranks whom (11月3日⇥李明⇥王建国⇥廉政谈话 is 王建国's talk).
    ['11月3日\t李明\t王建国\t廉政谈话'],
    ['11月3日 周涛 全体人员 签订廉政承诺书'],
  ])('%j is left as it is', (text) => {
    expect(withHeaderlessRowColumns(text, directory)).toBe(text);
  });
});

describe('round 64 (gdd): a talk row with the kind second, and a talk\'s own unit', () => {
  it.each([
    ['11月16日\t廉政谈话\t李明\t办公室全体\t2', '日期\t负责人\t对象\t形式\t人数\n11月16日\t李明\t办公室全体人员\t廉政谈话\t2'],
    ['11月16日\t李明\t办公室全体\t廉政谈话\t2', '日期\t负责人\t对象\t形式\t人数\n11月16日\t李明\t办公室全体人员\t廉政谈话\t2'],
    // A signing with the head's own unit keeps round 62's 全体人员.
    ['12月3日\t周涛\t组联部全体\t签订廉政承诺书', '日期\t负责人\t对象\t形式\n12月3日\t周涛\t全体人员\t签订廉政承诺书'],
  ])('%j → %j', (text, want) => {
    expect(withHeaderlessRowColumns(text, directory)).toBe(want);
  });
});

