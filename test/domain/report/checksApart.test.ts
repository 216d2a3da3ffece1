// A conduct check named by its own words beside a funds check is two checks (round 28b).
import { describe, expect, it } from 'vitest';
import { checksApart, kindsApart } from '../../../src/domain/report/checksApart.js';
import { withJoinedDeedsApart } from '../../../src/domain/report/joinedDeedsApart.js';

describe('kindsApart', () => {
  it('keeps a general check beside a funds check together, and a conduct check apart', () => {
    expect(kindsApart({ code: 'inspect_style', text: '作风纪律检查' }, { code: 'inspect_funds', text: '专项资金检查' })).toBe(true);
    expect(kindsApart({ code: 'inspect_funds', text: '专项资金检查' }, { code: 'inspect_style', text: '考勤检查' })).toBe(true);
    expect(kindsApart({ code: 'inspect_style', text: '监督检查' }, { code: 'inspect_funds', text: '专项资金检查' })).toBe(false);
    expect(kindsApart({ code: 'inspect_style' }, { code: 'inspect_funds' })).toBe(false);
    expect(kindsApart({ code: 'edu_integrity', text: '廉政教育' }, { code: 'edu_warning', text: '警示教育片' })).toBe(false);
    expect(kindsApart({ code: 'edu_lecture', text: '廉政党课' }, { code: 'edu_warning', text: '警示教育' })).toBe(true);
  });

  it('joins by a plain 和 only two checks named apart', () => {
    expect(checksApart({ code: 'inspect_style', text: '作风纪律检查' }, { code: 'inspect_funds', text: '专项资金检查' })).toBe(true);
    expect(checksApart({ code: 'edu_lecture', text: '廉政党课' }, { code: 'edu_warning', text: '警示教育' })).toBe(false);
  });
});

describe('withJoinedDeedsApart on checks', () => {
  it.each([
    ['11月24日开展了作风纪律检查和专项资金检查', '11月24日开展了作风纪律检查，专项资金检查'],
    ['11月3日对财务科开展了考勤检查及专项资金使用检查', '11月3日对财务科开展了考勤检查，专项资金使用检查'],
    ['11月5日检查了专项资金和考勤', '11月5日检查了专项资金，检查了考勤'],
    // One funds check, or checks of one kind: as written.
    ['11月10日督查了专项资金使用情况', '11月10日督查了专项资金使用情况'],
    ['11月12日检查了考勤和值班情况', '11月12日检查了考勤和值班情况'],
  ])('%j → %j', (text, want) => {
    expect(withJoinedDeedsApart(text)).toBe(want);
  });
});
