// Round 48, fua (t51a F1): 「不是专题会议，是签订责任书，对象是王建国、刘芳、陈志强、赵敏」 on a waiting card was no change read
// (so a new report, a second card): several people named as the other party make one record with each of them.
import { describe, expect, it } from 'vitest';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import type { CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import { cardCorrections } from '../../../src/domain/report/cardCorrections.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

const ctx: CardCorrectionContext = {
  today: '2026-11-30',
  personId: (w) => fixtureDirectory.org.people.find((p) => p.name === w.replace(/同志$/, ''))?.id,
  personName: (id) => fixtureDirectory.person(id)?.name ?? id,
};
const item = (type: ActivityTypeCode, date: string, counterpartIds: string[] = []): PendingItem => ({ draft: { type, date, counterpartIds, late: false }, problems: [] });
const meeting = [item('meeting_special', '2026-11-27')];
const signing = [item('pledge_sign', '2026-11-27')];
const shape = (r: ReturnType<typeof cardCorrections>) => (r?.kind === 'changed' ? r.items.map((i) => [i.draft.type, i.draft.date, i.draft.counterpartIds.join()]) : r?.kind);

describe('counterparts listed on a waiting card', () => {
  it.each([
    ['不是专题会议，是签订责任书，对象是李强、陈静、刘洋、赵敏', meeting, [['pledge_sign', '2026-11-27', 'liqiang'], ['pledge_sign', '2026-11-27', 'chenjing'], ['pledge_sign', '2026-11-27', 'liuyang'], ['pledge_sign', '2026-11-27', 'zhaomin']]],
    ['是签订责任书，不是专题会议，对象是李强、陈静', meeting, [['pledge_sign', '2026-11-27', 'liqiang'], ['pledge_sign', '2026-11-27', 'chenjing']]],
    ['不是专题会议，是廉政谈话，对象是李明和孙丽', meeting, [['talk_integrity', '2026-11-27', 'liming'], ['talk_integrity', '2026-11-27', 'sunli']]],
    ['对象是李强、陈静', signing, [['pledge_sign', '2026-11-27', 'liqiang'], ['pledge_sign', '2026-11-27', 'chenjing']]],
    ['签订对象改为李强 陈静 刘洋', signing, [['pledge_sign', '2026-11-27', 'liqiang'], ['pledge_sign', '2026-11-27', 'chenjing'], ['pledge_sign', '2026-11-27', 'liuyang']]],
    ['不是专题会议，是签订责任书', meeting, [['pledge_sign', '2026-11-27', '']]],
  ])('「%s」', (text, items, want) => {
    expect(shape(cardCorrections(text, items, ctx))).toEqual(want);
  });

  it.each([
    ['对象是李强、张三', signing, 'unfit'],
    // A meeting has no other party: the list is not made its doers.
    ['对象是李强、陈静', meeting, 'unfit'],
  ])('「%s」 changes nothing (%s)', (text, items, kind) => {
    expect(shape(cardCorrections(text, items, ctx))).toBe(kind);
  });
});
