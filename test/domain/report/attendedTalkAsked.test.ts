import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParseContext } from '../../../src/domain/report/draft.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig(resolve(import.meta.dirname, '../../../config')).directory;
const ctx = (sender: string): ParseContext => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === sender)!.id, mentions: [] });
const read = (sender: string, text: string) => parseReport(text, ctx(sender)) ?? [];

describe('withAttendedTalkAsked (through parseReport)', () => {
  it.each([['周涛和张颖今天一起参加了廉政谈话'], ['周涛、张颖今天参加了廉政谈话'], ['今天周涛和张颖一起参加了廉政谈话'], ['周涛部长和张颖今天一起参加了集体廉政谈话']])(
    '李明 「%s」: both talked to, who held it asked (刘芳 and 张伟 offered)',
    (text) => {
      const got = read('李明', text);
      expect(got).toHaveLength(1);
      expect(got[0]!.draft.actorId).toBeUndefined();
      expect(got[0]!.draft.counterpartIds).toEqual(['zhoutao', 'zhangying']);
      expect(got[0]!.problems).toEqual([{ code: 'missing_actor', candidateIds: ['liufang', 'zhangwei'] }]);
      expect(got[0]!.remarks.join()).toMatch(/没写是谁和周涛、张颖谈的/);
    },
  );

  it('near-misses keep today\'s reading', () => {
    // The sender among them: 我和张颖参加了… is not this shape (我).
    expect(read('周涛', '我和张颖今天一起参加了廉政谈话').some((r) => r.problems.some((p) => p.code === 'missing_actor' && p.candidateIds.includes('liufang')))).toBe(false);
    // A talk between the two (谈了谈心) stays talkPairAsked's: asked between the two.
    expect(read('李明', '周涛和王磊今天谈了谈心')[0]!.problems).toEqual([{ code: 'missing_actor', candidateIds: ['zhoutao', 'wanglei'] }]);
    // Attending a study is no talk.
    expect(read('李明', '周涛和张颖今天一起参加了廉政教育').every((r) => r.problems.every((p) => p.code !== 'missing_actor'))).toBe(true);
  });
});
