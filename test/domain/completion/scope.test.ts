// Completion scopes: a person, a department (its head's lines and its pairs), duties, and combinations.
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../src/domain/completion/types.js';
import { act, at, completionOf, viewOf } from '../../support/completionFixtures.js';

const Q2 = viewOf('2026-05-01');
const NOW = at('2026-05-15 10:00');
const talks = [
  act({ type: 'talk_integrity', date: '2026-04-01', actorId: 'l1', counterpartIds: ['h1'] }),
  act({ type: 'talk_heart', date: '2026-04-02', actorId: 'l1', departmentId: 'd-finance' }),
];

function keys(scope: Scope): string[] {
  return completionOf(talks, Q2, NOW, scope).lines.map((l) => `${l.dutyId}/${l.responsibleId}`);
}

describe('scopes', () => {
  it.each<{ scope: Scope; expected: string[] }>([
    {
      scope: { kind: 'person', personId: 'l1' },
      expected: ['talk-leader-heads/l1', 'heart-talks/l1', 'dept-meeting/l1', 'duty-report/l1', 'pledge-sign/l1'],
    },
    {
      scope: { kind: 'department', departmentId: 'd-office' },
      expected: [
        'talk-leader-heads/l1', 'heart-talks/l1', 'self-review/h1', 'duty-report/h1', 'pledge-sign/l1',
        'unit-report/h1', 'info-report/h1', 'research-report/h1',
      ],
    },
    { scope: { kind: 'duty', dutyId: 'talk-leader-heads' }, expected: ['talk-leader-heads/l1', 'talk-leader-heads/l2', 'talk-leader-heads/l3'] },
    {
      scope: { kind: 'duty', dutyId: 'talk-secretary-leaders', dutyIds: ['talk-leader-heads'] },
      expected: ['talk-secretary-leaders/sec', 'talk-leader-heads/l1', 'talk-leader-heads/l2', 'talk-leader-heads/l3'],
    },
    { scope: { kind: 'department', departmentId: 'd-finance', dutyIds: ['heart-talks'] }, expected: ['heart-talks/l1'] },
    { scope: { kind: 'person', personId: 'sec', dutyIds: ['talk-secretary-leaders'] }, expected: ['talk-secretary-leaders/sec'] },
    { scope: { kind: 'person', personId: 'm1' }, expected: [] },
    { scope: { kind: 'department', departmentId: 'nope' }, expected: [] },
  ])('$scope.kind $scope', ({ scope, expected }) => {
    expect(keys(scope)).toEqual(expected);
  });

  it('narrows the supervising leader’s lines to the department’s pairs', () => {
    const report = completionOf(talks, Q2, NOW, { kind: 'department', departmentId: 'd-office' });
    const talk = report.lines.find((l) => l.dutyId === 'talk-leader-heads');
    const heart = report.lines.find((l) => l.dutyId === 'heart-talks');
    expect([talk?.required, talk?.done, talk?.status]).toEqual([1, 1, 'done']);
    expect([heart?.required, heart?.done, heart?.missing.map((u) => u.name)]).toEqual([1, 0, ['办公室']]);
    expect(heart?.activityIds).toEqual([]);
  });

  it('shows a department headed by its own supervisor whole', () => {
    const report = completionOf(talks, Q2, NOW, { kind: 'department', departmentId: 'd-info' });
    expect(report.lines.every((l) => l.responsibleId === 'l3')).toBe(true);
    expect(report.lines.find((l) => l.dutyId === 'heart-talks')?.required).toBe(2);
  });

  it('keeps the headline in step with the scoped lines', () => {
    const report = completionOf(talks, Q2, NOW, { kind: 'person', personId: 'l1' });
    expect(report.headline.total).toBe(report.lines.length);
    expect(report.scope).toEqual({ kind: 'person', personId: 'l1' });
  });
});
