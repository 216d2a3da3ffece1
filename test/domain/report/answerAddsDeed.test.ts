// Round 60, fbe (t62b G1): an answer that adds a deed — 「廉政谈话 同一天还找吴静也谈了 也是廉政谈话」 — parted into the answer and
// what it adds; the records built from the waiting one (addedDeedItems) take its doer, day and kind where the addition says none.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { answerAddsDeed } from '../../../src/domain/report/answerAddsDeed.js';
import { addedDeedItems } from '../../../src/domain/report/addedDeedItems.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string) => ({ now: NOW, directory, senderId: id(sender), mentions: [] });

describe('answerAddsDeed: the answer, and the records its addition adds', () => {
  it.each([
    ['廉政谈话 同一天还找吴静也谈了 也是廉政谈话', '廉政谈话', [{ counterpartIds: ['wujing'], type: 'talk_integrity' }]],
    ['廉政谈话，另外还和吴静也谈了', '廉政谈话', [{ counterpartIds: ['wujing'] }]],
    ['上周四，还有吴静也谈了', '上周四', [{ counterpartIds: ['wujing'] }]],
    ['廉政谈话，还有吴静', '廉政谈话', [{ counterpartIds: ['wujing'] }]],
    ['廉政谈话 另外 当天 还 找了 吴部长 谈话', '廉政谈话', [{ counterpartIds: ['wujing'] }]],
    ['廉政谈话，另外11月27日还找吴静签了责任书', '廉政谈话', [{ counterpartIds: ['wujing'], type: 'pledge_sign', date: '2026-11-27' }]],
  ])('胡军 to 王建国\'s talk: 「%s」 → answer 「%s」, added %j', (text, answer, added) => {
    expect(answerAddsDeed(text, id('王建国'), ctx('胡军'))).toMatchObject({ answer, added });
  });

  it.each([['廉政谈话'], ['上周四'], ['廉政谈话，谢谢'], ['廉政谈话，还有就是谈得很好']])('「%s」: nothing added', (text) => {
    expect(answerAddsDeed(text, id('王建国'), ctx('胡军'))).toBeUndefined();
  });
});

describe('addedDeedItems: the added records take the asked one\'s doer, day and kind', () => {
  const asked: PendingItem = { draft: { type: 'talk_integrity', date: '2026-11-26', actorId: id('王建国'), counterpartIds: [id('周涛')], late: false }, problems: [] };
  it('王建国–吴静 廉政谈话 11-26, never the sender\'s', () => {
    const items = addedDeedItems([asked], 0, [{ counterpartIds: [id('吴静')] }], '2026-11-30');
    expect(items.map((i) => [i.draft.type, i.draft.date, i.draft.actorId, i.draft.counterpartIds.join()])).toEqual([
      ['talk_integrity', '2026-11-26', 'wangjianguo', 'zhoutao'],
      ['talk_integrity', '2026-11-26', 'wangjianguo', 'wujing'],
    ]);
    expect(items[1]!.problems).toEqual([]);
  });
  it('its own kind and day kept; 我 makes it the sender\'s; a person already there not added twice', () => {
    const items = addedDeedItems([asked], 0, [{ counterpartIds: [id('吴静')], type: 'pledge_sign', date: '2026-11-27' }, { counterpartIds: [id('孙丽')], actorId: 'sender' }, { counterpartIds: [id('周涛')] }], '2026-11-30');
    expect(items.slice(1).map((i) => [i.draft.type, i.draft.date, i.draft.actorId ?? '-', i.draft.counterpartIds.join()])).toEqual([
      ['pledge_sign', '2026-11-27', 'wangjianguo', 'wujing'],
      ['talk_integrity', '2026-11-26', '-', 'sunli'],
    ]);
  });
  it('a day still missing on the asked record is asked on the added one too', () => {
    const open: PendingItem = { draft: { type: 'talk_integrity', actorId: id('王建国'), counterpartIds: [id('周涛')], late: false }, problems: [{ code: 'missing_date' }] };
    expect(addedDeedItems([open], 0, [{ counterpartIds: [id('吴静')] }], '2026-11-30')[1]!.problems.map((p) => p.code)).toEqual(['missing_date']);
  });
});
