// 第N条 said wrong with what it is instead (round 34b §3a: 「第1条不对，是和刘洋的廉政谈话」 opened a new report and the card
// kept the invented record): the numbered record changed; near-misses keep their reading.
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
const cards = [item('talk_heart', '2026-11-09', ['liming']), item('talk_heart', '2026-11-16', ['sunli'])];
const shape = (r: ReturnType<typeof cardCorrections>) => (r?.kind === 'changed' ? r.items.map((i) => [i.draft.type, i.draft.date, i.draft.counterpartIds.join()]) : r?.kind);

describe('cardCorrections: 第N条 wrong, then what it is', () => {
  it.each([
    ['第1条不对，是和王刚的廉政谈话', [['talk_integrity', '2026-11-09', 'wanggang'], ['talk_heart', '2026-11-16', 'sunli']]],
    ['第1条应该是和王刚谈的', [['talk_heart', '2026-11-09', 'wanggang'], ['talk_heart', '2026-11-16', 'sunli']]],
    ['第二条错了，应该是和王刚的廉政谈话。', [['talk_heart', '2026-11-09', 'liming'], ['talk_integrity', '2026-11-16', 'wanggang']]],
    // Near-misses that read as before.
    ['第2条日期改成11月18日，对象是王刚', [['talk_heart', '2026-11-09', 'liming'], ['talk_heart', '2026-11-18', 'wanggang']]],
  ])('「%s」', (text, want) => {
    expect(shape(cardCorrections(text, cards, ctx))).toEqual(want);
  });

  it.each(['第1条不对', '第1条', '11月9日和王刚进行了廉政谈话', '和王刚的廉政谈话'])('「%s」 changes nothing by this reading', (text) => {
    expect(cardCorrections(text, cards, ctx)?.kind).not.toBe('changed');
  });
});
