// Round 33c (issue 10): a department written loosely whose stem fits two departments (中心康复科室: 康复部 or 残疾人康复中心 in
// the demo organisation) is asked which, and the answer — a department's name or the number it was listed under — is
// read back; where one department fits (the fixture's 康复部, alias 康复中心) it is still resolved on the card.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { departmentAnswered } from '../../../src/domain/report/departmentAnswer.js';
import { answerFollowUp } from '../../../src/domain/report/followUp.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

const { directory } = loadConfig('config');
const now = new Date('2026-11-30T10:00:00+08:00');
const ctx = { now, directory, senderId: 'linxiao', mentions: [] };

describe('a loose department that fits two is asked', () => {
  it('asks with both departments as choices, in directory order', () => {
    const got = parseReport('11月20日到中心康复科室开展作风纪律检查', ctx)!;
    expect(got.map((r) => r.problems)).toEqual([[{ code: 'ambiguous_department', text: '中心康复科室', candidateIds: ['rehab', 'center'] }]]);
    expect(got[0]!.draft.departmentId).toBeUndefined();
  });

  it('one answer places every record asked in those words', () => {
    const got = parseReport('11月11日、11月25日分别对中心康复科室开展作风纪律检查', { ...ctx, senderId: 'heping' })!;
    const done = answerFollowUp(got, '残疾人康复中心', { ...ctx, senderId: 'heping' });
    expect(done.ok && done.items.map((i) => [i.draft.date, i.draft.departmentId, i.problems.length])).toEqual([
      ['2026-11-11', 'center', 0],
      ['2026-11-25', 'center', 0],
    ]);
  });

  it('where one department fits the stem, it is taken on the card, not asked', () => {
    const got = parseReport('11月20日到中心康复科室开展作风纪律检查', { now, directory: fixtureDirectory, senderId: 'zhoumin', mentions: [] })!;
    expect(got.map((r) => [r.draft.departmentId, r.problems.length, r.remarks])).toEqual([['rehab', 0, ['「中心康复科室」按康复部记录']]]);
  });
});

describe('departmentAnswered', () => {
  const asked = ['rehab', 'center'];
  it.each([
    ['康复部', 'rehab'],
    ['是残疾人康复中心', 'center'],
    ['康复中心的', 'center'],
    ['2', 'center'],
    ['第一个', 'rehab'],
    ['选2', 'center'],
    // The member knows where they went: a department not listed is still theirs to name.
    ['维权部', 'rights'],
  ])('%s → %s', (answer, id) => expect(departmentAnswered(answer, asked, directory)).toBe(id));

  it.each(['不知道', '3', '康复部和维权部', '康复'])('%s is no answer', (answer) => expect(departmentAnswered(answer, asked, directory)).toBeUndefined());
});
