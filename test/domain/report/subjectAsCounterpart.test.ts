// Round 12: a sentence's subject is never recorded as someone talked to without a tap.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { confirmReasons } from '../../../src/domain/report/confirmReasons.js';
import { markSubjectAsCounterpart } from '../../../src/domain/report/subjectAsCounterpart.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-12-01T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const ctx = (sender: string, mentions: { key: string; openId?: string; name: string }[] = []) => ({ now: NOW, directory, senderId: id(sender), mentions });
const talk = (...with_: string[]): ParsedReport => ({ draft: { type: 'talk_heart', date: '2026-11-25', counterpartIds: with_.map(id) } as ParsedReport['draft'], problems: [], remarks: [] });

describe('markSubjectAsCounterpart', () => {
  it('marks the sender\'s talk whose counterpart stands as the subject of 「X…和Y…」', () => {
    const reports = [talk('孙丽'), talk('王强')];
    markSubjectAsCounterpart(reports, '孙科长那阵子和王强谈心谈话', ctx('李娟'));
    expect(reports[0]!.reasons).toEqual(['subject_unclear']);
    expect(reports[1]!.reasons).toBeUndefined();
    expect(confirmReasons(reports, '孙科长那阵子和王强谈心谈话')).toContain('subject_unclear');
  });

  it('marks 「X…约谈了Y」 read as the sender\'s talks (the masked 约谈 hides who turned to whom)', () => {
    const got = parseReport('孙科长业已在上周三约谈了王强 算廉政谈话', { ...ctx('李娟'), now: new Date('2026-11-30T10:00:00+08:00') })!;
    const ownWithSubject = got.filter((r) => r.draft.actorId === undefined && r.draft.counterpartIds.includes(id('孙丽')));
    for (const r of ownWithSubject) expect(r.reasons).toContain('subject_unclear');
    expect(confirmReasons(got, '孙科长业已在上周三约谈了王强 算廉政谈话').length).toBeGreaterThan(0);
  });

  it('leaves the sender\'s own talk alone when the one named is turned to', () => {
    for (const text of ['上周三和孙科长谈心谈话', '我和孙丽谈心谈话', '找孙丽和王强谈心谈话']) {
      const reports = [talk('孙丽')];
      markSubjectAsCounterpart(reports, text, ctx('李娟'));
      expect(reports[0]!.reasons).toBeUndefined();
    }
  });

  it('leaves a record of someone else alone', () => {
    const reports = [{ ...talk('王强'), draft: { ...talk('王强').draft, actorId: id('孙丽') } }];
    markSubjectAsCounterpart(reports, '孙科长那阵子和王强谈心谈话', ctx('李娟'));
    expect(reports[0]!.reasons).toBeUndefined();
  });
});
