// Two or three fields changed in one answer to a waiting card or question (issue 10 part C, kind 2).
import { describe, expect, it } from 'vitest';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import type { CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import { cardCorrections, severalChanges } from '../../../src/domain/report/cardCorrections.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

/** Monday 2026-11-30 (the corpus's NOW). */
const ctx: CardCorrectionContext = {
  today: '2026-11-30',
  personId: (w) => fixtureDirectory.org.people.find((p) => p.name === w.replace(/同志$/, ''))?.id,
  personName: (id) => fixtureDirectory.person(id)?.name ?? id,
};
const item = (type: ActivityTypeCode, date: string, counterpartIds: string[] = [], attendees?: number): PendingItem => ({
  draft: { type, date, counterpartIds, late: false, ...(attendees !== undefined ? { attendees } : {}) },
  problems: [],
});
const talk = [item('talk_integrity', '2026-11-29', ['liming'])];
const film = [item('edu_warning', '2026-11-17', [], 10)];
const two = [item('talk_integrity', '2026-11-18', ['liming']), item('edu_warning', '2026-11-17', [], 10)];
const shape = (r: ReturnType<typeof cardCorrections>) =>
  r?.kind === 'changed' ? r.items.map((i) => [i.draft.type, i.draft.date, i.draft.counterpartIds.join(), i.draft.attendees ?? '']) : r?.kind;

describe('cardCorrections', () => {
  it.each([
    ['日期改成11月20日，对象是孙丽', talk, [['talk_integrity', '2026-11-20', 'sunli', '']]],
    ['不是昨天是前天，而且是谈心谈话', talk, [['talk_heart', '2026-11-28', 'liming', '']]],
    ['不是昨天，是前天，并且是谈心谈话。', talk, [['talk_heart', '2026-11-28', 'liming', '']]],
    ['不对，是谈心谈话，对象是孙丽', talk, [['talk_heart', '2026-11-29', 'sunli', '']]],
    ['改成11月18日，参加12人', film, [['edu_warning', '2026-11-18', '', 12]]],
    ['好的，改成11月18日 参加12人', film, [['edu_warning', '2026-11-18', '', 12]]],
    ['第2条日期改成11月18日，参加12人', two, [['talk_integrity', '2026-11-18', 'liming', ''], ['edu_warning', '2026-11-18', '', 12]]],
    ['第1条对象是孙丽，日期是11月20日', two, [['talk_integrity', '2026-11-20', 'sunli', ''], ['edu_warning', '2026-11-17', '', 10]]],
    // One field alone, as before (and 对象是… now read too).
    ['日期改成11月20日', talk, [['talk_integrity', '2026-11-20', 'liming', '']]],
    ['对象是孙丽', talk, [['talk_integrity', '2026-11-29', 'sunli', '']]],
  ])('「%s」', (text, items, want) => {
    expect(shape(cardCorrections(text, items, ctx))).toEqual(want);
  });

  it.each([
    ['日期改成11月20日，对象是张三', talk, 'unfit'],
    ['第5条日期改成11月18日，参加12人', two, undefined],
    ['不是前天是昨天，而且是谈心谈话', talk, 'unfit'],
  ])('「%s」 changes nothing (%s)', (text, items, kind) => {
    expect(shape(cardCorrections(text, items, ctx))).toBe(kind);
  });

  // Near-misses: an answer with a detail beside it, or words that are no change, are not read as several changes.
  it.each([['孙丽，昨天'], ['昨天，孙丽也在'], ['日期改成11月20日，谢谢'], ['确认'], ['第2条不要，其余确认'], ['11月20日']])('「%s」 is no several-field change', (text) => {
    expect(severalChanges(text, talk, ctx)).toBeUndefined();
  });
});
