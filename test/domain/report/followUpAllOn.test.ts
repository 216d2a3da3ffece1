// 「都是11月20日」 to 「共 2 次…分别是哪几天？」: one day given to every activity still waiting for it (round 13, issue 10).
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { contextFor } from '../../support/fixtureOrg.js';

const ctx = contextFor('hejing');
const info: PendingItem['draft'] = { type: 'report_info', counterpartIds: [], late: false };

describe('answerFollowUp: one day for all', () => {
  it.each(['都是11月20日', '均为11月20日', '都是11月20号', '同一天，11月20日'])('「%s」 to a count of 2 dates both', (answer) => {
    const items: PendingItem[] = [{ draft: info, problems: [{ code: 'missing_date', count: 2 }] }];
    const r = answerFollowUp(items, answer, ctx);
    expect(r.ok && r.items.map((i) => [i.draft.date, i.problems.length])).toEqual([
      ['2026-11-20', 0],
      ['2026-11-20', 0],
    ]);
  });

  it('「都是11月20日」 to two items waiting for their days dates both', () => {
    const talk = (id: string): PendingItem => ({ draft: { type: 'talk_integrity', counterpartIds: [id], late: false }, problems: [{ code: 'missing_date' }] });
    const r = answerFollowUp([talk('liming'), talk('sunli')], '都是11月20日', ctx);
    expect(r.ok && r.items.map((i) => [i.draft.date, i.draft.counterpartIds[0], i.problems.length])).toEqual([
      ['2026-11-20', 'liming', 0],
      ['2026-11-20', 'sunli', 0],
    ]);
  });

  it('a day alone to a count of 2 still asks the other', () => {
    const items: PendingItem[] = [{ draft: info, problems: [{ code: 'missing_date', count: 2 }] }];
    const r = answerFollowUp(items, '11月20日', ctx);
    expect(r.ok && r.items.map((i) => [i.draft.date, i.problems.map((p) => p.code)])).toEqual([
      ['2026-11-20', []],
      [undefined, ['missing_date']],
    ]);
  });
});
