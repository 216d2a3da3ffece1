// A ；-clause of no day of its own takes the day the clause before gave in its own words: the card says so (round 16).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { confirmReasons } from '../../../src/domain/report/confirmReasons.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (text: string) => parseReport(text, { now: NOW, directory, senderId: 'linxiao', mentions: [] })!;

describe('a day carried over a ；', () => {
  it('is said on the card of the clause that took it, never stored silently', () => {
    const got = read('11月5日张伟与赵敏谈话；刘芳与周涛谈心谈话');
    expect(got.map((r) => [r.draft.type, r.draft.date, r.draft.actorId, r.draft.counterpartIds])).toEqual([
      [undefined, '2026-11-05', 'zhangwei', ['zhaomin']],
      ['talk_heart', '2026-11-05', 'liufang', ['zhoutao']],
    ]);
    expect(got[0]!.remarks).not.toContain('日期沿用上一句：11-05');
    expect(got[1]!.remarks).toContain('日期沿用上一句：11-05');
    expect(confirmReasons([got[1]!], '刘芳与周涛谈心谈话').length).toBeGreaterThan(0);
  });

  it('or is asked, when the clause after is a typed activity of its own', () => {
    const got = read('11月5日张伟与赵敏廉政谈话；刘芳与周涛谈心谈话');
    expect(got[1]!.draft.date).toBeUndefined();
    expect(got[1]!.problems.map((p) => p.code)).toEqual(['missing_date']);
  });

  it('is not remarked when the day heads the line (11月5日：…；…)', () => {
    const got = read('11月5日：张伟与赵敏廉政谈话；刘芳与周涛谈心谈话');
    expect(got.map((r) => r.draft.date)).toEqual(['2026-11-05', '2026-11-05']);
    expect(got.flatMap((r) => r.remarks).filter((m) => m.startsWith('日期沿用'))).toEqual([]);
  });
});
