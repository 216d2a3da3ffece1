// Round 67, ggc (issue 10): 孙科长今天和王强签了，我也签了 — two signings said with 签了 alone are asked their kind once, and one
// answer types both; a two-column 日期⇥签订对象 table's rows are the sender's, said on the card.
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { talksAskedAsOne } from '../../../src/domain/report/typedTogether.js';
import { withNoDoerColumnNoted } from '../../../src/domain/report/noDoerColumn.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';
import { contextFor } from '../../support/fixtureOrg.js';

const ctx = contextFor('zhoujie');
const signing = (id: string, actorId?: string): PendingItem => ({
  draft: { date: '2026-11-30', counterpartIds: [id], late: false, ...(actorId ? { actorId } : {}) },
  problems: [{ code: 'missing_type', among: ['pledge_sign'] }],
});
const talk = (id: string): PendingItem => ({ draft: { date: '2026-11-30', counterpartIds: [id], late: false }, problems: [{ code: 'missing_type' }] });

describe('talksAskedAsOne over signings said with 签了 alone', () => {
  it.each<[string, PendingItem[], number[] | undefined]>([
    ['two signings of one doer', [signing('huanglei', 'liuyang'), signing('wufang', 'liuyang')], [0, 1]],
    ['one signing alone: asked as any item (near miss)', [signing('huanglei', 'liuyang')], undefined],
    ['another doer\'s signing is asked apart (near miss)', [signing('huanglei', 'liuyang'), signing('wufang')], undefined],
    ['an untyped talk beside a signing is asked apart (near miss)', [talk('huanglei'), signing('wufang')], undefined],
  ])('%s', (_name, items, expected) => {
    expect(talksAskedAsOne(items, 0)).toEqual(expected);
  });

  it.each([['签订责任书'], ['是的 签订责任书'], ['签订责任书/承诺书']])('「%s」 types both signings', (answer) => {
    const r = answerFollowUp([signing('huanglei', 'liuyang'), signing('wufang', 'liuyang')], answer, ctx);
    expect(r.ok && r.items.map((i) => [i.draft.type, i.draft.actorId, i.draft.counterpartIds.join()])).toEqual([
      ['pledge_sign', 'liuyang', 'huanglei'],
      ['pledge_sign', 'liuyang', 'wufang'],
    ]);
  });
});

describe('withNoDoerColumnNoted', () => {
  const own = (id: string, actorId?: string): ParsedReport => ({ draft: { type: 'pledge_sign', date: '2026-11-04', counterpartIds: [id], late: false, ...(actorId ? { actorId } : {}) }, problems: [], remarks: [] });

  it('a 日期⇥签订对象 table: the sender\'s records on a card, said once', () => {
    const got = withNoDoerColumnNoted([own('huanglei'), own('wufang')], '日期\t签订对象\n11月4日\t黄磊\n11月4日\t吴芳')!;
    expect(got.map((r) => r.reasons)).toEqual([['blank_doer'], ['blank_doer']]);
    expect(got.flatMap((r) => r.remarks)).toEqual(['表格里没有签订人一栏，按您本人签订记录；如不是您，请点「修改」改活动人']);
  });

  it.each([['日期\t领导\t签订对象\n11月4日\t刘洋\t黄磊'], ['日期\t对象\n11月4日\t黄磊'], ['11月4日与黄磊签订了责任书']])('near miss 「%s」: left as read', (text) => {
    const read = [own('huanglei')];
    expect(withNoDoerColumnNoted(read, text)).toBe(read);
  });

  it('a record of someone else\'s (a superior turned round) keeps its reasons', () => {
    const got = withNoDoerColumnNoted([own('huanglei', 'liuyang')], '日期\t签订对象\n11月4日\t黄磊')!;
    expect(got[0]!.reasons).toBeUndefined();
  });
});
