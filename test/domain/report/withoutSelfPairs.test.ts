// The last guard of a reading: a talk or 责任书 whose doer is its own counterpart never reaches a card.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';
import { withoutSelfPairs } from '../../../src/domain/report/withoutSelfPairs.js';

const directory = loadConfig('config').directory;
const talk = (actorId: string | undefined, counterpartId: string): ParsedReport => ({
  draft: { type: 'talk_integrity', date: '2026-11-30', late: false, ...(actorId ? { actorId } : {}), counterpartIds: [counterpartId] },
  problems: [],
  remarks: [],
});

describe('withoutSelfPairs', () => {
  it('drops a leader paired with themselves, names them on the card and asks for a tap', () => {
    const got = withoutSelfPairs([talk('zhangwei', 'wangjianguo'), talk('liufang', 'liufang')], directory, 'wangfang');
    expect(got.map((r) => [r.draft.actorId, r.draft.counterpartIds])).toEqual([['zhangwei', ['wangjianguo']]]);
    expect(got[0]!.remarks.join()).toContain('刘芳与本人');
    expect(got[0]!.reasons).toContain('items');
  });

  it('reads the sender as the doer when none is named', () => {
    const got = withoutSelfPairs([talk(undefined, 'wangfang'), talk(undefined, 'liming')], directory, 'wangfang');
    expect(got.map((r) => r.draft.counterpartIds)).toEqual([['liming']]);
  });

  it('asks whom when nothing else is left, rather than dropping the message', () => {
    const got = withoutSelfPairs([talk('liufang', 'liufang')], directory, 'wangfang');
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.counterpartIds).toEqual([]);
    expect(got[0]!.problems.map((p) => p.code)).toEqual(['missing_counterpart']);
  });

  it('keeps a different pair untouched', () => {
    const mine = [talk('sunli', 'wangqiang')];
    expect(withoutSelfPairs(mine, directory, 'wangqiang')).toBe(mine);
  });
});
