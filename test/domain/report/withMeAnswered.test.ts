// 「和我」 to 「X是和谁谈的？」: the sender talked to by X (issue 10 part C, kind 4).
import { describe, expect, it } from 'vitest';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { withMeAnswered } from '../../../src/domain/report/withMeAnswered.js';

const asked = (actorId?: string): PendingItem[] => [
  { draft: { type: 'talk_integrity', date: '2026-11-29', counterpartIds: [], late: false, ...(actorId ? { actorId } : {}) }, problems: [{ code: 'missing_counterpart' }] },
];

describe('withMeAnswered', () => {
  it.each([['和我'], ['跟我谈的'], ['我'], ['是和我谈的。'], ['好的，和我'], ['就是我'], ['找我谈的'], [' 和我 ']])('「%s」 to a leader\'s talk: the sender talked to', (text) => {
    const r = withMeAnswered(asked('wangjianguo'), 0, text, 'lijuan');
    expect(r && 'items' in r && r.items[0]!.draft).toMatchObject({ actorId: 'wangjianguo', counterpartIds: ['lijuan'] });
    expect(r && 'items' in r && r.items[0]!.problems).toEqual([]);
  });

  it.each([[undefined], ['lijuan']])('「和我」 to the sender\'s own talk (actor %s): asked again precisely', (actor) => {
    const r = withMeAnswered(asked(actor), 0, '和我', 'lijuan');
    expect(r && 'again' in r && r.again).toMatch(/谈话对象不能是您自己/);
  });

  // Near-misses: a name, 我们, 和我们科室的王强, or a question not about whom.
  it.each([['王强'], ['我们'], ['和我们科室的王强'], ['我不知道'], ['我和王强']])('「%s」 is no such answer', (text) => {
    expect(withMeAnswered(asked('wangjianguo'), 0, text, 'lijuan')).toBeUndefined();
  });

  it('not asked whom: no such answer', () => {
    const items: PendingItem[] = [{ draft: { type: 'talk_integrity', counterpartIds: ['lijuan'], late: false, actorId: 'wangjianguo' }, problems: [{ code: 'missing_date' }] }];
    expect(withMeAnswered(items, 0, '和我', 'lijuan')).toBeUndefined();
  });
});
