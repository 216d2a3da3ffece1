// A change typed while a 确认 card waits (round 20u, fault 7): which record, and what it becomes.
import { describe, expect, it } from 'vitest';
import { cardCorrection, type CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

/** Monday 2026-11-30 (the corpus's NOW). */
const ctx: CardCorrectionContext = {
  today: '2026-11-30',
  personId: (w) => fixtureDirectory.org.people.find((p) => p.name === w.replace(/同志$/, ''))?.id,
  personName: (id) => fixtureDirectory.person(id)?.name ?? id,
};
const item = (type: ActivityTypeCode, date: string, ...counterpartIds: string[]): PendingItem => ({ draft: { type, date, counterpartIds, late: false }, problems: [] });
const talks = [item('talk_integrity', '2026-11-18', 'wanggang'), item('talk_integrity', '2026-11-19', 'sunli')];
const study = [item('edu_warning', '2026-11-25')];
const shape = (r: ReturnType<typeof cardCorrection>) =>
  r?.kind === 'changed' ? r.items.map((i) => [i.draft.type, i.draft.date, i.draft.counterpartIds.join()]) : r?.kind;

describe('cardCorrection', () => {
  it.each([
    ['修改，和孙丽的是11月21日', talks, [['talk_integrity', '2026-11-18', 'wanggang'], ['talk_integrity', '2026-11-21', 'sunli']]],
    ['更正：第一条是11月17日', talks, [['talk_integrity', '2026-11-17', 'wanggang'], ['talk_integrity', '2026-11-19', 'sunli']]],
    ['第2条应该是20号', talks, [['talk_integrity', '2026-11-18', 'wanggang'], ['talk_integrity', '2026-11-20', 'sunli']]],
    ['不是19日，是20日', talks, [['talk_integrity', '2026-11-18', 'wanggang'], ['talk_integrity', '2026-11-20', 'sunli']]],
    ['刚才那条不是周三，是周五', study, [['edu_warning', '2026-11-27', '']]],
    ['不是星期三而是星期二', study, [['edu_warning', '2026-11-24', '']]],
    ['11月26日', study, [['edu_warning', '2026-11-26', '']]],
    ['不是王刚，是王磊', talks, [['talk_integrity', '2026-11-18', 'wanglei'], ['talk_integrity', '2026-11-19', 'sunli']]],
    ['不是警示教育，是廉政教育', study, [['edu_integrity', '2026-11-25', '']]],
  ] as const)('「%s」', (text, items, expected) => {
    expect(shape(cardCorrection(text, [...items], ctx))).toEqual(expected);
  });

  it.each(['11月21日', '修改：是11月21日'])('「%s」 on a card of two days asks which', (text) => {
    expect(shape(cardCorrection(text, talks, ctx))).toBe('which');
  });

  it.each(['不是周一，是周五', '第三条是11月21日', '修改，和周杰的是11月21日', '修改，第一条是下周一'])('「%s」 fits nothing on the card: unchanged, said', (text) => {
    expect(shape(cardCorrection(text, talks, ctx))).toBe('unfit');
  });

  it.each(['确认', '取消', '今天和王刚进行了廉政谈话', '好的谢谢'])('「%s」 is no change of the card', (text) => {
    expect(cardCorrection(text, talks, ctx)).toBeUndefined();
  });
});

describe('cardCorrection leaves other answers on the card alone', () => {
  it.each(['第三条是计划，还没做', '第二条是计划', '第1条不用记'])('「%s」 is no change of a day, person or type', (text) => {
    expect(cardCorrection(text, talks, ctx)).toBeUndefined();
  });
});

describe('cardCorrection: the kind said first, and the doer (t30f §1.14: 「这条消息没有记录」)', () => {
  const me: CardCorrectionContext = { ...ctx, personId: (w) => (/^(?:我|本人)$/.test(w) ? 'wanglei' : ctx.personId(w.replace(/(?:科长|主任|部长)$/, ''))), senderId: 'wanglei' };
  const card = [item('talk_integrity', '2026-11-18', 'wanggang'), item('inspect_style', '2026-11-19'), { ...item('report_info', '2026-11-20'), draft: { ...item('report_info', '2026-11-20').draft, actorId: 'liming' } }];
  const doers = (r: ReturnType<typeof cardCorrection>) => (r?.kind === 'changed' ? r.items.map((i) => [i.draft.type, i.draft.actorId ?? '-']) : r?.kind);

  it.each([
    ['第2条是廉政教育，不是检查', [['talk_integrity', '-'], ['edu_integrity', '-'], ['report_info', 'liming']]],
    ['第2条不是检查，是廉政教育', [['talk_integrity', '-'], ['edu_integrity', '-'], ['report_info', 'liming']]],
    ['第2条活动人是王刚', [['talk_integrity', '-'], ['inspect_style', 'wanggang'], ['report_info', 'liming']]],
    ['第3条是我报送的，不是李明主任', [['talk_integrity', '-'], ['inspect_style', '-'], ['report_info', '-']]],
    ['第3条是孙丽部长报送的', [['talk_integrity', '-'], ['inspect_style', '-'], ['report_info', 'sunli']]],
    ['第1条是李明谈的', [['talk_integrity', 'liming'], ['inspect_style', '-'], ['report_info', 'liming']]],
  ] as const)('「%s」', (text, expected) => {
    expect(doers(cardCorrection(text, [...card], me))).toEqual(expected);
  });

  // Near-misses: the talk's other party as its doer, someone unknown (said); a day or a party said with the deed, no
  // record named, a kind not on the record (as before).
  it.each([
    ['第1条是王刚谈的', 'unfit'],
    ['第2条活动人是欧阳无名', 'unfit'],
    ['第2条是党课，不是警示教育', 'unfit'],
  ] as const)('「%s」 is said, the card unchanged', (text, kind) => {
    expect(doers(cardCorrection(text, [...card], me))).toBe(kind);
  });
  // Round 31g F2 (A07): 活动人错了，是Y changes the doer, never the counterpart; with no record named it asks which on a
  // card of several, changes the one record of a card of one, and says so when Y is the talk's other party.
  it('「活动人错了，是Y」 changes the doer of a card of one, asks which on a card of several', () => {
    const signing = [{ ...item('pledge_sign', '2026-11-20', 'zhoujie'), draft: { ...item('pledge_sign', '2026-11-20', 'zhoujie').draft, actorId: 'zhaomin' } }];
    expect(doers(cardCorrection('活动人错了，是孙丽', signing, me))).toEqual([['pledge_sign', 'sunli']]);
    expect(doers(cardCorrection('活动人不对，应该是孙丽', signing, me))).toEqual([['pledge_sign', 'sunli']]);
    expect(doers(cardCorrection('活动人错了，是周杰', signing, me))).toBe('unfit');
    expect(doers(cardCorrection('活动人错了，是王刚', [...card], me))).toBe('which');
    expect(doers(cardCorrection('第3条活动人错了，是我', [...card], me))).toEqual([['talk_integrity', '-'], ['inspect_style', '-'], ['report_info', '-']]);
  });
  it.each(['第1条是上周谈的', '第1条是和王刚谈的', '是我报送的'])('「%s」 is no change of the doer', (text) => {
    const r = cardCorrection(text, [...card], me);
    expect(String(r?.kind === 'changed' ? r.what : r?.kind)).not.toMatch(/活动人/);
  });
});
