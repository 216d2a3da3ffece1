// Round 59, fca (t61a F2): 「责任书刚才已经记过了，不用再记」 names the waiting items of one kind, the others left.
import { describe, expect, it } from 'vitest';
import type { ReportDraft } from '../../../src/domain/report/draft.js';
import { alreadyKeptItems } from '../../../src/domain/report/alreadyKeptKind.js';

const TODAY = '2026-11-30';
const NAMES: Record<string, string> = { zhoutao: '周涛', wujing: '吴静' };
const nameOf = (id: string) => NAMES[id];
const draft = (d: Partial<ReportDraft>): { draft: ReportDraft } => ({ draft: { date: '2026-11-28', counterpartIds: [], late: false, ...d } as ReportDraft });
const ITEMS = [draft({ type: 'pledge_sign', counterpartIds: ['zhoutao'] }), draft({ type: 'pledge_sign', counterpartIds: ['wujing'] }), draft({ counterpartIds: ['zhoutao', 'wujing'] })];

describe('alreadyKeptItems', () => {
  it.each([
    ['责任书刚才已经记过了，不用再记'],
    ['责任书已经记过了'],
    ['签责任书的之前已经报过了，这次不用重复记'],
    ['承诺书那两条已经记了'],
    ['责任书刚才已经记过了 不用再记了'],
    ['责任书刚刚已经报过了，不用再报了。'],
  ])('「%s」 → the two signings', (text) => {
    expect(alreadyKeptItems(text, ITEMS, nameOf, TODAY)).toEqual([0, 1]);
  });

  it('a talk of a named kind among signings: only that talk', () => {
    const items = [ITEMS[0]!, draft({ type: 'talk_integrity', counterpartIds: ['zhoutao'] })];
    expect(alreadyKeptItems('廉政谈话已经记过了，不用再记', items, nameOf, TODAY)).toEqual([1]);
  });

  it.each([
    ['责任书不用记'], // no 已经记过: namedItemDrop's words
    ['好的'],
    ['廉政谈话'], // an answer
    ['周涛和吴静都已经记过了'], // every item: that is 取消
    ['警示教育已经记过了，不用再记'], // names nothing waiting
    ['责任书已经记过了，改成谈心谈话'], // more than not again
  ])('「%s」 → undefined', (text) => {
    expect(alreadyKeptItems(text, ITEMS, nameOf, TODAY)).toBeUndefined();
  });
});
