// A clause naming only a vague time or a month (上周 · 月初 · 11月开展…) keeps no day of another clause: it is asked its own.
import { describe, expect, it } from 'vitest';
import { namesVagueDayOnly } from '../../../src/domain/report/vagueDayClause.js';

/** Monday 2026-11-30 in Shanghai (the corpus's day). */
const TODAY = '2026-11-30';

describe('namesVagueDayOnly', () => {
  it.each(['上周和王磊谈了心', '月初和王磊签了责任书', '近日与杨帆进行了谈心谈话'])('%s names a vague time only', (clause) => expect(namesVagueDayOnly(clause, TODAY)).toBe(true));

  // Round 33a, P3: 11月开展廉洁文化进机关活动 was put on 11-20, the day of the clause after it.
  it.each(['11月开展廉洁文化进机关活动', '宣文部11月份组织干部学习《廉洁自律准则》', '11月还开展了廉洁文化进机关活动', '十一月组织观看警示教育片'])(
    '%s names a month only',
    (clause) => expect(namesVagueDayOnly(clause, TODAY)).toBe(true),
  );

  // A lead whose days follow, a heading, a deadline, a day, and a title holding a month are not.
  it.each(['11月份，黄志刚书记带队', '11月作风纪律检查台账', '截至11月开展检查10次', '11月20日组织观看警示教育片', '学习《11月学习计划》'])('%s does not', (clause) =>
    expect(namesVagueDayOnly(clause, TODAY)).toBe(false),
  );
});
