// 「「本季度党组书记」是哪一位？」 was asked four times, once per talk it concerned, and answered 张伟 four times (round 32b,
// F6). The words that named the doer name the same person in every item: one answer settles them all, and an item asking
// about other words keeps its own question.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const ctx = { now, directory, senderId: 'wangfang', mentions: [] };
const talk = (date: string, counterpart: string, text: string): PendingItem => ({
  draft: { type: 'talk_integrity', date, counterpartIds: [counterpart], late: false },
  problems: [{ code: 'ambiguous_actor', text, candidateIds: [] }],
});
const answered = (items: PendingItem[], answer: string) => {
  const r = answerFollowUp(items, answer, ctx);
  return r.ok ? r.items.map((i) => [i.draft.date, i.draft.actorId ?? 'sender', i.draft.counterpartIds.join(','), i.problems.map((p) => p.code).join(',')]) : r;
};

describe('the doer asked of several items by the same words', () => {
  it('「张伟」 to 「老书记」是哪一位 settles every talk 老书记 held, each keeping its day and person', () => {
    const items = [talk('2026-10-15', 'wangjianguo', '老书记'), talk('2026-10-16', 'liufang', '老书记'), talk('2026-10-22', 'chenzhiqiang', '老书记')];
    expect(answered(items, '张伟')).toEqual([
      ['2026-10-15', 'zhangwei', 'wangjianguo', ''],
      ['2026-10-16', 'zhangwei', 'liufang', ''],
      ['2026-10-22', 'zhangwei', 'chenzhiqiang', ''],
    ]);
  });

  it('near-miss: an item asking who other words are keeps its question', () => {
    const items = [talk('2026-10-15', 'wangjianguo', '老书记'), talk('2026-10-16', 'liufang', '陈理')];
    expect(answered(items, '张伟')).toEqual([
      ['2026-10-15', 'zhangwei', 'wangjianguo', ''],
      ['2026-10-16', 'sender', 'liufang', 'ambiguous_actor'],
    ]);
  });

  it('near-miss: an answer that names nobody settles nothing', () => {
    expect(answered([talk('2026-10-15', 'wangjianguo', '老书记'), talk('2026-10-16', 'liufang', '老书记')], '小马')).toEqual({ ok: false });
  });
});
