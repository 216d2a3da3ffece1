// Completion: which lines exist, statuses by pace, and period boundaries at Shanghai midnight (machine zone elsewhere).
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/domain/activity.js';
import { computeCompletion, statusName } from '../../../src/domain/completion/computeCompletion.js';
import { act, at, completionOf, DEFAULT_DUTIES, lineOf, smallDirectory, viewOf } from '../../support/completionFixtures.js';

describe('completion lines', () => {
  it('runs far from Shanghai, so zone mistakes would show', () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(-480);
  });

  it('makes one line per enabled duty and responsible person', () => {
    const report = completionOf([], viewOf('2026-05-01'), at('2026-05-15 10:00'));
    const perDuty = Object.fromEntries(DEFAULT_DUTIES.map((d) => [d.id, report.lines.filter((l) => l.dutyId === d.id).length]));
    expect(perDuty).toEqual({
      'special-meeting': 1, 'secretary-meetings': 1, education: 1, 'warning-education': 1, 'integrity-lecture': 1,
      'talk-secretary-leaders': 1, 'talk-leader-heads': 3, 'heart-talks': 3, analysis: 1, 'dept-meeting': 3,
      'funds-check': 1, 'style-inspection': 1, 'self-review': 6, 'duty-report': 8, 'pledge-sign': 4,
      'pledge-check': 1, 'unit-report': 6, 'info-report': 6, 'research-report': 6,
    });
    expect(report.headline.total).toBe(55);
    expect(report.asOf.toISOString()).toBe('2026-05-15T02:00:00.000Z');
  });

  it('has the secretary answer for party_group duties', () => {
    const report = completionOf([], viewOf('2026-05-01'), at('2026-05-15 10:00'));
    expect(lineOf(report, 'special-meeting', 'sec').responsibleName).toBe('张国华');
  });

  it('skips disabled duties', () => {
    const duties = DEFAULT_DUTIES.map((d) => (d.id === 'education' ? { ...d, enabled: false } : d));
    const report = computeCompletion({
      directory: smallDirectory(), duties, activities: [], view: viewOf('2026-05-01'), now: at('2026-05-15 10:00'),
    });
    expect(report.lines.some((l) => l.dutyId === 'education')).toBe(false);
  });

  it('shows the duty period containing the view, and what was done in the view itself', () => {
    const acts = [
      act({ type: 'edu_integrity', date: '2026-01-10', actorId: 'sec' }),
      // A 班子成员's 警示教育: a member's own would be the 科室's, not the 党组's (t48b O1, partyLevel.test.ts).
      act({ type: 'edu_warning', date: '2026-03-05', actorId: 'l2' }),
      act({ type: 'edu_lecture', date: '2026-04-20', actorId: 'sec' }),
    ];
    const line = lineOf(completionOf(acts, viewOf('2026-05-01'), at('2026-05-15 10:00')), 'education', 'sec');
    expect(line.period).toMatchObject({ start: '2026-01-01', end: '2026-12-31', label: '2026年' });
    expect([line.required, line.done, line.doneInView, line.expectedByNow]).toEqual([4, 3, 1, 1]);
    expect(line.status).toBe('in_progress');
    expect(line.activityIds).toEqual(acts.map((a) => a.id));
  });
});

describe('status by even pace', () => {
  const edu = (dates: string[]) => dates.map((date) => act({ type: 'edu_integrity', date, actorId: 'sec' }));
  // education: 4 a year. Expected = floor(4 × elapsed share of the year).
  it.each([
    { dates: [], now: '2026-02-01 09:00', view: '2026-02-01', expected: 0, status: 'in_progress' },
    { dates: [], now: '2026-05-01 09:00', view: '2026-05-01', expected: 1, status: 'behind' },
    { dates: ['2026-01-10'], now: '2026-05-01 09:00', view: '2026-05-01', expected: 1, status: 'in_progress' },
    { dates: ['2026-01-10'], now: '2026-09-01 09:00', view: '2026-09-01', expected: 2, status: 'behind' },
    { dates: ['2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10'], now: '2026-05-01 09:00', view: '2026-05-01', expected: 1, status: 'done' },
    { dates: ['2026-01-10', '2026-02-10', '2026-03-10'], now: '2026-12-31 23:59:59', view: '2026-12-01', expected: 3, status: 'in_progress' },
    { dates: ['2026-01-10', '2026-02-10', '2026-03-10'], now: '2027-01-01 00:00:00', view: '2026-12-01', expected: 4, status: 'overdue' },
    { dates: ['2026-01-10', '2026-02-10', '2026-03-10', '2026-12-31'], now: '2027-01-01 00:00:00', view: '2026-12-01', expected: 4, status: 'done' },
  ])('$dates.length done at $now → $status', ({ dates, now, view, expected, status }) => {
    const line = lineOf(completionOf(edu(dates), viewOf(view), at(now)), 'education', 'sec');
    expect(line.expectedByNow).toBe(expected);
    expect(line.status).toBe(status);
  });

  it('names statuses in Chinese', () => {
    expect(['done', 'in_progress', 'behind', 'overdue'].map((s) => statusName(s as never))).toEqual(['完成', '进行中', '滞后', '逾期']);
  });

  it('counts statuses in the headline', () => {
    const report = completionOf(edu(['2026-01-10']), viewOf('2026-05-01'), at('2026-05-15 10:00'));
    const { total, done, inProgress, behind, overdue } = report.headline;
    expect(done + inProgress + behind + overdue).toBe(total);
    expect(lineOf(report, 'education', 'sec').status).toBe('in_progress');
  });
});

describe('boundaries at Shanghai midnight', () => {
  // 2026-03-31T16:00:00Z is midnight in Shanghai: Q1 and the 责任书 window end there.
  const signed: Activity[] = [
    act({ type: 'pledge_sign', date: '2026-02-10', actorId: 'sec', counterpartIds: ['l1'] }),
    act({ type: 'pledge_sign', date: '2026-03-31', actorId: 'l2', counterpartIds: ['sec'] }),
    act({ type: 'pledge_sign', date: '2026-04-01', actorId: 'sec', counterpartIds: ['l3'] }),
  ];
  it.each([
    { now: '2026-03-31T15:59:59Z', status: 'in_progress' },
    { now: '2026-03-31T16:00:00Z', status: 'overdue' },
  ])('责任书 window at $now → $status', ({ now, status }) => {
    const line = lineOf(completionOf(signed, viewOf('2026-03-01'), new Date(now)), 'pledge-sign', 'sec');
    expect(line.window).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
    expect(line.period).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect([line.required, line.done]).toEqual([3, 2]);
    expect(line.missing.map((u) => u.name)).toEqual(['赵敏']);
    expect(line.status).toBe(status);
  });

  it('ignores signing after the window, even viewed from Q2', () => {
    const line = lineOf(completionOf(signed, viewOf('2026-04-01'), at('2026-04-02 09:00')), 'pledge-sign', 'sec');
    expect(line.activityIds).not.toContain(signed[2]?.id);
    expect(line.doneInView).toBe(0);
  });

  it.each([
    { date: '2026-03-31', quarter: '2026-03-01', month: 2 },
    { date: '2026-04-01', quarter: '2026-04-01', month: 0 },
  ])('a monthly check on $date lands in its own month', ({ date, quarter, month }) => {
    const acts = [act({ type: 'inspect_style', date, actorId: 'insp' })];
    const line = lineOf(completionOf(acts, viewOf(quarter), at('2026-06-30 12:00')), 'style-inspection', 'insp');
    expect(line.parts.map((p) => p.done)).toEqual([0, 1, 2].map((i) => (i === month ? 1 : 0)));
  });

  it.each([
    { now: '2026-06-30T15:59:59Z', view: '2026-06-01', status: 'in_progress', start: '2026-01-01' },
    { now: '2026-06-30T16:00:00Z', view: '2026-06-01', status: 'overdue', start: '2026-01-01' },
    { now: '2026-06-30T16:00:00Z', view: '2026-07-01', status: 'in_progress', start: '2026-07-01' },
  ])('half-year talks at $now, viewing $view → $status', ({ now, view, status, start }) => {
    const acts = [
      act({ type: 'talk_integrity', date: '2026-06-30', actorId: 'l1', counterpartIds: ['h1'] }),
      act({ type: 'talk_integrity', date: '2026-07-01', actorId: 'l1', counterpartIds: ['h2'] }),
    ];
    const line = lineOf(completionOf(acts, viewOf(view), new Date(now)), 'talk-leader-heads', 'l1');
    expect(line.period.start).toBe(start);
    expect([line.required, line.done]).toEqual([2, 1]);
    expect(line.status).toBe(status);
  });

  it('closes the year at Shanghai midnight, not the machine zone', () => {
    const acts = [act({ type: 'report_research', date: '2026-12-31', actorId: 'h1' })];
    const before = completionOf([], viewOf('2026-12-01'), new Date('2026-12-31T15:59:59Z'));
    const after = completionOf([], viewOf('2026-12-01'), new Date('2026-12-31T16:00:00Z'));
    const met = completionOf(acts, viewOf('2026-12-01'), new Date('2026-12-31T16:00:00Z'));
    expect(lineOf(before, 'research-report', 'h1').status).toBe('in_progress');
    expect(lineOf(after, 'research-report', 'h1').status).toBe('overdue');
    expect(lineOf(met, 'research-report', 'h1').status).toBe('done');
  });
});
