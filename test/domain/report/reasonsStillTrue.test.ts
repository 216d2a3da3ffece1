// reasonsStillTrue and the round-35 notes of remarksStillTrue: a 需要确认 reason or a note that the card's records no longer
// bear out goes when the card is settled again; one still true stays.
import { describe, expect, it } from 'vitest';
import { reasonsStillTrue } from '../../../src/domain/report/reasonsStillTrue.js';
import { remarksStillTrue } from '../../../src/domain/report/remarksStillTrue.js';
import type { ConfirmReason, ReportDraft } from '../../../src/domain/report/draft.js';

const ME = 'lijuan';
const NAMES: Record<string, string> = { lijuan: '李娟', wangjianguo: '王建国', zhangwei: '张伟', wangqiang: '王强' };
const draft = (fields: Partial<ReportDraft>): ReportDraft => ({ type: 'edu_integrity', date: '2026-11-26', counterpartIds: [], late: false, ...fields });
// 26 people, 2 of them at 教育就业部 (t49a O2: a unit's 全体 is set against that unit's roster).
const PEOPLE = [...Array.from({ length: 24 }, (_, i) => ({ id: `o${i}`, departmentId: 'office' })), { id: 'e1', departmentId: 'employment' }, { id: 'e2', departmentId: 'employment' }];
const reasons = (rs: ConfirmReason[], drafts: ReportDraft[]) => reasonsStillTrue(rs, drafts, ME, PEOPLE);

describe('reasonsStillTrue', () => {
  it.each<ConfirmReason>(['took_part', 'subject_unclear', 'blank_doer', 'unit_word', 'companion', 'check_companion', 'direction'])('%s goes once no record is the sender’s, third_person in its place', (r) => {
    expect(reasons([r, 'corrected_day'], [draft({ actorId: 'wangqiang' })])).toEqual(['corrected_day', 'third_person']);
    // Near-miss: a record still the sender's own (no actorId, or the sender's id) keeps it.
    expect(reasons([r, 'corrected_day'], [draft({}), draft({ actorId: 'wangqiang' })])).toEqual([r, 'corrected_day']);
    expect(reasons([r], [draft({ actorId: ME })])).toEqual([r]);
  });

  it('third_person is not put twice', () => {
    expect(reasons(['third_person', 'unit_word'], [draft({ actorId: 'wangqiang' })])).toEqual(['third_person']);
  });

  it('head_count goes once no record counts more people than the unit has', () => {
    expect(reasons(['head_count', 'long'], [draft({ attendees: 20 })])).toEqual(['long']);
    expect(reasons(['head_count', 'long'], [draft({ attendees: 200 })])).toEqual(['head_count', 'long']);
    expect(reasons(['head_count'], [draft({})])).toEqual([]);
    // t49a O2: a department's 全体 of 15 against its roster of 2 stays; the same 15 with no 全体 is no slip.
    expect(reasons(['head_count'], [draft({ attendees: 15, allMembers: true, departmentId: 'employment' })])).toEqual(['head_count']);
    expect(reasons(['head_count'], [draft({ attendees: 15, departmentId: 'employment' })])).toEqual([]);
    expect(reasons(['head_count'], [draft({ attendees: 2, allMembers: true, departmentId: 'employment' })])).toEqual([]);
  });

  it('other reasons are kept whatever the records', () => {
    expect(reasons(['long', 'items', 'day_span', 'group'], [draft({ actorId: 'wangqiang', attendees: 3 })])).toEqual(['long', 'items', 'day_span', 'group']);
  });
});

describe('remarksStillTrue: notes of the sender as doer and of a superior holding the talk', () => {
  const keep = (remarks: string[], drafts: ReportDraft[]) => remarksStillTrue(remarks, drafts, ME, (id) => NAMES[id], '2026-12-03');
  const held = '王建国是您的上级，按王建国与您的谈话记录（记在王建国名下）';

  it('「X是您的上级…」 goes once X holds no record with the sender', () => {
    const talk = (actorId: string | undefined, other: string) => draft({ type: 'talk_heart', ...(actorId ? { actorId } : {}), counterpartIds: [other] });
    expect(keep([held], [talk(undefined, 'wangqiang')])).toEqual([]);
    expect(keep([held], [talk('zhangwei', ME)])).toEqual([]);
    expect(keep([held], [talk('wangjianguo', ME)])).toEqual([held]);
  });

  it('「…按您本人记录」 goes once no record is the sender’s own', () => {
    const note = '消息说「我们科」，您所在的是宣文部，按您本人记录；如是别人组织的，请点「修改」';
    expect(keep([note], [draft({ actorId: 'wangqiang' })])).toEqual([]);
    expect(keep([note], [draft({})])).toEqual([note]);
  });
});
