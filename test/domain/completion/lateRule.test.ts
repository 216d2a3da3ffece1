// 补录 is one per-record rule (window included), and a figure's 其中补录 counts the same unit as the figure.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/domain/activity.js';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { computeCompletion } from '../../../src/domain/completion/computeCompletion.js';
import { countWithLate, outsideWindows, outsideWindowText, recordLateRule } from '../../../src/domain/completion/late.js';
import { lateShare } from '../../../src/domain/completion/partProgress.js';
import { buildLedgerExport } from '../../../src/domain/ledger/export.js';
import { buildYearEndAccount } from '../../../src/domain/ledger/yearEndAccount.js';
import { periodOf } from '../../../src/domain/period.js';
import { demo, demoConfig } from '../../ledger/demoLedger.js';

const { directory, duties } = demoConfig;
const NOW = new Date('2026-12-01T15:00:00+08:00');
const Q4 = periodOf('quarter', '2026-12-01');
const Y = periodOf('year', '2026-12-01');
const isLate = recordLateRule(duties);

describe('recordLateRule: reported after the earliest-closing duty period (or window) its day counts toward', () => {
  it.each([
    { type: 'pledge_sign', date: '2026-03-10', reported: '2026-12-01', late: true, why: 'the Q1 window of 责任书 had closed' },
    { type: 'pledge_sign', date: '2026-03-10', reported: '2026-03-31', late: false, why: 'the window was still open' },
    { type: 'pledge_sign', date: '2026-12-01', reported: '2026-12-01', late: false, why: 'outside the window: not 补录, but meets nothing' },
    { type: 'report_info', date: '2026-10-20', reported: '2026-11-02', late: true, why: 'October had closed' },
    { type: 'talk_integrity', date: '2026-09-20', reported: '2026-10-10', late: false, why: 'the half-year is still open' },
    { type: 'meeting_special', date: '2026-06-20', reported: '2026-11-02', late: true, why: 'the first half closed (the year duty is longer)' },
    { type: 'inspect_style', date: '2026-11-27', reported: '2026-12-01', late: true, why: 'November had closed' },
    { type: 'report_self', date: '2026-11-27', reported: '2026-12-01', late: false, why: 'a year duty, the year still open' },
  ])('$type of $date reported $reported: $late ($why)', ({ type, date, reported, late }) => {
    expect(isLate({ type: type as ActivityTypeCode, date, createdAt: `${reported}T10:00:00+08:00` })).toBe(late);
  });
});

describe('outsideWindows', () => {
  it('names the duty and its window for a 责任书 signed in December, nothing for one in March', () => {
    const misses = outsideWindows(duties, 'pledge_sign', '2026-12-01');
    expect(misses).toEqual([{ dutyName: '签订党风廉政建设责任书', window: '1月1日至3月31日' }]);
    expect(outsideWindowText(misses)).toBe('不在规定期限（1月1日至3月31日）内，不计入「签订党风廉政建设责任书」的完成情况');
    expect(outsideWindows(duties, 'pledge_sign', '2026-03-10')).toEqual([]);
    expect(outsideWindows(duties, 'talk_integrity', '2026-12-01')).toEqual([]);
  });

  it('says it only of a record the duty asks for: 赵敏 with 王磊 (a head she supervises), not 冯雪’s 承诺书 with her staff', () => {
    const parties = (actorId: string, counterpartIds: string[]) => ({ directory, actorId, counterpartIds });
    expect(outsideWindows(duties, 'pledge_sign', '2026-12-01', parties('zhaomin', ['wanglei']))).toHaveLength(1);
    expect(outsideWindows(duties, 'pledge_sign', '2026-12-01', parties('zhangwei', ['zhaomin']))).toHaveLength(1);
    expect(outsideWindows(duties, 'pledge_sign', '2026-12-01', parties('fengxue', ['zhaolei']))).toEqual([]);
  });
});

describe('lateShare: how much of a capped figure rests on 补录 records', () => {
  it.each([
    { records: 1, late: 1, cap: 1, share: 1 },
    { records: 3, late: 3, cap: 1, share: 1 },
    { records: 3, late: 2, cap: 1, share: 0 },
    { records: 2, late: 1, cap: 3, share: 1 },
    { records: 0, late: 0, cap: 1, share: 0 },
  ])('$records records, $late 补录, cap $cap → $share', ({ records, late, cap, share }) => {
    expect(lateShare(records, late, cap)).toBe(share);
  });
});

function checks(days: string[], reportedOn: string): Activity[] {
  return days.map((date) => demo({ type: 'inspect_style', date, actor: 'huangzhigang', reportedOn }));
}

describe('a figure and its 其中补录 count the same unit', () => {
  it('黄志刚’s four late checks in two months: 2（其中补录2）, not 2（其中补录4）', () => {
    const acts = checks(['2026-10-20', '2026-11-12', '2026-11-26', '2026-11-27'], '2026-12-01');
    const line = computeCompletion({ directory, duties, activities: acts, view: Q4, now: NOW }).lines.find(
      (l) => l.dutyId === 'style-inspection' && l.responsibleId === 'huangzhigang',
    )!;
    expect(countWithLate(line.done, line.lateCount)).toBe('2（其中补录2）');
    // One November check reported on time: November is done without the 补录, October is not.
    const onTime = demo({ type: 'inspect_style', date: '2026-11-05', actor: 'huangzhigang', reportedOn: '2026-11-06' });
    const mixed = computeCompletion({ directory, duties, activities: [...acts, onTime], view: Q4, now: NOW }).lines.find(
      (l) => l.dutyId === 'style-inspection' && l.responsibleId === 'huangzhigang',
    )!;
    expect(countWithLate(mixed.done, mixed.lateCount)).toBe('2（其中补录1）');
  });

  it('a plain count in its own period counts records on both sides: 3（其中补录2）', () => {
    const H1 = periodOf('halfyear', '2026-03-01');
    const meetings = ['2026-02-10', '2026-04-10', '2026-06-10'].map((date, i) =>
      demo({ type: 'meeting_special', date, actor: 'zhangwei', title: `专题会${i}`, reportedOn: i === 0 ? date : '2026-11-02' }),
    );
    const line = computeCompletion({ directory, duties, activities: meetings, view: H1, now: NOW }).lines.find((l) => l.dutyId === 'special-meeting')!;
    expect(countWithLate(line.done, line.lateCount)).toBe('3（其中补录2）');
  });
});

describe('the 责任书 of 3月10日 reported in December: the same 补录 on the card, the 台账 rows, 汇总, 说明 and the draft', () => {
  const pledges = [
    demo({ type: 'pledge_sign', date: '2026-03-10', actor: 'wangjianguo', with: ['liming'], reportedOn: '2026-12-01' }),
    demo({ type: 'pledge_sign', date: '2026-03-10', actor: 'wangjianguo', with: ['sunli'], reportedOn: '2026-12-01' }),
    demo({ type: 'pledge_sign', date: '2026-03-10', actor: 'zhangwei', with: ['wangjianguo'], reportedOn: '2026-12-01' }),
    demo({ type: 'pledge_sign', date: '2026-12-01', actor: 'zhaomin', with: ['wanglei'], reportedOn: '2026-12-01' }),
    demo({ type: 'pledge_sign', date: '2026-12-01', actor: 'zhaomin', with: ['heping'], reportedOn: '2026-12-01' }),
  ];
  const exp = buildLedgerExport({ directory, duties, activities: pledges, period: Y, now: NOW, viewer: { kind: 'operator' } });
  const lines = computeCompletion({ directory, duties, activities: pledges, view: Y, now: NOW }).lines.filter((l) => l.dutyId === 'pledge-sign');

  it('counts 3（其中补录3）, marks exactly those three rows, and sums the same in 汇总', () => {
    expect(lines.reduce((n, l) => n + l.done, 0)).toBe(3);
    expect(lines.reduce((n, l) => n + l.lateCount, 0)).toBe(3);
    expect(exp.rows.filter((r) => r.late).map((r) => r.date)).toEqual(['2026-03-10', '2026-03-10', '2026-03-10']);
    expect(exp.summary.filter((r) => r.dutyId === 'pledge-sign').reduce((n, r) => n + r.lateCount, 0)).toBe(3);
  });

  it('keeps 赵敏’s December signing out of the duty: still 尚缺 王磊、何平', () => {
    const zhaomin = lines.find((l) => l.responsibleId === 'zhaomin')!;
    expect([zhaomin.done, zhaomin.status, zhaomin.missing.map((u) => u.name)]).toEqual([0, 'overdue', ['王磊', '何平']]);
  });

  it('the draft calls only the March signings 年初 and tells the December ones apart', () => {
    const account = buildYearEndAccount({ directory, duties, activities: pledges, period: Y, now: NOW, viewer: { kind: 'operator' }, subject: { kind: 'organization' } });
    const text = account.paragraphs.join('');
    expect(text).toContain('年初，党组主要负责人与分管领导、分管领导与各科室负责人签订《党风廉政建设责任书》3份〔1〕（3月10日）');
    expect(text).toContain('另于12月1日签订责任书2份〔2〕，已过规定的签订期限，不计入年初签订要求。');
    expect(text).not.toMatch(/年初[^。]*12月1日/);
    const signed = account.figures.find((f) => f.key === 'pledge_sign')!;
    expect(signed.rows.every((r) => r.late)).toBe(true);
  });
});
