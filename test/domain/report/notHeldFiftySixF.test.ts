// Round 56, fgf (t58b F9): a deed called off with why or when next told after it is 'not_held' (the reply 「看起来这项活动
// 没有进行…」), never a 取消 command (没看懂); and a day months back with no year said is shown on a card (t58a F7).
import { describe, expect, it } from 'vitest';
import { notAReport } from '../../../src/domain/report/parseGate.js';
import { withDistantDayNoted } from '../../../src/domain/report/distantDay.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

describe('a deed called off is not held (round 56, fgf)', () => {
  it.each([
    '原定12月3日王建国副理事长与孙丽科长的廉政谈话，因王副理事长出差取消了，改到下周再谈',
    '原定今天和李娟的廉政谈话取消了，改到下周再谈',
    '原计划11月27日的专题会议因领导出差取消了，另行安排',
    '原定本周三开展的作风纪律检查因故取消，改到下周',
    '原计划周四和周涛签责任书，周涛出差了，改到下周再签',
    '原定于11月28日召开的党风廉政建设专题会议因故推迟，具体时间另行通知',
    '本来约了今天和何平廉政谈话，他临时有事取消了，改到周五再谈',
    '和孙丽的廉政谈话因为她出差取消了，改到下周',
  ])('%s', (text) => expect(notAReport(text)).toBe('not_held'));
  it.each(['取消', '取消了两个不合规的报销事项'])('%s is not this', (text) => expect(notAReport(text)).not.toBe('not_held'));
});

describe('a day months back with no year said (round 56, fgf)', () => {
  const now = new Date('2026-12-06T10:00:00+08:00');
  const report = (date: string): ParsedReport => ({ draft: { counterpartIds: [], date, late: true }, problems: [], remarks: [], reasons: [] }) as unknown as ParsedReport;
  it('is shown on a card with how long ago it is', () => {
    const [r] = withDistantDayNoted([report('2026-01-05')], '1月5日和李明进行了廉政谈话', now);
    expect(r!.reasons).toContain('distant_day');
    expect(r!.remarks.join()).toContain('1月5日是11个月前');
  });
  it('keeps a recent 补录 and a year said', () => {
    expect(withDistantDayNoted([report('2026-10-05')], '10月5日和李明进行了廉政谈话', now)[0]!.reasons).toEqual([]);
    expect(withDistantDayNoted([report('2025-12-20')], '去年12月20日和李明进行了廉政谈话', now)[0]!.reasons).toEqual([]);
  });
});
