// 不是我，是赵敏书记和何主任来检查的 on a 确认 card (round 34c §2.1: 「没有在通讯录…里找到「我」」, the card unchanged): two
// named as the doers put the senior of them (the first when equal) as the record's doer.
import { describe, expect, it } from 'vitest';
import { cardCorrection, type CardCorrectionContext } from '../../../src/domain/report/cardCorrection.js';
import { cardCorrections } from '../../../src/domain/report/cardCorrections.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import type { ActivityTypeCode } from '../../../src/domain/activityTypes.js';
import { seniorityIn } from '../../../src/domain/report/seniority.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

/** Monday 2026-11-30; the sender 王磊 (人事科科长); names read with their title taken off. */
const ctx: CardCorrectionContext = {
  today: '2026-11-30',
  personId: (w) => (/^(?:我|本人)$/.test(w) ? 'wanglei' : fixtureDirectory.org.people.find((p) => p.name === w.replace(/(?:同志|书记|主任|部长|科长)$/, ''))?.id),
  personName: (id) => fixtureDirectory.person(id)?.name ?? id,
  senderId: 'wanglei',
  seniority: (id) => seniorityIn(fixtureDirectory, id),
};
const item = (type: ActivityTypeCode, date: string): PendingItem => ({ draft: { type, date, counterpartIds: [], late: false }, problems: [] });
const check = [item('inspect_style', '2026-11-26')];
const doers = (r: ReturnType<typeof cardCorrection>) => (r?.kind === 'changed' ? r.items.map((i) => i.draft.actorId ?? '-') : r?.kind);

describe('不是我，是X和Y…的: the senior of the two named is the doer', () => {
  it.each([
    ['不是我，是王刚科长和赵敏书记来检查的', ['zhaomin']],
    ['不是我，是赵敏书记和王刚科长一起来检查的', ['zhaomin']],
    ['不是我,而是孙丽部长与王刚科长一起到科里检查的', ['sunli']],
    ['不是本人，是赵敏和郑凯部长组织的', ['zhaomin']],
  ] as const)('「%s」', (text, expected) => {
    expect(doers(cardCorrection(text, [...check], ctx))).toEqual(expected);
    expect(doers(cardCorrections(text, [...check], ctx))).toEqual(expected);
  });

  it('someone not in the directory is said, the card unchanged', () => {
    expect(doers(cardCorrection('不是我，是赵敏书记和欧阳无名来检查的', [...check], ctx))).toBe('unfit');
  });

  it('a card of several records, none named, asks which', () => {
    expect(doers(cardCorrection('不是我，是王刚科长和赵敏书记来检查的', [...check, item('edu_warning', '2026-11-27')], ctx))).toBe('which');
  });

  // Near-misses: one person named keeps its reading (the sender replaced by 王刚); a day said as before.
  it.each([
    ['活动人错了，是王刚', ['wanggang']],
    ['不是周四，是周三', ['-']],
  ] as const)('「%s」 as before', (text, expected) => {
    expect(doers(cardCorrection(text, [...check], ctx))).toEqual(expected);
  });
});
