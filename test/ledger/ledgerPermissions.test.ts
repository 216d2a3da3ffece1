// Exports follow the query rule (visibility.ts): secretary and inspectors everything, a leader their scope, a member their own records.
import { describe, expect, it } from 'vitest';
import { buildLedgerExport } from '../../src/domain/ledger/export.js';
import { activityFilter, scopeLabel } from '../../src/domain/ledger/visibility.js';
import { periodOf } from '../../src/domain/period.js';
import { reachOf } from '../../src/domain/completion/visibility.js';
import { buildLedgerWorkbook } from '../../src/ledger/buildLedgerWorkbook.js';
import { demoActivities, demoConfig, YEAR_END_NOW } from './demoLedger.js';
import { readWorkbook, records, sheet } from './exportTestKit.js';

const { directory, duties } = demoConfig;
const activities = demoActivities();
const year = periodOf('year', '2026-01-01');
const live = activities.filter((a) => !a.deletedAt && a.date.startsWith('2026'));

function exportFor(personId: string, mine = false) {
  return buildLedgerExport({ directory, duties, activities, period: year, now: YEAR_END_NOW, viewer: { kind: 'person', personId }, mine });
}

describe('who sees which records', () => {
  it('the secretary and the inspectors export everything', () => {
    for (const id of ['zhangwei', 'huangzhigang', 'linxiao']) {
      const exp = exportFor(id);
      expect(exp.rows).toHaveLength(live.length);
      expect(exp.scope).toBe('全单位');
    }
  });

  it('a leader exports the records of their 分管 departments and their own, and nothing of other leaders’ departments', () => {
    const exp = exportFor('wangjianguo');
    const reach = reachOf(directory, 'wangjianguo');
    expect(exp.scope).toBe('王建国及分管科室（办公室、财务科）');
    expect(exp.rows.length).toBeGreaterThan(0);
    expect(exp.rows.length).toBeLessThan(live.length);
    for (const r of exp.rows) {
      const involved = [r.actorId, ...r.counterpartIds].some((id) => reach.people.has(id));
      expect(involved || ['办公室', '财务科'].includes(r.departmentName ?? '')).toBe(true);
    }
    const ids = exp.rows.map((r) => r.id);
    const talkWithHim = live.find((a) => a.type === 'talk_integrity' && a.actorId === 'zhangwei' && a.counterpartIds[0] === 'wangjianguo')!;
    const officeMemberReport = live.find((a) => a.actorId === 'wangfang')!;
    const otherLeadersPledge = live.find((a) => a.type === 'pledge_sign' && a.actorId === 'liufang')!;
    expect(ids).toContain(talkWithHim.id);
    expect(ids).toContain(officeMemberReport.id);
    expect(ids).not.toContain(otherLeadersPledge.id);
    // His summary: his lines, the heads he supervises, and the secretary's duties narrowed to the pairs with him.
    expect(new Set(exp.summary.map((s) => s.responsibleName))).toEqual(new Set(['张伟', '王建国', '李明', '孙丽']));
    const secretarys = exp.summary.filter((s) => s.responsibleName === '张伟');
    expect(secretarys.map((s) => s.dutyId).sort()).toEqual(['pledge-sign', 'talk-secretary-leaders']);
    expect(secretarys.find((s) => s.dutyId === 'talk-secretary-leaders')).toMatchObject({ required: 2, done: 2 });
  });

  it('a member exports only their own records, in the workbook too', async () => {
    const exp = exportFor('wangfang');
    expect(exp.scope).toBe('王芳本人');
    expect(exp.rows.map((r) => r.actorName)).toEqual(['王芳']);
    const wb = await readWorkbook(await buildLedgerWorkbook(exp));
    expect(records(sheet(wb, '活动台账')).map((r) => r['题目'])).toEqual(['办公室开展节前廉政提醒']);
    expect(records(sheet(wb, '汇总'))).toEqual([]);
  });

  it('「导出我的台账」 narrows even the secretary to their own records', () => {
    const exp = exportFor('zhangwei', true);
    expect(exp.scope).toBe('张伟本人');
    expect(exp.rows.every((r) => r.actorId === 'zhangwei' || r.counterpartIds.includes('zhangwei') || r.reporterName === '张伟')).toBe(true);
    expect(exp.rows.length).toBeLessThan(live.length);
    expect(new Set(exp.summary.map((s) => s.responsibleName))).toEqual(new Set(['张伟']));
  });

  it('a head sees a talk their 分管领导 held with them, and one they reported themselves', () => {
    const see = activityFilter(directory, { kind: 'person', personId: 'sunli' });
    const held = live.filter((a) => a.counterpartIds.includes('sunli'));
    const reported = live.filter((a) => a.actorId === 'sunli');
    expect(held.length + reported.length).toBeGreaterThan(1);
    for (const a of [...held, ...reported]) expect(see(a)).toBe(true);
    expect(see(live.find((a) => a.actorId === 'zhangwei' && a.type === 'meeting_special')!)).toBe(false);
  });

  it('someone not in the directory sees nothing', () => {
    expect(activities.filter(activityFilter(directory, { kind: 'person', personId: 'nobody' }))).toEqual([]);
    expect(scopeLabel(directory, { kind: 'operator' })).toBe('全单位');
  });
});
