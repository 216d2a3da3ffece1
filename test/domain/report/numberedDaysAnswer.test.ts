// numberedDaysAnswer: the answer to the one question listing a summary's dateless items (round 69, gic; t71c).
import { describe, expect, it } from 'vitest';
import { numberedDaysAnswer } from '../../../src/domain/report/numberedDaysAnswer.js';

/** Items 1–3 talks, 4 a 警示教育, as 王芳's 11月份小结 lists them; read on 2026-12-08 in the month 2026-11. */
const LISTED = [1, 2, 3].map((number) => ({ number, kinds: ['谈心谈话', '谈心'] })).concat([{ number: 4, kinds: ['警示教育', '警示'] }]);
const read = (answer: string) => {
  const got = numberedDaysAnswer(answer, LISTED, '2026-12-08', '2026-11');
  return got === undefined ? undefined : Object.fromEntries(got);
};

describe('numberedDaysAnswer', () => {
  it.each([
    ['1、2是11月12日，3是11月20日，警示教育11月26日', { 1: '2026-11-12', 2: '2026-11-12', 3: '2026-11-20', 4: '2026-11-26' }],
    ['第一个12号 其他的20号', { 1: '2026-11-12', 2: '2026-11-20', 3: '2026-11-20', 4: '2026-11-20' }],
    ['第一個12號 其他的20號', { 1: '2026-11-12', 2: '2026-11-20', 3: '2026-11-20', 4: '2026-11-20' }],
    ['1、2是11月12日', { 1: '2026-11-12', 2: '2026-11-12' }],
    ['1-3是11月12号，警示教育是26号', { 1: '2026-11-12', 2: '2026-11-12', 3: '2026-11-12', 4: '2026-11-26' }],
    ['一、二是十一月十二日，三是十一月二十日', { 1: '2026-11-12', 2: '2026-11-12', 3: '2026-11-20' }],
    ['1是11.12 2是11.13', { 1: '2026-11-12', 2: '2026-11-13' }],
    ['第1条11月5日，第2条11月6日，第三条11月7日，第四条11月8日', { 1: '2026-11-05', 2: '2026-11-06', 3: '2026-11-07', 4: '2026-11-08' }],
  ])('「%s」 dates the items it names', (answer, want) => {
    expect(read(answer)).toEqual(want);
  });

  it.each([
    ['都是11月12日'], // one day for all: the older readers'
    ['分别是11月5日、12日、19日、26日'], // days in order: the older readers'
    ['11月下旬'], // no day: dayNotRemembered's
    ['5是11月12日'], // no item 5 listed
    ['12号 其他的20号'], // a day naming no item beside parts that do
    ['1是12号，1是20号'], // one item dated twice
  ])('「%s」 is not read here', (answer) => {
    expect(read(answer)).toBeUndefined();
  });
});
