// Round 30g §8 and §11: a correction typed while a 确认 card of several records waits goes to the records it fits —
// 「不对，是谈心谈话」 to the talk, never to the film beside it — or asks which; 「不对，谈话对象是林峰」 and
// 「不对，是12月2日看的片子」 are read as changes of the card, not as a new report or not at all.
import { describe, expect, it } from 'vitest';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import type { CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import { cardCorrections } from '../../../src/domain/report/cardCorrections.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

/** Monday 2026-11-30 (the corpus's NOW). */
const ctx: CardCorrectionContext = {
  today: '2026-11-30',
  personId: (w) => fixtureDirectory.org.people.find((p) => p.name === w.replace(/同志$/, ''))?.id,
  personName: (id) => fixtureDirectory.person(id)?.name ?? id,
};
const item = (type: ActivityTypeCode, date: string, ...counterpartIds: string[]): PendingItem => ({ draft: { type, date, counterpartIds, late: false }, problems: [] });
/** A 警示教育 film on Saturday and a talk with 孙丽 on Sunday, as 郑华's card in round 30g. */
const filmAndTalk = [item('edu_warning', '2026-11-28'), item('talk_integrity', '2026-11-29', 'sunli')];
/** Two talks of one kind on one day (分别与王刚、孙丽廉政谈话). */
const twoTalks = [item('talk_integrity', '2026-11-27', 'wanggang'), item('talk_integrity', '2026-11-27', 'sunli')];
/** A talk and a 谈心谈话 on different days. */
const twoKinds = [item('talk_integrity', '2026-11-26', 'wanggang'), item('talk_heart', '2026-11-27', 'sunli')];
const shape = (r: ReturnType<typeof cardCorrections>) =>
  r?.kind === 'changed' ? r.items.map((i) => [i.draft.type, i.draft.date, i.draft.counterpartIds.join()]) : r?.kind;

describe('a kind said with no record named goes to the records of its family', () => {
  it.each([
    ['不对，是谈心谈话', filmAndTalk, [['edu_warning', '2026-11-28', ''], ['talk_heart', '2026-11-29', 'sunli']]],
    ['错了，应该是谈心谈话', filmAndTalk, [['edu_warning', '2026-11-28', ''], ['talk_heart', '2026-11-29', 'sunli']]],
    ['不对，是廉政教育', filmAndTalk, [['edu_integrity', '2026-11-28', ''], ['talk_integrity', '2026-11-29', 'sunli']]],
    ['类型是谈心谈话', filmAndTalk, [['edu_warning', '2026-11-28', ''], ['talk_heart', '2026-11-29', 'sunli']]],
    // Near-misses: records of one kind change together; a record named takes what is said.
    ['不对，是谈心谈话', twoTalks, [['talk_heart', '2026-11-27', 'wanggang'], ['talk_heart', '2026-11-27', 'sunli']]],
    ['第1条是廉政教育', filmAndTalk, [['edu_integrity', '2026-11-28', ''], ['talk_integrity', '2026-11-29', 'sunli']]],
    ['不对，是廉政教育', [item('edu_warning', '2026-11-28')], [['edu_integrity', '2026-11-28', '']]],
    ['不对，是谈心谈话', twoKinds, [['talk_heart', '2026-11-26', 'wanggang'], ['talk_heart', '2026-11-27', 'sunli']]],
  ] as const)('「%s」', (text, items, expected) => {
    expect(shape(cardCorrections(text, [...items], ctx))).toEqual(expected);
  });

  it('a kind no record of the card can be is asked (which), never put on all', () => {
    expect(shape(cardCorrections('不对，是专题会议', filmAndTalk, ctx))).toBe('which');
  });

  it('a kind every record of its family has already changes nothing, and says so', () => {
    expect(shape(cardCorrections('不对，是廉政谈话', filmAndTalk, ctx))).toBe('unfit');
  });
});

describe('不对 before a labelled field, and a record named by its noun (片子 · 谈话 · 会)', () => {
  it.each([
    ['不对，谈话对象是林峰', filmAndTalk, [['edu_warning', '2026-11-28', ''], ['talk_integrity', '2026-11-29', 'linfeng']]],
    ['错了，对象应该是林峰', filmAndTalk, [['edu_warning', '2026-11-28', ''], ['talk_integrity', '2026-11-29', 'linfeng']]],
    ['不对，日期是11月27日', [item('talk_integrity', '2026-11-29', 'sunli')], [['talk_integrity', '2026-11-27', 'sunli']]],
    ['不对，是11月27日看的片子', filmAndTalk, [['edu_warning', '2026-11-27', ''], ['talk_integrity', '2026-11-29', 'sunli']]],
    ['片子是11月27日看的', filmAndTalk, [['edu_warning', '2026-11-27', ''], ['talk_integrity', '2026-11-29', 'sunli']]],
    ['谈话是11月27日', filmAndTalk, [['edu_warning', '2026-11-28', ''], ['talk_integrity', '2026-11-27', 'sunli']]],
    ['不对，是前天谈的话', filmAndTalk, [['edu_warning', '2026-11-28', ''], ['talk_integrity', '2026-11-28', 'sunli']]],
    // Near-misses: a bare day on a card of one record, and the old forms, as before.
    ['不对，是11月20日', [item('talk_integrity', '2026-11-29', 'sunli')], [['talk_integrity', '2026-11-20', 'sunli']]],
    ['对象改成林峰', filmAndTalk, [['edu_warning', '2026-11-28', ''], ['talk_integrity', '2026-11-29', 'linfeng']]],
  ] as const)('「%s」', (text, items, expected) => {
    expect(shape(cardCorrections(text, [...items], ctx))).toEqual(expected);
  });

  it('谈话 on a card of two talks on different days asks which', () => {
    expect(shape(cardCorrections('谈话是11月20日', twoKinds, ctx))).toBe('which');
  });

  it('a noun no record of the card is: said, nothing changed', () => {
    expect(shape(cardCorrections('不对，是11月27日开的会', filmAndTalk, ctx))).toBe('unfit');
  });

  it('「不对，谈话对象为林峰」 (为 for 是) changes the talk', () => {
    expect(shape(cardCorrections('不对，谈话对象为林峰', filmAndTalk, ctx))).toEqual([['edu_warning', '2026-11-28', ''], ['talk_integrity', '2026-11-29', 'linfeng']]);
  });

  it.each(['不对，对象写错了', '错了，日期不对'])('「%s」 (a field after 不对, no value read) is said about the card, not left to be a new report', (text) => {
    expect(shape(cardCorrections(text, filmAndTalk, ctx))).toBe('unfit');
  });

  it.each(['确认', '对', '不对', '11月27日看了警示教育片《蜕变》', '不对，我重新发一遍'])('「%s」 is no change of the card', (text) => {
    expect(cardCorrections(text, filmAndTalk, ctx)).toBeUndefined();
  });
});
