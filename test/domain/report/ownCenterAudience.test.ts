// Round 63 (gcc): 给中心上了廉政党课 from a member of a 中心 is at the sender's own 中心; round 64 (gda): from anyone else, at the
// directory's only 中心, on a card.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { withOwnCenterAudience } from '../../../src/domain/report/ownCenterAudience.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const directory = loadConfig('config').directory;
const idOf = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (from: string) => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: idOf(from), mentions: [] });
const lecture = (extra: Partial<ParsedReport['draft']> = {}): ParsedReport => ({ draft: { type: 'edu_lecture', date: '2026-11-30', counterpartIds: [], late: false, ...extra }, problems: [], remarks: [] });

describe('withOwnCenterAudience', () => {
  it.each([['今天上午给中心上了廉政党课'], ['昨天给中心讲了廉政党课'], ['今天给中心职工上了廉政党课'], ['上周五为我们中心的同志讲了廉政党课']])('何平 「%s」 → 残疾人康复中心', (text) => {
    const got = parseReport(text, ctx('何平'))!;
    expect(got[0]!.draft.departmentId).toBe('center');
  });

  // Round 64 (gda; gcc's left-alone): from 孙丽 (财务科) 中心 was no department at all; it is the directory's one 中心, on a card.
  it('a sender of no 中心: the directory\'s only 中心, said on the card', () => {
    expect(withOwnCenterAudience([lecture()], '今天给中心上了廉政党课', ctx('孙丽'))).toEqual([
      { ...lecture({ departmentId: 'center' }), remarks: ['「中心」按残疾人康复中心记（您不在中心，通讯录里只有这一个中心）'], reasons: ['audience_unit'] },
    ]);
    expect(withOwnCenterAudience([lecture({ departmentId: 'finance' })], '今天给中心上了廉政党课', ctx('孙丽'))).toEqual([lecture({ departmentId: 'finance' })]);
    expect(withOwnCenterAudience([lecture({ actorId: 'liufang' })], '今天给中心上了廉政党课', ctx('孙丽'))).toEqual([lecture({ actorId: 'liufang' })]);
  });

  it('a department already set, or another doer: unchanged', () => {
    expect(withOwnCenterAudience([lecture({ departmentId: 'finance' })], '今天给中心上了廉政党课', ctx('何平'))).toEqual([lecture({ departmentId: 'finance' })]);
    expect(withOwnCenterAudience([lecture({ actorId: 'liufang' })], '今天给中心上了廉政党课', ctx('何平'))).toEqual([lecture({ actorId: 'liufang' })]);
    expect(withOwnCenterAudience([lecture()], '今天在中心上了廉政党课', ctx('何平'))).toEqual([lecture()]);
  });
});
