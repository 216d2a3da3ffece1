// The activity index answers exactly like a linear scan: inclusive ranges, merged types, counterparts, no deletions.
import { describe, expect, it } from 'vitest';
import { computeCompletion, indexActivities, linearScanIndex, type ActivityIndex } from '../../../src/domain/completion/computeCompletion.js';
import { countInRange } from '../../../src/domain/completion/activityIndex.js';
import { act, at, dutyById, smallDirectory } from '../../support/completionFixtures.js';

const acts = [
  act({ id: 'b', type: 'talk_integrity', date: '2026-03-31', actorId: 'l1', counterpartIds: ['h1', 'h1'] }),
  act({ id: 'a', type: 'talk_integrity', date: '2026-01-01', actorId: 'h1', counterpartIds: ['l1'] }),
  act({ id: 'c', type: 'edu_warning', date: '2026-02-15', actorId: 'l1' }),
  act({ id: 'd', type: 'talk_integrity', date: '2026-04-01', actorId: 'l1', counterpartIds: ['h2'] }),
  act({ id: 'e', type: 'talk_integrity', date: '2026-02-01', actorId: 'l1', deletedAt: '2026-02-02T00:00:00Z' }),
  act({ id: 'f', type: 'edu_warning', date: '2026-01-01', actorId: 'sec' }),
];
const Q1 = { start: '2026-01-01', end: '2026-03-31' };

function ids(list: readonly { id: string }[]): string[] {
  return list.map((a) => a.id);
}

describe.each<[string, ActivityIndex]>([
  ['indexActivities', indexActivities(acts)],
  ['linearScanIndex', linearScanIndex(acts)],
])('%s', (_, index) => {
  it.each([
    { name: 'by type, both ends inclusive', got: () => index.ofType(['talk_integrity'], Q1), expected: ['a', 'b'] },
    { name: 'several types merged by date', got: () => index.ofType(['talk_integrity', 'edu_warning'], Q1), expected: ['a', 'f', 'c', 'b'] },
    { name: 'by actor', got: () => index.byActor('l1', ['talk_integrity', 'edu_warning'], Q1), expected: ['c', 'b'] },
    { name: 'by participant, once despite a repeated counterpart', got: () => index.byParticipant('h1', ['talk_integrity'], Q1), expected: ['a', 'b'] },
    { name: 'an empty range', got: () => index.ofType(['talk_integrity'], { start: '2026-02-02', end: '2026-03-30' }), expected: [] },
    { name: 'a single day', got: () => index.ofType(['talk_integrity'], { start: '2026-04-01', end: '2026-04-01' }), expected: ['d'] },
    { name: 'an unknown person', got: () => index.byParticipant('zz', ['talk_integrity'], Q1), expected: [] },
  ])('$name', ({ got, expected }) => {
    expect(ids(got())).toEqual(expected);
  });
});

describe('columns', () => {
  const late = [
    act({ id: 'on-time', type: 'edu_warning', date: '2026-03-02', actorId: 'l1', createdAt: '2026-03-02T04:00:00.000Z' }),
    act({ id: 'late', type: 'edu_warning', date: '2026-03-03', actorId: 'l1', createdAt: '2026-04-03T04:00:00+08:00' }),
    act({ id: 'unreadable', type: 'edu_integrity', date: '2026-03-04', actorId: 'l1', createdAt: '上个月' }),
  ];
  const index = indexActivities(late);

  it('gives the ids and report times of a list the index answered, in its order; NaN when unreadable', () => {
    const list = index.ofType(['edu_warning', 'edu_integrity'], Q1);
    expect(ids(list)).toEqual(['on-time', 'late', 'unreadable']);
    const all = index.columns!(list)!;
    expect(all.ids).toEqual(['on-time', 'late', 'unreadable']);
    expect(Array.from(all.reported)).toEqual([Date.parse('2026-03-02T04:00:00.000Z'), Date.parse('2026-04-03T04:00:00+08:00'), NaN]);
    const mine = index.byActor('l1', ['edu_warning'], { start: '2026-03-03', end: '2026-03-31' });
    expect(index.columns!(mine)).toEqual({ ids: ['late'], reported: Float64Array.of(Date.parse('2026-04-03T04:00:00+08:00')) });
    // The ids are the caller's to keep: changing them changes no later answer.
    all.ids.push('x');
    expect(index.columns!(index.ofType(['edu_warning', 'edu_integrity'], Q1))!.ids).toEqual(['on-time', 'late', 'unreadable']);
  });

  it('knows no other list, not even an equal copy', () => {
    const list = index.ofType(['edu_warning'], Q1);
    expect(index.columns!([...list])).toBeUndefined();
  });

  it('counts the same 补录 through the index as through a linear scan', () => {
    const view = { cadence: 'quarter' as const, start: '2026-01-01', end: '2026-03-31', label: '2026年第一季度' };
    const duties = [{ ...dutyById('education'), cadence: 'quarter' as const }];
    const input = { directory: smallDirectory(), duties, now: at('2026-04-20 10:00'), view };
    const fast = computeCompletion({ ...input, activities: index });
    const slow = computeCompletion({ ...input, activities: linearScanIndex(late) });
    expect(fast.lines.flatMap((l) => l.parts.flatMap((p) => p.lateActivityIds))).toEqual(['late']);
    expect(fast).toEqual(slow);
  });
});

it('countInRange counts a date-sorted list with both ends inclusive', () => {
  const list = ['2026-01-01', '2026-01-01', '2026-02-15', '2026-03-31', '2026-04-01'].map((date) => ({ date }));
  expect(countInRange(list, Q1)).toBe(4);
  expect(countInRange(list, { start: '2026-01-02', end: '2026-03-30' })).toBe(1);
  expect(countInRange(list, { start: '2026-04-02', end: '2026-05-01' })).toBe(0);
  expect(countInRange([], Q1)).toBe(0);
});
