// Completion rules: pairwise coverage from either side, departments, multiple roles, 补录, deletions, longer views.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/domain/activity.js';
import { act, at, completionOf, lineOf, viewOf } from '../../support/completionFixtures.js';

const Q2 = viewOf('2026-05-01');
const NOW = at('2026-05-15 10:00');

describe('pairwise talks', () => {
  it.each([
    { what: 'the leader reports it', a: { actorId: 'l1', counterpartIds: ['h1'] }, covered: true },
    { what: 'the head reports it', a: { actorId: 'h1', counterpartIds: ['l1'] }, covered: true },
    { what: 'a third person names both', a: { actorId: 'insp', counterpartIds: ['l1', 'h1'] }, covered: true },
    { what: 'the leader talks to a member of the department', a: { actorId: 'l1', counterpartIds: ['m1'] }, covered: false },
    { what: 'another leader talks to the head', a: { actorId: 'l2', counterpartIds: ['h1'] }, covered: false },
  ])('covers (李明, 陈静) when $what: $covered', ({ a, covered }) => {
    const acts = [act({ type: 'talk_integrity', date: '2026-04-10', ...a })];
    const line = lineOf(completionOf(acts, Q2, NOW), 'talk-leader-heads', 'l1');
    expect(line.done).toBe(covered ? 1 : 0);
    expect(line.missing.map((u) => u.id)).toEqual(covered ? ['h2'] : ['h1', 'h2']);
  });

  it('caps each pair at its minimum and needs min × pairs', () => {
    const acts = [1, 2, 3].map((d) => act({ type: 'talk_integrity', date: `2026-04-0${d}`, actorId: 'sec', counterpartIds: ['l1'] }));
    const line = lineOf(completionOf(acts, Q2, NOW), 'talk-secretary-leaders', 'sec');
    expect([line.required, line.done, line.doneInView]).toEqual([3, 1, 1]);
    expect(line.activityIds).toHaveLength(3);
    expect(line.parts[0]?.units.map((u) => [u.id, u.done])).toEqual([['l1', 1], ['l2', 0], ['l3', 0]]);
  });

  it('lets one talk with two counterparts cover two pairs', () => {
    const acts = [act({ type: 'talk_integrity', date: '2026-04-01', actorId: 'l1', counterpartIds: ['h1', 'h2'] })];
    const line = lineOf(completionOf(acts, Q2, NOW), 'talk-leader-heads', 'l1');
    expect([line.done, line.status]).toEqual([2, 'done']);
  });

  it('does not count a talk of the wrong type', () => {
    const acts = [act({ type: 'talk_heart', date: '2026-04-01', actorId: 'l1', counterpartIds: ['h1'] })];
    expect(lineOf(completionOf(acts, Q2, NOW), 'talk-leader-heads', 'l1').done).toBe(0);
  });
});

describe('per supervised department', () => {
  it.each([
    { what: 'departmentId', a: { actorId: 'l1', departmentId: 'd-office' }, covered: ['d-office'] },
    { what: 'a member as counterpart', a: { actorId: 'l1', counterpartIds: ['m2'] }, covered: ['d-finance'] },
    { what: 'the head reporting with the leader', a: { actorId: 'h1', counterpartIds: ['l1'] }, covered: ['d-office'] },
    { what: 'another leader', a: { actorId: 'l2', departmentId: 'd-office' }, covered: [] },
    { what: 'no department at all', a: { actorId: 'l1' }, covered: [] },
  ])('谈心 via $what covers $covered', ({ a, covered }) => {
    const acts = [act({ type: 'talk_heart', date: '2026-04-10', ...a })];
    const line = lineOf(completionOf(acts, Q2, NOW), 'heart-talks', 'l1');
    const done = line.parts[0]?.units.filter((u) => u.done > 0).map((u) => u.id);
    expect(done).toEqual(covered);
    expect(line.required).toBe(2);
  });
});

describe('a person with two roles (赵敏: leader and head of 信息中心 she supervises)', () => {
  const report = completionOf([], Q2, NOW);
  it('owes talks only to the other head, never to herself', () => {
    expect(lineOf(report, 'talk-leader-heads', 'l3').parts[0]?.units.map((u) => u.id)).toEqual(['h5']);
    expect(lineOf(report, 'pledge-sign', 'l3').required).toBe(1);
  });
  it('owes 谈心 to both departments she supervises', () => {
    expect(lineOf(report, 'heart-talks', 'l3').parts[0]?.units.map((u) => u.id)).toEqual(['d-rights', 'd-info']);
  });
  it('has one 述责述廉 line, and the head duties too', () => {
    expect(report.lines.filter((l) => l.dutyId === 'duty-report' && l.responsibleId === 'l3')).toHaveLength(1);
    expect(lineOf(report, 'self-review', 'l3').required).toBe(1);
  });
});

describe('who counts', () => {
  it('counts anyone for party_group duties, only the person for their own', () => {
    const acts = [act({ type: 'meeting_special', date: '2026-04-10', actorId: 'l1' })];
    const report = completionOf(acts, Q2, NOW);
    expect(lineOf(report, 'special-meeting', 'sec').done).toBe(1);
    expect(lineOf(report, 'secretary-meetings', 'sec').done).toBe(0);
  });

  it('counts plain counts uncapped: the 台账 wants the real number', () => {
    const acts = [1, 2, 3].map((d) => act({ type: 'report_info', date: `2026-04-0${d}`, actorId: 'h1' }));
    const line = lineOf(completionOf(acts, viewOf('2026-04-01', 'month'), NOW), 'info-report', 'h1');
    expect([line.required, line.done, line.status]).toEqual([1, 3, 'done']);
  });
});

describe('补录 and deletions', () => {
  const late = act({ type: 'report_to_party', date: '2026-06-20', actorId: 'h1', late: true, createdAt: '2026-07-03T09:00:00+08:00' });
  const gone = act({ type: 'report_to_party', date: '2026-06-21', actorId: 'h2', deletedAt: '2026-06-22T09:00:00+08:00' });
  it('counts a late entry in the period it happened, and says so', () => {
    const h1 = lineOf(completionOf([late], Q2, at('2026-07-05 10:00')), 'unit-report', 'h1');
    expect([h1.done, h1.lateCount, h1.status]).toEqual([1, 1, 'done']);
    const next = lineOf(completionOf([late], viewOf('2026-07-01'), at('2026-07-05 10:00')), 'unit-report', 'h1');
    expect([next.done, next.lateCount]).toEqual([0, 0]);
  });
  it('never counts a deleted record', () => {
    const h2 = lineOf(completionOf([gone], Q2, at('2026-07-05 10:00')), 'unit-report', 'h2');
    expect([h2.done, h2.status, h2.activityIds]).toEqual([0, 'overdue', []]);
  });
});

describe('views longer than the cadence', () => {
  const infos: Activity[] = ['2026-01-05', '2026-01-20', '2026-03-10', '2026-04-02'].map((date) =>
    act({ type: 'report_info', date, actorId: 'h1' }),
  );
  const line = lineOf(completionOf(infos, viewOf('2026-05-01', 'year'), NOW), 'info-report', 'h1');
  it('sums the months, each counting at most its requirement', () => {
    expect(line.parts).toHaveLength(12);
    expect(line.parts.map((p) => p.done).slice(0, 5)).toEqual([2, 0, 1, 1, 0]);
    expect([line.required, line.done, line.doneInView]).toEqual([12, 3, 3]);
    expect(line.period).toMatchObject({ start: '2026-01-01', end: '2026-12-31', label: '2026年' });
  });
  it('is overdue once any month ended unmet', () => {
    expect(line.status).toBe('overdue');
    expect(line.expectedByNow).toBe(4);
  });
  it('gives a half-year view of a yearly duty its year', () => {
    const research = lineOf(completionOf([], viewOf('2026-05-01', 'halfyear'), NOW), 'research-report', 'h1');
    expect(research.parts).toHaveLength(1);
    expect(research.period.label).toBe('2026年');
  });
  it('splits a year view of a half-year pairwise duty into halves, missing from the begun ones', () => {
    const acts = [act({ type: 'talk_integrity', date: '2026-02-01', actorId: 'l1', counterpartIds: ['h1', 'h2'] })];
    const talks = lineOf(completionOf(acts, viewOf('2026-09-01', 'year'), at('2026-09-01 10:00')), 'talk-leader-heads', 'l1');
    expect(talks.parts.map((p) => [p.period.label, p.done])).toEqual([['2026年上半年', 2], ['2026年下半年', 0]]);
    expect([talks.required, talks.done, talks.status]).toEqual([4, 2, 'in_progress']);
    expect(talks.missing.map((u) => u.id)).toEqual(['h1', 'h2']);
  });
});
