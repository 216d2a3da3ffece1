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
