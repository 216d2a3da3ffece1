// t49a O2: one rule for 「参加人数多于组织架构里登记的人数」 — a unit's 全体 against that unit's roster, anything else against
// the whole organisation's.
import { describe, expect, it } from 'vitest';
import { countAboveRoster } from '../../../src/domain/report/countAboveRoster.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

// The demo's shape: 26 people, 2 at 康复部 and 2 at 教育就业部.
const PEOPLE = [...Array.from({ length: 22 }, () => ({ departmentId: 'office' })), { departmentId: 'rehab' }, { departmentId: 'rehab' }, { departmentId: 'employment' }, { departmentId: 'employment' }];
const d = (fields: Partial<ReportDraft>) => ({ counterpartIds: [], ...fields });

describe('countAboveRoster (t49a O2)', () => {
  it.each([
    ['赵敏 给机关党员上了廉政党课，到场32人 (no department)', d({ attendees: 32 }), true],
    ['郑华 教就部组织全体党员…15人参加', d({ attendees: 15, allMembers: true, departmentId: 'employment' }), true],
    ['吴静 组织康复部学习…12人参加 (no 全体: guests may come)', d({ attendees: 12, departmentId: 'rehab' }), false],
    ['康复部全体党员2人参加', d({ attendees: 2, allMembers: true, departmentId: 'rehab' }), false],
    ['全体党员参加，1人 (fewer than the roster is no slip)', d({ attendees: 1, allMembers: true, departmentId: 'rehab' }), false],
    ['two departments\' 全体, 20人 (set against the organisation)', d({ attendees: 20, allMembers: true, departmentId: 'rehab', departmentIds: ['rehab', 'employment'] }), false],
    ['机关全体党员20人 (no department)', d({ attendees: 20, allMembers: true }), false],
    ['全体党员…参加2300人', d({ attendees: 2300, allMembers: true }), true],
    ['no count', d({ allMembers: true, departmentId: 'rehab' }), false],
    ['a department no one is on yet', d({ attendees: 9, allMembers: true, departmentId: 'center' }), false],
  ])('%s', (_said, draft, warned) => {
    expect(countAboveRoster(draft, PEOPLE)).toBe(warned);
  });
});
