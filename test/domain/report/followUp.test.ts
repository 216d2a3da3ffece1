import { describe, expect, it } from 'vitest';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { problemsOf } from '../../../src/domain/report/problemsOf.js';
import { contextFor } from '../../support/fixtureOrg.js';

const talk = (extra: Partial<PendingItem['draft']> = {}): PendingItem['draft'] => ({
  type: 'talk_integrity',
  counterpartIds: [],
  late: false,
  ...extra,
});

describe('answerFollowUp', () => {
  const ctx = contextFor('liqiang');

  it('fills a missing day from 昨天, then asks for the counterpart still missing', () => {
    const items: PendingItem[] = [{ draft: talk(), problems: [{ code: 'missing_date' }, { code: 'missing_counterpart' }] }];
    const r = answerFollowUp(items, '昨天', ctx);
    expect(r).toMatchObject({ ok: true, items: [{ draft: { date: '2026-11-21' }, problems: [{ code: 'missing_counterpart' }] }] });
  });

  it('a day before this quarter is a late entry', () => {
    const items: PendingItem[] = [{ draft: { counterpartIds: [], late: false, type: 'edu_warning' }, problems: [{ code: 'missing_date' }] }];
    const r = answerFollowUp(items, '9月3日', ctx);
    expect(r).toMatchObject({ ok: true, items: [{ draft: { date: '2026-09-03', late: true }, problems: [] }] });
  });

  it('a future day stays a problem', () => {
    const items: PendingItem[] = [{ draft: { counterpartIds: [], late: false, type: 'edu_warning' }, problems: [{ code: 'missing_date' }] }];
    const r = answerFollowUp(items, '2026-12-05', ctx);
    expect(r).toMatchObject({ ok: true, items: [{ problems: [{ code: 'future_date', date: '2026-12-05' }] }] });
  });

  it('several counterparts in the answer become one item each', () => {
    const items: PendingItem[] = [{ draft: talk({ date: '2026-11-20' }), problems: [{ code: 'missing_counterpart' }] }];
    const r = answerFollowUp(items, '李明、孙丽', ctx);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.items.map((i) => [i.draft.counterpartIds, i.draft.departmentId, i.problems.length])).toEqual([[['liming'], 'office', 0], [['sunli'], 'liaison', 0]]);
  });

  it('an answer that does not fit the question is refused, the items unchanged', () => {
    const items: PendingItem[] = [{ draft: talk({ date: '2026-11-20' }), problems: [{ code: 'missing_counterpart' }] }];
    expect(answerFollowUp(items, '嗯嗯', ctx)).toEqual({ ok: false });
    expect(answerFollowUp([{ draft: talk(), problems: [{ code: 'missing_date' }] }], '好的', ctx)).toEqual({ ok: false });
  });

  it('fills a missing kind; a talk kind then needs a counterpart', () => {
    const items: PendingItem[] = [{ draft: { counterpartIds: [], late: false, date: '2026-11-20' }, problems: [{ code: 'missing_type' }] }];
    const r = answerFollowUp(items, '谈心谈话', ctx);
    expect(r).toMatchObject({ ok: true, items: [{ draft: { type: 'talk_heart' }, problems: [{ code: 'missing_counterpart' }] }] });
  });

  it('problemsOf agrees with the parser’s rules', () => {
    expect(problemsOf(talk({ date: '2026-11-22', counterpartIds: ['x'] }), '2026-11-22')).toEqual([]);
    expect(problemsOf({ counterpartIds: [], late: false }, '2026-11-22').map((p) => p.code)).toEqual(['missing_type', 'missing_date']);
  });
});
