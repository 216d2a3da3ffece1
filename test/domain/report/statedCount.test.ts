// A stated count of activities (两次 · 3篇) is never cut to one record: each waits for its day, or is said not recorded.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { statedCount } from '../../../src/domain/report/statedCount.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-12-01T10:00:00+08:00');
const ctx = (name: string) => ({ now: NOW, directory, senderId: directory.org.people.find((p) => p.name === name)!.id, mentions: [] });
const items = (from: string, text: string): PendingItem[] => parseReport(text, ctx(from))!.map((r) => ({ draft: r.draft, problems: r.problems }));

describe('statedCount', () => {
  it.each([
    ['11月份开展了两次作风纪律检查', 2],
    ['11月报送信息3篇', 3],
    ['本月召开了2次专题会议', 2],
    ['全年组织十二次廉政教育', 12],
    ['11月报送信息1篇', undefined],
    ['第二次廉政教育', undefined],
    ['每月检查1-2次', undefined],
    ['观看《两次人生》', undefined],
  ])('%s → %s', (text, n) => expect(statedCount(text)).toBe(n));
});

describe('a count with fewer days than stated', () => {
  it.each([
    ['林晓', '11月份开展了两次作风纪律检查', 'inspect_style', 2],
    ['李明', '11月报送信息3篇', 'report_info', 3],
    ['周涛', '11月组织了3次廉政教育', 'edu_integrity', 3],
  ])('%s「%s」 asks the days of all of them', (from, text, type, count) => {
    expect(items(from, text)).toEqual([{ draft: expect.objectContaining({ type }), problems: [{ code: 'missing_date', count }] }]);
  });

  it('one day for two checks records that day and asks the other; 只记这些 leaves it out with a remark', () => {
    const first = answerFollowUp(items('林晓', '11月份开展了两次作风纪律检查'), '11月5日', ctx('林晓'));
    expect(first).toMatchObject({ ok: true, items: [{ draft: { date: '2026-11-05' }, problems: [] }, { problems: [{ code: 'missing_date', count: 1 }] }] });
    const rest = answerFollowUp(first.ok ? first.items : [], '只记这些', ctx('林晓'));
    expect(rest).toMatchObject({ ok: true, items: [{ draft: { date: '2026-11-05' } }], remark: expect.stringContaining('另有 1 次作风纪律检查没有给出日期，未记录') });
  });

  it('three days for three 篇 give three records', () => {
    const done = answerFollowUp(items('李明', '11月报送信息3篇'), '11月3日、11月10日、11月17日', ctx('李明'));
    expect(done.ok && done.items.map((i) => [i.draft.date, i.problems])).toEqual([['2026-11-03', []], ['2026-11-10', []], ['2026-11-17', []]]);
  });

  it('只记这些 with nothing answered yet is no answer (取消 is how to drop it all)', () => {
    expect(answerFollowUp(items('林晓', '11月份开展了两次作风纪律检查'), '只记这些', ctx('林晓')).ok).toBe(false);
  });
});
