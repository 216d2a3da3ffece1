// The month a report names frames a bare weekday answered to its day question (round 22u A1); dates are no frame.
import { describe, expect, it } from 'vitest';
import { inReportMonth, reportMonth } from '../../../src/domain/report/reportMonth.js';

const TODAY = '2026-12-02';

describe('reportMonth', () => {
  it.each([
    ['上个月和王强谈心谈话了一次', '2026-11'],
    ['上月跟李娟谈过心', '2026-11'],
    ['10月份和李娟谈心谈话了一次', '2026-10'],
    ['九月和赵磊签了责任书', '2026-09'],
    ['十一月和张颖谈了话', '2026-11'],
    ['本月和刘洋进行了谈心谈话', '2026-12'],
  ])('%s → %s', (text, month) => expect(reportMonth(text, TODAY)).toBe(month));

  it.each([['11月13日和李明谈心谈话'], ['十一月十二日与张颖谈话'], ['上周和张颖谈话'], ['10月份和11月份各谈了一次'], ['近3个月谈了两次'], ['10月份和赵磊谈心一次，12月2号又跟他谈了一次廉政谈话。责任书年初就签了。'], ['上个月和王强谈了心，去年底签的责任书']])(
    'no one month without a day in %s',
    (text) => expect(reportMonth(text, TODAY)).toBeUndefined(),
  );
});

describe('inReportMonth', () => {
  it('a weekday November has four times is asked among them', () =>
    expect(inReportMonth('周三', '2026-11', TODAY)).toEqual({ days: ['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25'], weekdayWord: '周三' }));
  it("a weekday December has once so far is that day", () => expect(inReportMonth('周三吧', '2026-12', TODAY)).toEqual({ answer: '12月2日吧' }));
  it('a weekday December has not had yet gives no day', () => expect(inReportMonth('星期五', '2026-12', TODAY)).toEqual({ days: [], weekdayWord: '星期五' }));
  it.each([['上周三'], ['11月18日'], ['昨天'], ['18号周三']])('%s is answered as written', (text) => expect(inReportMonth(text, '2026-11', TODAY)).toEqual({ answer: text }));
});
