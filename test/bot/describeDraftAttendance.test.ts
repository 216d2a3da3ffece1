// t49b F7: 「全体参加（32人）」 on the card of 应到35人实到32人 — the label claimed no one was away.
import { describe, expect, it } from 'vitest';
import { describeDraft } from '../../src/bot/describeActivity.js';
import type { ReportDraft } from '../../src/domain/report/draft.js';
import { parseAttendance } from '../../src/domain/report/parseTraining.js';
import { fixtureDirectory } from '../support/fixtureOrg.js';

const draftOf = (said: string): ReportDraft => {
  const { rest: _rest, approximate: _approximate, ...attendance } = parseAttendance(said);
  return { type: 'edu_warning', date: '2026-11-29', counterpartIds: [], late: false, ...attendance };
};

describe('the card of a head count with absences (t49b F7)', () => {
  it.each([
    ['全体干部职工集中观看，应到35人实到32人', '32人参加（应到35人）'],
    ['全体党员应参加35人，实际参加32人', '32人参加（应到35人）'],
    ['全体党员参加，应到20人，请假2人', '18人参加（应到20人）'],
    ['全体党员参加，缺席3人，实到25人', '25人参加'],
  ])('%s → %s', (said, shown) => {
    const card = describeDraft(fixtureDirectory, draftOf(said), '2026-11-30');
    expect(card).toContain(shown);
    expect(card).not.toContain('全体');
  });

  it('still says 全体 when all who were expected came, or no absence is said', () => {
    expect(describeDraft(fixtureDirectory, draftOf('全体干部职工应到32人实到32人'), '2026-11-30')).toContain('全体参加（32人）');
    expect(describeDraft(fixtureDirectory, draftOf('全体干部职工56人参加'), '2026-11-30')).toContain('全体参加（56人）');
  });
});
