// Round 65, geh (t68a B3): notes of a group read as people or units follow the card's records after an edit.
import { describe, expect, it } from 'vitest';
import { groupNotesKept, isGroupNote } from '../../../src/domain/report/groupNotesKept.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

const NAMES: Record<string, string> = { xuhui: '徐辉', sunjie: '孙杰', heping: '何平' };
const DEPTS: Record<string, string> = { center: '残疾人康复中心', office: '办公室', finance: '财务科' };
const nameOf = (id: string) => NAMES[id];
const deptOf = (id: string) => DEPTS[id];
const d = (over: Partial<ReportDraft>): ReportDraft => ({ counterpartIds: [], late: false, ...over });
const GROUP = '「中心全体人员」按徐辉、孙杰共2人记录';
const UNITS = '「各科室」按办公室、财务科、残疾人康复中心共3个部门记录';
const OWN = '「中心各科室」是残疾人康复中心自己的科室，通讯录里没有残疾人康复中心下属的科室，按残疾人康复中心记录';

describe('groupNotesKept', () => {
  it('keeps a people note while its set of records holds everyone', () => {
    const drafts = [d({ type: 'pledge_sign', date: '2026-12-03', counterpartIds: ['xuhui'] }), d({ type: 'pledge_sign', date: '2026-12-03', counterpartIds: ['sunjie'] })];
    expect(groupNotesKept([GROUP, 'other'], drafts, 'heping', nameOf, deptOf)).toEqual([GROUP, 'other']);
  });
  it('narrows it when one was taken off, though he is talked to on another day', () => {
    const drafts = [d({ type: 'pledge_sign', date: '2026-12-03', counterpartIds: ['sunjie'] }), d({ type: 'talk_integrity', date: '2026-12-04', counterpartIds: ['xuhui'] })];
    expect(groupNotesKept([GROUP], drafts, 'heping', nameOf, deptOf)).toEqual(['「中心全体人员」按孙杰共1人记录（徐辉已去掉）']);
  });
  it('drops it when no one of it is left', () => {
    expect(groupNotesKept([GROUP], [d({ type: 'talk_integrity', date: '2026-12-04' })], 'heping', nameOf, deptOf)).toEqual([]);
  });
  it('drops a units note once the departments were set anew, keeps it while all are there', () => {
    expect(groupNotesKept([UNITS], [d({ type: 'inspect_style', departmentId: 'center' })], 'heping', nameOf, deptOf)).toEqual([]);
    expect(groupNotesKept([UNITS], [d({ type: 'inspect_style', departmentId: 'office', departmentIds: ['office', 'finance', 'center'] })], 'heping', nameOf, deptOf)).toEqual([UNITS]);
  });
  it('drops an own-sections note once the unit is no record\'s', () => {
    expect(groupNotesKept([OWN], [d({ type: 'inspect_style', departmentId: 'office' })], 'heping', nameOf, deptOf)).toEqual([]);
    expect(groupNotesKept([OWN], [d({ type: 'inspect_style', departmentId: 'center' })], 'heping', nameOf, deptOf)).toEqual([OWN]);
  });
  it('tells group notes from a doer reading', () => {
    expect(isGroupNote(GROUP)).toBe(true);
    expect(isGroupNote(UNITS)).toBe(true);
    expect(isGroupNote('「张书记」按张伟记录')).toBe(false);
  });
});
