// 「第2条对象是李明」 from 李明 on 王建国's signing (round 38, fkg; t38a F5(b): refused 「「李明」是您本人」): the sender may be
// the other party of a record someone else holds; their own record still cannot have them on both sides.
import { describe, expect, it } from 'vitest';
import type { CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import { cardCorrections as cardCorrection } from '../../../src/domain/report/cardCorrections.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

const id = (name: string) => fixtureDirectory.org.people.find((p) => p.name === name)!.id;
const ctx: CardCorrectionContext = {
  today: '2026-12-04',
  personId: (w) => fixtureDirectory.org.people.find((p) => p.name === w.replace(/同志$/, ''))?.id,
  personName: (i) => fixtureDirectory.person(i)?.name ?? i,
  senderId: id('李明'),
};
const item = (type: ActivityTypeCode, actor: string | undefined, ...counterparts: string[]): PendingItem => ({
  draft: { type, date: '2026-11-27', counterpartIds: counterparts.map(id), late: false, ...(actor ? { actorId: id(actor) } : {}) },
  problems: [],
});
const shape = (r: ReturnType<typeof cardCorrection>) => (r?.kind === 'changed' ? r.items.map((i) => [i.draft.type, i.draft.actorId ?? '-', i.draft.counterpartIds.join()]) : r?.kind);

describe('the sender as the other party of another\'s record', () => {
  const film = item('edu_warning', undefined);
  it.each([
    ['第1条对象是李明', [item('pledge_sign', '李强'), film], [['pledge_sign', id('李强'), id('李明')], ['edu_warning', '-', '']]],
    ['第1条不对，对象是李明', [item('pledge_sign', '李强'), film], [['pledge_sign', id('李强'), id('李明')], ['edu_warning', '-', '']]],
    ['第1条对象是李明', [item('talk_integrity', '李强', '孙丽'), film], [['talk_integrity', id('李强'), id('李明')], ['edu_warning', '-', '']]],
  ] as const)('「%s」 on 李强\'s record (李明\'s 分管领导 in the fixture): the sender put as its other party', (text, items, expected) => {
    expect(shape(cardCorrection(text, [...items], ctx))).toEqual(expected);
  });

  it.each([
    ['第1条对象是李明', [item('pledge_sign', undefined), film]],
    ['第1条对象是李明', [item('talk_integrity', undefined, '孙丽'), film]],
  ] as const)('「%s」 on the sender\'s own record is still refused', (text, items) => {
    const r = cardCorrection(text, [...items], ctx);
    expect(r?.kind).toBe('unfit');
    expect(r?.kind === 'unfit' ? r.text : '').toMatch(/是您本人/);
  });
});
