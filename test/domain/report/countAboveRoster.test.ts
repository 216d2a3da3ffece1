// t49a O2, t51b F10: one rule for 「参加人数多于组织架构里登记的人数」 — a count of a department's own people (全体 · 科室N人 ·
// 两个部门共N名) against the people registered there, summed for a joint deed, and the record's doer; anything else against the
// whole organisation's.
import { describe, expect, it } from 'vitest';
import { countAboveRoster } from '../../../src/domain/report/countAboveRoster.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

// The demo's shape: 26 people, 2 at 康复部 and 2 at 教育就业部.
const PEOPLE = [
  ...Array.from({ length: 21 }, (_, i) => ({ id: `o${i}`, departmentId: 'office' })),
  { id: 'leader' },
  { id: 'r1', departmentId: 'rehab' },
  { id: 'r2', departmentId: 'rehab' },
  { id: 'e1', departmentId: 'employment' },
  { id: 'e2', departmentId: 'employment' },
];
const d = (fields: Partial<ReportDraft>) => ({ counterpartIds: [], ...fields });

describe('countAboveRoster (t49a O2, t51b F10)', () => {
  it.each([
    ['赵敏 给机关党员上了廉政党课，到场32人 (no department)', d({ attendees: 32 }), true, undefined],
    ['郑华 教就部组织全体党员…15人参加', d({ attendees: 15, allMembers: true, departmentId: 'employment' }), true, undefined],
    ['吴静 组织康复部学习…12人参加 (no 全体: guests may come)', d({ attendees: 12, departmentId: 'rehab' }), false, undefined],
    ['康复部全体党员2人参加', d({ attendees: 2, allMembers: true, departmentId: 'rehab' }), false, undefined],
    ['全体党员参加，1人 (fewer than the roster is no slip)', d({ attendees: 1, allMembers: true, departmentId: 'rehab' }), false, undefined],
    // t51b F10: a joint deed's 全体 was set against the organisation; the departments' rosters are summed now.
    ['two departments\' 全体, 20人 (their rosters summed: 4)', d({ attendees: 20, allMembers: true, departmentId: 'rehab', departmentIds: ['rehab', 'employment'] }), true, undefined],
    ['two departments\' 全体, 4人', d({ attendees: 4, allMembers: true, departmentId: 'rehab', departmentIds: ['rehab', 'employment'] }), false, undefined],
    ['two departments\' 全体 and their 分管领导 who held it, 5人', d({ attendees: 5, allMembers: true, departmentId: 'rehab', departmentIds: ['rehab', 'employment'] }), false, 'leader'],
    ['a 全体 of 3 given to a leader of no department (the doer came too)', d({ attendees: 3, allMembers: true, departmentId: 'rehab', actorId: 'leader' }), false, undefined],
    ['a 全体 of 3 from one of its own', d({ attendees: 3, allMembers: true, departmentId: 'rehab' }), true, 'r1'],
    ['a talk with a department named, 20人 (set against the organisation)', d({ attendees: 20, allMembers: true, departmentId: 'rehab', counterpartIds: ['r1'] }), false, undefined],
    ['机关全体党员20人 (no department)', d({ attendees: 20, allMembers: true }), false, undefined],
    ['全体党员…参加2300人', d({ attendees: 2300, allMembers: true }), true, undefined],
    ['no count', d({ allMembers: true, departmentId: 'rehab' }), false, undefined],
    ['a department no one is on yet', d({ attendees: 9, allMembers: true, departmentId: 'center' }), false, undefined],
    // Round 54, fjf (t56b F8): a department's signing with no one named is its own people signing.
    ['康复部 签订廉政承诺书, 5人 (its roster 2 and the doer)', d({ attendees: 5, type: 'pledge_sign', departmentId: 'rehab' }), true, undefined],
    ['康复部 签订廉政承诺书, 3人 (2 and the doer from elsewhere)', d({ attendees: 3, type: 'pledge_sign', departmentId: 'rehab', actorId: 'leader' }), false, undefined],
    ['康复部 签订廉政承诺书, 2人', d({ attendees: 2, type: 'pledge_sign', departmentId: 'rehab' }), false, 'r1'],
    ['a signing with someone named, 5人 (set against the organisation)', d({ attendees: 5, type: 'pledge_sign', departmentId: 'rehab', counterpartIds: ['r1'] }), false, undefined],
    ['a signing of no department, 5人 (set against the organisation)', d({ attendees: 5, type: 'pledge_sign' }), false, undefined],
    ['a study of 康复部 with no 全体, 5人 (guests may come: unchanged)', d({ attendees: 5, type: 'edu_integrity', departmentId: 'rehab' }), false, undefined],
  ])('%s', (_said, draft, warned, sender) => {
    expect(countAboveRoster(draft, PEOPLE, sender)).toBe(warned);
  });
});
