// Round 66 (gfa; geh's leftover): 其中与王强谈话1次、与李娟谈话1次 — whose is asked of a clerk, once for all, never the clerk's
// unasked; the one who would hold them keeps them.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withDoerlessPairsAsked } from '../../../src/domain/report/doerlessPairsAsked.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (from: string) => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: id(from), mentions: [] });
const talk = (...names: string[]): ParsedReport => ({ draft: { type: 'talk_integrity', counterpartIds: names.map(id) }, problems: [], remarks: [] }) as unknown as ParsedReport;
const asked = (r: ParsedReport) => r.problems.find((p) => p.code === 'missing_actor') as { candidateIds: string[]; body?: string } | undefined;

describe('withDoerlessPairsAsked', () => {
  it('a clerk: every talk asked whose, one list and one body for all, the clerk last', () => {
    const out = withDoerlessPairsAsked([talk('王强'), talk('李娟')], ctx('林晓'), '本月共开展廉政谈话2人次');
    expect(out.map((r) => asked(r)?.body)).toEqual(['本月共开展廉政谈话2人次', '本月共开展廉政谈话2人次']);
    expect(asked(out[0]!)!.candidateIds).toEqual([id('孙丽'), id('王建国'), id('林晓')]);
    expect(asked(out[1]!)!.candidateIds).toEqual(asked(out[0]!)!.candidateIds);
  });

  it('the head of those talked with keeps them, unasked', () => {
    const out = withDoerlessPairsAsked([talk('王强'), talk('李娟')], ctx('孙丽'), '本月共开展廉政谈话2人次');
    expect(out.every((r) => asked(r) === undefined)).toBe(true);
  });

  it('a record with a doer, or of no talk, is left as it is', () => {
    const withDoer = { ...talk('王强'), draft: { ...talk('王强').draft, actorId: id('黄志刚') } } as ParsedReport;
    const film = { draft: { type: 'edu_warning', counterpartIds: [] }, problems: [], remarks: [] } as unknown as ParsedReport;
    const out = withDoerlessPairsAsked([withDoer, film, talk('李娟')], ctx('林晓'), 'x');
    expect(asked(out[0]!)).toBeUndefined();
    expect(asked(out[1]!)).toBeUndefined();
    expect(asked(out[2]!)).toBeDefined();
  });

  it('through parseReport: the clerk\'s two talks asked whose, the head\'s her own', () => {
    const clerk = parseReport('本月共开展廉政谈话2人次，其中11月24日与王强谈话1次，11月25日与李娟谈话1次', ctx('林晓'))!;
    expect(clerk.map((r) => [r.draft.actorId ?? null, r.draft.counterpartIds, r.problems.map((p) => p.code)])).toEqual([
      [null, [id('王强')], ['missing_actor']],
      [null, [id('李娟')], ['missing_actor']],
    ]);
    const head = parseReport('本月共开展廉政谈话2人次，其中11月24日与王强谈话1次，11月25日与李娟谈话1次', ctx('孙丽'))!;
    expect(head.every((r) => r.problems.length === 0 && r.draft.actorId === undefined)).toBe(true);
  });
});
