// A count said inside one item of a message of several kinds (round 34c §4): the days still asked are as many as the item
// alone asks (the corpus rows assert the records; the number each question waits for is asserted here).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-11-30T10:00:00+08:00');
/** Each record as `type date count-of-days-asked` (the count of missing_date, 1 when it says none, - when not asked). */
const read = (text: string) =>
  parseReport(text, { now, directory, senderId: directory.org.people.find((p) => p.name === '孙丽')!.id, mentions: [] })!.map((r) => {
    const asked = r.problems.find((p) => p.code === 'missing_date');
    return `${r.draft.type} ${r.draft.date ?? '?'} ${asked === undefined ? '-' : asked.count ?? 1}`;
  });

describe('a count inside one item asks as many days as the item alone', () => {
  it.each([
    ['11月份开展了两次作风纪律检查', '11月20日与王强谈心谈话；11月份开展了两次作风纪律检查', ['talk_heart 2026-11-20 -', 'inspect_style ? 2']],
    ['11月24日开展了两次作风纪律检查', '11月20日与王强谈心谈话；11月24日开展了两次作风纪律检查', ['talk_heart 2026-11-20 -', 'inspect_style 2026-11-24 -', 'inspect_style ? 1']],
    ['组织观看警示教育片2次', '11月20日与王强谈心谈话；组织观看警示教育片2次', ['talk_heart 2026-11-20 -', 'edu_warning ? 2']],
    ['11月报送廉政信息3篇', '11月20日与王强谈心谈话，11月报送廉政信息3篇', ['talk_heart 2026-11-20 -', 'report_info ? 3']],
    ['报送廉政信息2篇', '11月20日与王强谈心谈话；报送廉政信息2篇。', ['talk_heart 2026-11-20 -', 'report_info ? 2']],
  ])('「%s」 alone, and after a talk: 「%s」', (alone, inside, want) => {
    expect(read(inside)).toEqual(want);
    // The same item alone asks the same number of days.
    expect(read(alone).filter((r) => r.includes('?')).map((r) => r.split(' ')[2])).toEqual(want.filter((r) => r.includes(' ? ')).map((r) => r.split(' ')[2]));
  });

  it('a count of people (参加12人) beside a talk makes no more deeds', () => {
    expect(read('11月20日与王强谈心谈话；11月24日组织观看警示教育片《围猎》，参加12人')).toEqual(['talk_heart 2026-11-20 -', 'edu_warning 2026-11-24 -']);
  });

  it('a count of no day before dated clauses is their lead: one record a day, nothing asked', () => {
    expect(read('本月开展了两次廉政教育，11月10日学习党纪处分条例，11月24日观看警示片《蜕变》，每次6人参加。')).not.toContainEqual(expect.stringMatching(/ \? /));
  });
});
