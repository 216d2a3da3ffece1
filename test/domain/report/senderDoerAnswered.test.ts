// 「是我找他谈的」 to 「陈志强是和谁谈的？」 (round 64, gdc; t66a B-F9): the member held the talk.
import { describe, expect, it } from 'vitest';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { senderDoerAnswered } from '../../../src/domain/report/senderDoerAnswered.js';

const asked = (actorId?: string): PendingItem[] => [
  { draft: { type: 'talk_integrity', date: '2026-12-07', counterpartIds: [], late: false, ...(actorId ? { actorId } : {}) }, problems: [{ code: 'missing_counterpart' }] },
];

describe('senderDoerAnswered', () => {
  it.each([['是我找他谈的'], ['我找他谈的'], ['是我和他谈的'], ['其实是我跟他谈的。'], ['是我找他谈的，不是他找我'], ['不对 是我找他谈的'], ['是我谈的'], ['是我找她签的']])(
    '「%s」 to 陈志强\'s talk: the member\'s talk with 陈志强, the question closed',
    (text) => {
      const r = senderDoerAnswered(asked('chenzhiqiang'), 0, text, 'zhangwei');
      expect(r?.[0]!.draft.actorId).toBeUndefined();
      expect(r?.[0]!.draft.counterpartIds).toEqual(['chenzhiqiang']);
      expect(r?.[0]!.problems).toEqual([]);
    },
  );

  it.each([['和我'], ['跟我谈的'], ['王强'], ['是他找我谈的'], ['我和王强']])('「%s」 is not this answer', (text) => {
    expect(senderDoerAnswered(asked('chenzhiqiang'), 0, text, 'zhangwei')).toBeUndefined();
  });

  it('the member\'s own talk, or a question other than with whom, is left alone', () => {
    expect(senderDoerAnswered(asked(), 0, '是我找他谈的', 'zhangwei')).toBeUndefined();
    expect(senderDoerAnswered(asked('zhangwei'), 0, '是我找他谈的', 'zhangwei')).toBeUndefined();
    const day: PendingItem[] = [{ draft: { type: 'talk_integrity', counterpartIds: [], late: false, actorId: 'chenzhiqiang' }, problems: [{ code: 'missing_date' }] }];
    expect(senderDoerAnswered(day, 0, '是我找他谈的', 'zhangwei')).toBeUndefined();
  });
});
