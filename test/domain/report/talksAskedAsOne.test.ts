// 「是哪一类谈话？」 asked once of every untyped talk of a message, and its answer: one kind for all, or one per person (n25).
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { talksAskedAsOne } from '../../../src/domain/report/typedTogether.js';
import { contextFor } from '../../support/fixtureOrg.js';

const ctx = contextFor('zhoujie');
const untyped = (ids: string[], date?: string, extra: Partial<PendingItem['draft']> = {}): PendingItem => ({
  draft: { ...(date ? { date } : {}), counterpartIds: ids, late: false, ...extra },
  problems: [{ code: 'missing_type' }, ...(date ? [] : [{ code: 'missing_date' as const }])],
});
const signed = (id: string): PendingItem => ({ draft: { type: 'pledge_sign', counterpartIds: [id], late: false }, problems: [{ code: 'missing_date' }] });
const table = [untyped(['huanglei'], '2026-11-02'), untyped(['wufang'], '2026-11-03'), untyped(['huanglei'], '2026-11-04')];
const rows = (items: PendingItem[]) => items.map((i) => [i.draft.type, i.draft.date, i.draft.counterpartIds.join(), i.problems.map((p) => p.code).join()]);

describe('talksAskedAsOne', () => {
  it.each<[string, PendingItem[], number[] | undefined]>([
    ['a clerk\'s table of three untyped talks', table, [0, 1, 2]],
    ['one talk with two people (分别和王强、李娟谈了话)', [untyped(['huanglei', 'wufang'], '2026-11-30')], [0]],
    ['the untyped talk beside signings waiting for their day', [untyped(['huanglei', 'wufang']), signed('huanglei'), signed('wufang')], [0]],
    ['one talk with one person: asked as any item (near miss)', [untyped(['huanglei'], '2026-11-30')], undefined],
    ['a study with a title is no talk (near miss)', [untyped(['huanglei'], '2026-11-02', { title: '准则' }), untyped(['wufang'], '2026-11-03')], undefined],
    ['another doer\'s talk is asked apart (near miss)', [untyped(['huanglei'], '2026-11-02'), untyped(['wufang'], '2026-11-03', { actorId: 'liuyang' })], undefined],
  ])('%s', (_name, items, expected) => {
    expect(talksAskedAsOne(items, 0)).toEqual(expected);
  });
});

describe('answerFollowUp to the question asked once', () => {
  it.each([['谈心谈话'], ['谈心'], ['都是谈心谈话'], ['三次都是谈心谈话']])('「%s」 types all three talks', (answer) => {
    const r = answerFollowUp(table, answer, ctx);
    expect(r.ok && rows(r.items)).toEqual([
      ['talk_heart', '2026-11-02', 'huanglei', ''],
      ['talk_heart', '2026-11-03', 'wufang', ''],
      ['talk_heart', '2026-11-04', 'huanglei', ''],
    ]);
  });

  // 「吴芳是谈心；黄磊是廉政」 (round 60, the merge; t63b B2): a talk's first word alone is its kind per person too, as a bare 「廉政」 is.
  it.each([['和黄磊是廉政谈话，和吴芳是谈心谈话'], ['黄磊廉政谈话，吴芳谈心谈话'], ['吴芳是谈心谈话；黄磊是廉政谈话'], ['吴芳谈心谈话，黄磊廉政谈话'], ['吴芳是谈心；黄磊是廉政'], ['黄磊是廉政 吴芳是谈心']])('「%s」 types each person\'s talks by what was said for them', (answer) => {
    const r = answerFollowUp(table, answer, ctx);
    expect(r.ok && rows(r.items)).toEqual([
      ['talk_integrity', '2026-11-02', 'huanglei', ''],
      ['talk_heart', '2026-11-03', 'wufang', ''],
      ['talk_integrity', '2026-11-04', 'huanglei', ''],
    ]);
  });

  it('one talk with two people, 「廉政谈话」: one record per person, both typed', () => {
    const r = answerFollowUp([untyped(['huanglei', 'wufang'], '2026-11-20')], '廉政谈话', ctx);
    expect(r.ok && rows(r.items)).toEqual([
      ['talk_integrity', '2026-11-20', 'huanglei', ''],
      ['talk_integrity', '2026-11-20', 'wufang', ''],
    ]);
  });

  it('「和黄磊、吴芳都是廉政谈话」 names them all with one kind: all typed', () => {
    const r = answerFollowUp(table, '和黄磊、吴芳都是廉政谈话', ctx);
    expect(r.ok && rows(r.items).map((row) => row[0])).toEqual(['talk_integrity', 'talk_integrity', 'talk_integrity']);
  });

  it.each([['和黄磊是廉政谈话'], ['黄磊廉政谈话，黄磊谈心谈话'], ['好的'], ['和黄磊是廉政谈话，吴芳的不记得了'], ['吴芳是谈心；黄磊的还没定']])('「%s」 leaves someone without a kind, or names none: no answer, the question stays open', (answer) => {
    // A kind said for 黄磊 alone must not type 吴芳's talk too: no answer rather than a guess.
    expect(answerFollowUp(table, answer, ctx)).toEqual({ ok: false });
  });

  it('the signings beside the talk keep waiting for their day', () => {
    const r = answerFollowUp([untyped(['huanglei', 'wufang']), signed('huanglei'), signed('wufang')], '谈心谈话', ctx);
    expect(r.ok && rows(r.items)).toEqual([
      ['talk_heart', undefined, 'huanglei', 'missing_date'],
      ['talk_heart', undefined, 'wufang', 'missing_date'],
      ['pledge_sign', undefined, 'huanglei', 'missing_date'],
      ['pledge_sign', undefined, 'wufang', 'missing_date'],
    ]);
  });
});
