import { describe, expect, it } from 'vitest';
import { dayNotRemembered } from '../../../src/domain/report/dayNotRemembered.js';

const TODAY = '2026-11-30';

describe('dayNotRemembered', () => {
  it.each([
    ['日期记不清了，11月下旬吧', '您说的是11月下旬', '11月25日'],
    ['记不清了 月底左右', '您说的是11月底', '11月28日'],
    ['大概下旬吧', '您说的是11月下旬', '11月25日'],
    ['具体哪天忘了，应该是11月中旬', '您说的是11月中旬', '11月15日'],
    ['记不清 大概 下旬 吧', '您说的是11月下旬', '11月25日'],
    ['不记得了 反正是上个月底', '您说的是上个月底', '10月28日'],
    ['日期记不清了', '记录需要具体是哪一天', '11月20日'],
    // t71c F2: read as a 完成情况 query before; the month said is kept in the reply, the day still asked.
    ['具体日子记不清了，就按11月记吧', '您说的是11月', '11月20日'],
    ['记不清了 按11月份算吧', '您说的是11月', '11月20日'],
    ['忘了是哪天了，记在上个月底吧', '您说的是上个月底', '10月28日'],
  ])('「%s」 → %s, an example day %s, 取消 and 补录 said', (answer, said, example) => {
    const reply = dayNotRemembered(answer, TODAY, 3)!;
    expect(reply).toContain(said);
    expect(reply).toContain(`「${example}」`);
    expect(reply).toMatch(/这条不要.*其余3条/);
    expect(reply).toMatch(/取消.*补录/);
  });

  it('「就按11月记」 alone is the month, no day: the day still asked', () => {
    expect(dayNotRemembered('就按11月记', TODAY)).toContain('您说的是11月，记录需要具体是哪一天');
  });

  it('with nothing else waiting, 这条不要 is not offered', () => {
    expect(dayNotRemembered('日期记不清了，11月下旬吧', TODAY)).not.toMatch(/这条不要/);
  });

  it.each([['11月25日'], ['周三'], ['下旬'], ['月底'], ['记不清了，大概20号左右'], ['王强记不清了'], ['取消吧'], ['11月下旬组织观看了警示片'], ['按11月20日记吧']])('「%s」 → undefined (a day, a bare part, someone else, or more)', (answer) => {
    expect(dayNotRemembered(answer, TODAY)).toBeUndefined();
  });
});
