// A record's title set or taken off by text while a 确认 card waits (round 34a, A24: 「第3条题目删掉」 not understood).
import { describe, expect, it } from 'vitest';
import { cardCorrection, type CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

const ctx: CardCorrectionContext = {
  today: '2026-11-30',
  personId: (w) => fixtureDirectory.org.people.find((p) => p.name === w.replace(/同志$/, ''))?.id,
  personName: (id) => fixtureDirectory.person(id)?.name ?? id,
};
const item = (type: ActivityTypeCode, date: string, title?: string, ...counterpartIds: string[]): PendingItem => ({
  draft: { type, date, counterpartIds, late: false, ...(title !== undefined ? { title } : {}) },
  problems: [],
});
/** The card of A24: a talk, a signing, and a study titled with its field label. */
const card = [item('talk_integrity', '2026-11-25', undefined, 'wanggang'), item('pledge_sign', '2026-11-25', undefined, 'wanggang'), item('edu_warning', '2026-11-27', '内容为违反中央八项规定精神')];
const titles = (r: ReturnType<typeof cardCorrection>) => (r?.kind === 'changed' ? r.items.map((i) => i.draft.title ?? '') : r?.kind);

describe('a card title edited by text', () => {
  it.each([
    ['修改：第3条题目改为八项规定精神典型问题通报', ['', '', '八项规定精神典型问题通报']],
    ['第3条题目应该是《违反中央八项规定精神典型问题通报》', ['', '', '违反中央八项规定精神典型问题通报']],
    ['第三条标题不对，是廉洁自律准则', ['', '', '廉洁自律准则']],
    ['修改：第3条题目删掉', ['', '', '']],
    ['第3条没有题目，学习的是典型问题通报', ['', '', '']],
    ['修改：题目删掉', ['', '', '']],
  ] as const)('「%s」', (text, expected) => {
    const got = cardCorrection(text, card, ctx);
    expect(titles(got)).toEqual(expected);
    // Nothing else on the card moves: types and days stay.
    if (got?.kind === 'changed') expect(got.items.map((i) => [i.draft.type, i.draft.date])).toEqual(card.map((i) => [i.draft.type, i.draft.date]));
  });

  it('a title for a talk is said to fit nothing, the card unchanged', () => {
    expect(titles(cardCorrection('第1条题目改为廉洁从业', card, ctx))).toBe('unfit');
    expect(titles(cardCorrection('第1条没有题目', card, ctx))).toBe('unfit');
  });

  it('two titled records and no number: which one is asked', () => {
    const two = [item('edu_integrity', '2026-11-20', '廉洁自律准则'), item('edu_warning', '2026-11-20', '围猎')];
    expect(titles(cardCorrection('修改：题目删掉', two, ctx))).toBe('which');
  });

  it('near-misses keep their reading: a day by number, a title in 《》 after 不对', () => {
    const got = cardCorrection('第3条是11月26日', card, ctx);
    expect(got?.kind === 'changed' ? got.items[2]!.draft.date : got?.kind).toBe('2026-11-26');
    expect(titles(cardCorrection('不对，题目是《廉洁自律准则》', [item('edu_integrity', '2026-11-20', '内容:廉洁自律准则')], ctx))).toEqual(['廉洁自律准则']);
  });
});
