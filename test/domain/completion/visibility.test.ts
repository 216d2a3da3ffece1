// Who may see what: the permission matrix, the polite refusals, and lines narrowed to what a viewer may see.
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../src/domain/completion/types.js';
import { canView, restrictLines, restrictReport } from '../../../src/domain/completion/visibility.js';
import { act, at, completionOf, smallDirectory, viewOf } from '../../support/completionFixtures.js';

const directory = smallDirectory();

const SCOPES: Record<string, Scope> = {
  all: { kind: 'all' },
  talks: { kind: 'duty', dutyId: 'talk-leader-heads' },
  office: { kind: 'department', departmentId: 'd-office' },
  rehab: { kind: 'department', departmentId: 'd-rehab' },
  rights: { kind: 'department', departmentId: 'd-rights' },
  info: { kind: 'department', departmentId: 'd-info' },
  sec: { kind: 'person', personId: 'sec' },
  l1: { kind: 'person', personId: 'l1' },
  h1: { kind: 'person', personId: 'h1' },
  h2: { kind: 'person', personId: 'h2' },
  h5: { kind: 'person', personId: 'h5' },
  m1: { kind: 'person', personId: 'm1' },
  m4: { kind: 'person', personId: 'm4' },
  insp: { kind: 'person', personId: 'insp' },
  officeTalks: { kind: 'department', departmentId: 'd-office', dutyIds: ['talk-leader-heads'] },
};
const NAMES = Object.keys(SCOPES);

// viewer → the scopes they may see; everything else is refused.
const MATRIX: Record<string, string[]> = {
  sec: NAMES,
  insp: NAMES,
  l1: ['office', 'l1', 'h1', 'h2', 'm1', 'officeTalks'],
  l3: ['rights', 'info', 'h5', 'm4'],
  h1: ['office', 'h1', 'm1', 'officeTalks'],
  m1: ['m1'],
  nobody: [],
};

describe('canView', () => {
  it.each(Object.entries(MATRIX).flatMap(([viewer, allowed]) => NAMES.map((scope) => ({ viewer, scope, allowed: allowed.includes(scope) }))))(
    '$viewer → $scope: $allowed',
    ({ viewer, scope, allowed }) => {
      const verdict = canView(directory, viewer, SCOPES[scope] as Scope);
      expect(verdict.allowed).toBe(allowed);
      if (!verdict.allowed) expect(verdict.reason).toMatch(/[。]$/);
    },
  );

  it.each([
    { viewer: 'l1', scope: 'rehab', reason: '抱歉，您暂无权限查看康复中心的完成情况。您可以查看本人和分管科室（办公室、财务科）的完成情况，例如「我的完成情况」「办公室本季度完成情况」。' },
    { viewer: 'h1', scope: 'all', reason: '全单位的完成情况仅党组书记和纪检人员可以查看。您可以查看本人和本科室（办公室）的完成情况，例如「我的完成情况」「办公室本季度完成情况」。' },
    { viewer: 'l3', scope: 'l1', reason: '抱歉，您暂无权限查看李明的完成情况。您可以查看本人和分管科室（维权科、信息中心）的完成情况，例如「我的完成情况」「维权科本季度完成情况」。' },
    { viewer: 'm1', scope: 'h1', reason: '抱歉，您暂无权限查看陈静的完成情况。您可以查看自己的任务，例如「我的任务」「我的完成情况」。' },
    { viewer: 'nobody', scope: 'm1', reason: '暂未在通讯录中找到您，无法查看完成情况。请联系纪检管理员登记。' },
  ])('tells $viewer politely what they may ask instead of $scope', ({ viewer, scope, reason }) => {
    expect(canView(directory, viewer, SCOPES[scope] as Scope)).toEqual({ allowed: false, reason });
  });
});

describe('restrictLines', () => {
  const acts = [act({ type: 'talk_integrity', date: '2026-04-01', actorId: 'l1', counterpartIds: ['h1', 'h2'] })];
  const report = completionOf(acts, viewOf('2026-05-01'), at('2026-05-15 10:00'));
  const keys = (viewer: string) => restrictLines(directory, viewer, report.lines).map((l) => `${l.dutyId}/${l.responsibleId}`);

  it('shows the secretary and inspectors everything', () => {
    expect(keys('sec')).toHaveLength(report.lines.length);
    expect(keys('insp')).toHaveLength(report.lines.length);
  });

  it('shows a head what their department scope shows', () => {
    const office = completionOf(acts, viewOf('2026-05-01'), at('2026-05-15 10:00'), SCOPES.office);
    expect(keys('h1')).toEqual(office.lines.map((l) => `${l.dutyId}/${l.responsibleId}`));
    const talk = restrictLines(directory, 'h1', report.lines).find((l) => l.dutyId === 'talk-leader-heads');
    expect([talk?.required, talk?.done, talk?.activityIds]).toEqual([1, 1, [acts[0]?.id]]);
  });

  it('shows a leader their lines, their heads’ lines and their own pair with the secretary', () => {
    const seen = keys('l1');
    expect(seen.filter((k) => k.endsWith('/l1'))).toHaveLength(5);
    expect(seen.filter((k) => k.endsWith('/h1') || k.endsWith('/h2'))).toHaveLength(10);
    expect(seen.filter((k) => k.endsWith('/sec'))).toEqual(['talk-secretary-leaders/sec', 'pledge-sign/sec']);
    const pair = restrictLines(directory, 'l1', report.lines).find((l) => l.dutyId === 'talk-secretary-leaders');
    expect(pair?.parts[0]?.units.map((u) => u.id)).toEqual(['l1']);
  });

  it('shows a member with no duties nothing, and a stranger nothing', () => {
    expect(keys('m1')).toEqual([]);
    expect(keys('nobody')).toEqual([]);
  });

  it('leaves whatever a viewer may ask for unchanged', () => {
    for (const [viewer, allowed] of Object.entries(MATRIX)) {
      for (const name of allowed) {
        const lines = completionOf(acts, viewOf('2026-05-01'), at('2026-05-15 10:00'), SCOPES[name]).lines;
        expect(restrictLines(directory, viewer, lines), `${viewer}/${name}`).toEqual(lines);
      }
    }
  });

  it('recounts the headline of a restricted report', () => {
    const mine = restrictReport(directory, 'h1', report);
    expect(mine.headline.total).toBe(mine.lines.length);
    expect(mine.headline.total).toBeLessThan(report.headline.total);
  });
});
