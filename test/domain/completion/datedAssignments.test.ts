// Changes over time: a period is counted against who held each role during it, so a later change never rewrites a settled half-year.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../../../src/config/loadConfig.js';
import { computeCompletion } from '../../../src/domain/completion/computeCompletion.js';
import type { Activity } from '../../../src/domain/activity.js';
import type { CompletionReport, Scope } from '../../../src/domain/completion/types.js';
import { periodOf, type Period } from '../../../src/domain/period.js';
import { act, at } from '../../support/completionFixtures.js';
import { useConfigCopy } from '../../support/configCopy.js';

const copy = useConfigCopy('qingfeng-dated-');
const edit = copy.edit;

const H1 = periodOf('halfyear', '2026-03-01');
const H2 = periodOf('halfyear', '2026-09-01');
const YEAR = periodOf('year', '2026-06-01');
const NOW = at('2026-12-20 10:00');

/** A realistic first half: every pair talk of 2026-H1 held, plus some of H2 and monthly info reports. */
function makeRecords(): Activity[] {
  const talk = (date: string, actorId: string, other: string) => act({ type: 'talk_integrity', date, actorId, counterpartIds: [other] });
  const heart = (date: string, actorId: string, departmentId: string) => act({ type: 'talk_heart', date, actorId, departmentId });
  const info = (date: string, actorId: string) => act({ type: 'report_info', date, actorId });
  return [
    talk('2026-03-02', 'zhangwei', 'wangjianguo'),
    talk('2026-03-03', 'zhangwei', 'liufang'),
    talk('2026-03-04', 'zhangwei', 'chenzhiqiang'),
    talk('2026-03-05', 'zhangwei', 'zhaomin'),
    talk('2026-04-10', 'wangjianguo', 'liming'),
    talk('2026-04-11', 'wangjianguo', 'sunli'),
    talk('2026-04-12', 'liufang', 'zhoutao'),
    talk('2026-04-13', 'liufang', 'wujing'),
    talk('2026-05-10', 'chenzhiqiang', 'zhenghua'),
    talk('2026-05-11', 'chenzhiqiang', 'fengxue'),
    talk('2026-05-12', 'zhaomin', 'wanglei'),
    heart('2026-05-20', 'wangjianguo', 'finance'),
    heart('2026-05-21', 'chenzhiqiang', 'rights'),
    // Second half: the new arrangement at work.
    talk('2026-09-01', 'liufang', 'sunli'),
    talk('2026-09-02', 'wangjianguo', 'wangfang'),
    talk('2026-09-03', 'zhaomin', 'fengxue'),
    talk('2026-09-04', 'zhangwei', 'wangjianguo'),
    ...['01', '02', '03', '04', '05', '06', '07'].map((m) => info(`2026-${m}-15`, 'liming')),
    ...['09', '10', '11'].map((m) => info(`2026-${m}-15`, 'wangfang')),
  ];
}

const RECORDS = makeRecords();

/** Half-year and shorter duties: the ones a half-year view settles (a yearly duty is owed by whoever holds the role at year end). */
function settled(r: CompletionReport) {
  return r.lines.filter((l) => l.cadence !== 'year');
}

function report(config: AppConfig, view: Period, scope?: Scope): CompletionReport {
  return computeCompletion({ directory: config.directory, duties: config.duties, activities: RECORDS, view, now: NOW, ...(scope ? { scope } : {}) });
}

function units(r: CompletionReport, dutyId: string, who: string): string[] {
  const line = r.lines.find((l) => l.dutyId === dutyId && l.responsibleId === who);
  return line ? line.parts.flatMap((p) => p.units.map((u) => u.id)) : [];
}

function who(r: CompletionReport, dutyId: string): string[] {
  return r.lines.filter((l) => l.dutyId === dutyId).map((l) => l.responsibleId);
}

describe('a mid-year change of 分管: finance moves from 王建国 to 刘芳 on 1 July', () => {
  beforeEach(() =>
    edit(
      'head: sunli,    supervisor: wangjianguo }',
      'head: sunli,    supervisor: [{ id: wangjianguo, until: 2026-06-30 }, { id: liufang, from: 2026-07-01 }] }',
    ),
  );

  it('leaves the first half exactly as it was before the change', () => {
    const before = report(loadConfig('config'), H1);
    const after = report(loadConfig(copy.dir), H1);
    expect(after.lines).toEqual(before.lines);
    expect(after.headline).toEqual(before.headline);
    expect(after.lines.length).toBeGreaterThan(20);
    expect(units(after, 'talk-leader-heads', 'wangjianguo')).toEqual(['liming', 'sunli']);
    expect(units(after, 'heart-talks', 'wangjianguo')).toEqual(['office', 'finance']);
  });

  it('gives the second half to the new 分管领导', () => {
    const r = report(loadConfig(copy.dir), H2);
    expect(units(r, 'talk-leader-heads', 'wangjianguo')).toEqual(['liming']);
    expect(units(r, 'talk-leader-heads', 'liufang')).toEqual(['sunli', 'zhoutao', 'wujing']);
    expect(units(r, 'heart-talks', 'liufang')).toContain('finance');
    expect(units(r, 'heart-talks', 'wangjianguo')).not.toContain('finance');
    // 刘芳's September talk with 孙丽 counts for her, now that finance is hers.
    const line = r.lines.find((l) => l.dutyId === 'talk-leader-heads' && l.responsibleId === 'liufang')!;
    expect(line.missing.map((u) => u.id)).toEqual(['zhoutao', 'wujing']);
  });

  it('a year view shows each half against its own 分管', () => {
    const r = report(loadConfig(copy.dir), YEAR);
    const wang = r.lines.find((l) => l.dutyId === 'talk-leader-heads' && l.responsibleId === 'wangjianguo')!;
    expect(wang.parts.map((p) => p.units.map((u) => u.id))).toEqual([['liming', 'sunli'], ['liming']]);
    const liu = r.lines.find((l) => l.dutyId === 'talk-leader-heads' && l.responsibleId === 'liufang')!;
    expect(liu.parts.map((p) => p.units.map((u) => u.id))).toEqual([['zhoutao', 'wujing'], ['sunli', 'zhoutao', 'wujing']]);
  });

  it('the finance department scope follows the 分管 of each half', () => {
    const first = report(loadConfig(copy.dir), H1, { kind: 'department', departmentId: 'finance' });
    const second = report(loadConfig(copy.dir), H2, { kind: 'department', departmentId: 'finance' });
    expect(who(first, 'talk-leader-heads')).toEqual(['wangjianguo']);
    expect(who(second, 'talk-leader-heads')).toEqual(['liufang']);
  });
});

describe('a department head replaced in August: 李明 hands 办公室 to 王芳', () => {
  beforeEach(() =>
    edit('head: liming,   supervisor: wangjianguo', 'head: [{ id: liming, until: 2026-08-15 }, { id: wangfang, from: 2026-08-16 }], supervisor: wangjianguo'),
  );

  it('the predecessor keeps the first half, unchanged', () => {
    const before = report(loadConfig('config'), H1);
    const after = report(loadConfig(copy.dir), H1);
    expect(settled(after)).toEqual(settled(before));
    expect(who(after, 'unit-report')).toContain('liming');
    expect(who(after, 'unit-report')).not.toContain('wangfang');
  });

  it('the successor owes the second half, and 王建国 owes the talk with her', () => {
    const r = report(loadConfig(copy.dir), H2);
    expect(who(r, 'unit-report')).toContain('wangfang');
    expect(who(r, 'unit-report')).not.toContain('liming');
    expect(units(r, 'talk-leader-heads', 'wangjianguo')).toEqual(['wangfang', 'sunli']);
    const line = r.lines.find((l) => l.dutyId === 'talk-leader-heads' && l.responsibleId === 'wangjianguo')!;
    expect(line.missing.map((u) => u.id)).toEqual(['sunli']);
  });

  it('monthly duties change hands with the month: July 李明, August on 王芳', () => {
    const r = report(loadConfig(copy.dir), YEAR);
    const li = r.lines.find((l) => l.dutyId === 'info-report' && l.responsibleId === 'liming')!;
    const wang = r.lines.find((l) => l.dutyId === 'info-report' && l.responsibleId === 'wangfang')!;
    expect(li.parts.map((p) => p.period.start)).toEqual(['01', '02', '03', '04', '05', '06', '07'].map((m) => `2026-${m}-01`));
    expect(li.done).toBe(7);
    expect(li.status).toBe('done');
    expect(wang.parts.map((p) => p.period.start)).toEqual(['08', '09', '10', '11', '12'].map((m) => `2026-${m}-01`));
    expect(wang.done).toBe(3);
  });

  it('a yearly duty of the head goes to whoever heads the office at year end', () => {
    const r = report(loadConfig(copy.dir), YEAR);
    expect(who(r, 'self-review')).toContain('wangfang');
    expect(who(r, 'self-review')).not.toContain('liming');
  });
});

describe('a leaver: 陈志强 leaves on 30 June, 赵敏 takes over his departments', () => {
  beforeEach(async () => {
    await edit(
      'roles: [leader],    open_id: ou_76a3329f4496c6dd3364ab2840115dfd }',
      'roles: [leader],    open_id: ou_76a3329f4496c6dd3364ab2840115dfd, until: 2026-06-30 }',
    );
    await edit(
      'head: zhenghua, supervisor: chenzhiqiang }',
      'head: zhenghua, supervisor: [{ id: chenzhiqiang, until: 2026-06-30 }, { id: zhaomin, from: 2026-07-01 }] }',
    );
    await edit(
      'head: fengxue,  supervisor: chenzhiqiang }',
      'head: fengxue,  supervisor: [{ id: chenzhiqiang, until: 2026-06-30 }, { id: zhaomin, from: 2026-07-01 }] }',
    );
  });

  it('keeps his first half, records and name', () => {
    const config = loadConfig(copy.dir);
    const before = report(loadConfig('config'), H1);
    const after = report(config, H1);
    expect(settled(after)).toEqual(settled(before));
    expect(settled(after).filter((l) => l.responsibleId === 'chenzhiqiang').length).toBeGreaterThanOrEqual(2);
    expect(units(after, 'talk-leader-heads', 'chenzhiqiang')).toEqual(['zhenghua', 'fengxue']);
    expect(config.directory.asOf('2026-12-01').person('chenzhiqiang')?.name).toBe('陈志强');
  });

  it('the second half owes him nothing and nothing to him', () => {
    const r = report(loadConfig(copy.dir), H2);
    expect(settled(r).filter((l) => l.responsibleId === 'chenzhiqiang')).toEqual([]);
    // The 责任书 window (Q1) fell in his time: that one stays his, even in a later view.
    expect(r.lines.filter((l) => l.responsibleId === 'chenzhiqiang').map((l) => l.dutyId)).toEqual(['pledge-sign']);
    expect(units(r, 'talk-secretary-leaders', 'zhangwei')).toEqual(['wangjianguo', 'liufang', 'zhaomin']);
    expect(units(r, 'talk-leader-heads', 'zhaomin')).toEqual(['zhenghua', 'wanglei', 'fengxue', 'heping']);
    const line = r.lines.find((l) => l.dutyId === 'talk-leader-heads' && l.responsibleId === 'zhaomin')!;
    expect(line.done).toBe(1);
  });

  it('is no longer a member who can write to the bot, nor a leader, after his last day', () => {
    const config = loadConfig(copy.dir);
    const june = config.directory.asOf('2026-06-30');
    const july = config.directory.asOf('2026-07-01');
    expect(june.byOpenId('ou_76a3329f4496c6dd3364ab2840115dfd')?.name).toBe('陈志强');
    expect(july.byOpenId('ou_76a3329f4496c6dd3364ab2840115dfd')).toBeUndefined();
    expect(july.withRole('leader').map((p) => p.id)).toEqual(['wangjianguo', 'liufang', 'zhaomin']);
    expect(july.supervisedBy('zhaomin').map((d) => d.id)).toEqual(['employment', 'publicity', 'rights', 'center']);
  });
});

describe('an organisation without dates', () => {
  it('is the same on every day', () => {
    const { directory } = loadConfig('config');
    expect(directory.dated).toBe(false);
    expect(directory.asOf('2020-01-01')).toBe(directory);
  });
});

describe('roles that begin mid-year, and a vacant post', () => {
  it('an inspector from 1 March owes the monthly inspection from March on, not before', async () => {
    await edit('roles: [inspector], department: office, open_id: ou_8be9', 'roles: [{ role: inspector, from: 2026-03-01 }], department: office, open_id: ou_8be9');
    const r = report(loadConfig(copy.dir), YEAR);
    const lin = r.lines.find((l) => l.dutyId === 'style-inspection' && l.responsibleId === 'linxiao')!;
    expect(lin.parts.map((p) => p.period.start)).toEqual(['03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}-01`));
    const huang = r.lines.find((l) => l.dutyId === 'style-inspection' && l.responsibleId === 'huangzhigang')!;
    expect(huang.parts).toHaveLength(12);
  });

  it('a post left vacant for August owes nothing for August; the successor takes September on', async () => {
    await edit('head: liming,   supervisor: wangjianguo', 'head: [{ id: liming, until: 2026-08-15 }, { id: wangfang, from: 2026-09-01 }], supervisor: wangjianguo');
    const r = report(loadConfig(copy.dir), YEAR);
    const months = (who: string) => r.lines.find((l) => l.dutyId === 'info-report' && l.responsibleId === who)?.parts.map((p) => p.period.start.slice(5, 7));
    expect(months('liming')).toEqual(['01', '02', '03', '04', '05', '06', '07']);
    expect(months('wangfang')).toEqual(['09', '10', '11', '12']);
    const directory = loadConfig(copy.dir).directory;
    expect(directory.asOf('2026-08-20').department('office')?.headId).toBe('');
    expect(directory.asOf('2026-08-20').headedBy('')).toEqual([]);
  });

  it('a newcomer from 1 October owes nothing before, and is not a member before', async () => {
    await edit(
      '  - { id: hujun,',
      '  - { id: qianxin, name: 钱新, title: 组联部副部长, roles: [leader], open_id: ou_0000000000000000000000000000aaaa, from: 2026-10-01 }\n  - { id: hujun,',
    );
    const config = loadConfig(copy.dir);
    expect(config.directory.asOf('2026-09-30').byOpenId('ou_0000000000000000000000000000aaaa')).toBeUndefined();
    expect(config.directory.asOf('2026-10-01').byOpenId('ou_0000000000000000000000000000aaaa')?.name).toBe('钱新');
    const h1 = report(config, H1);
    expect(settled(h1).some((l) => l.responsibleId === 'qianxin')).toBe(false);
    // A yearly duty is owed by whoever holds the role at year end: his 述责述廉 is due; the Q1 责任书 is not his.
    expect(h1.lines.filter((l) => l.responsibleId === 'qianxin').map((l) => l.dutyId)).toEqual(['dept-meeting', 'duty-report']);
    expect(units(h1, 'talk-secretary-leaders', 'zhangwei')).not.toContain('qianxin');
    const h2 = report(config, H2);
    expect(units(h2, 'talk-secretary-leaders', 'zhangwei')).toContain('qianxin');
  });
});

describe('reminders never reach a leaver', () => {
  it('after his last day 陈志强 has a name but no address; before it, both', async () => {
    await edit('roles: [leader],    open_id: ou_76a3329f4496c6dd3364ab2840115dfd }', 'roles: [leader],    open_id: ou_76a3329f4496c6dd3364ab2840115dfd, until: 2026-06-30 }');
    await edit('head: zhenghua, supervisor: chenzhiqiang }', 'head: zhenghua, supervisor: [{ id: chenzhiqiang, until: 2026-06-30 }, { id: zhaomin, from: 2026-07-01 }] }');
    await edit('head: fengxue,  supervisor: chenzhiqiang }', 'head: fengxue,  supervisor: [{ id: chenzhiqiang, until: 2026-06-30 }, { id: zhaomin, from: 2026-07-01 }] }');
    const { directory } = loadConfig(copy.dir);
    expect(directory.asOf('2026-07-01').person('chenzhiqiang')).toMatchObject({ name: '陈志强' });
    expect(directory.asOf('2026-07-01').person('chenzhiqiang')?.openId).toBeUndefined();
    expect(directory.asOf('2026-06-30').person('chenzhiqiang')?.openId).toBe('ou_76a3329f4496c6dd3364ab2840115dfd');
  });
});

describe('a member who moves department: 王芳 from 办公室 to 康复部 on 1 July', () => {
  const heartTalks = (): Activity[] => [
    // 王建国's 谈心 with the office in March went through 王芳; 刘芳's with 康复部 in September too.
    act({ id: 'h1', type: 'talk_heart', date: '2026-03-10', actorId: 'wangjianguo', counterpartIds: ['wangfang'] }),
    act({ id: 'h2', type: 'talk_heart', date: '2026-09-10', actorId: 'liufang', counterpartIds: ['wangfang'] }),
  ];
  const heart = (config: AppConfig, view: Period, who: string, unit: string) =>
    computeCompletion({ directory: config.directory, duties: config.duties, activities: heartTalks(), view, now: NOW })
      .lines.find((l) => l.dutyId === 'heart-talks' && l.responsibleId === who)!
      .parts[0]!.units.find((u) => u.id === unit)!.done;

  it('dated: her March talk still covers the office in the first half; her September one covers 康复部', async () => {
    await edit('title: 办公室科员,       department: office,', 'title: 康复部科员,       department: [{ id: office, until: 2026-06-30 }, { id: rehab, from: 2026-07-01 }],');
    const config = loadConfig(copy.dir);
    expect(heart(config, H1, 'wangjianguo', 'office')).toBe(1);
    expect(heart(config, H2, 'liufang', 'rehab')).toBe(1);
    expect(config.directory.asOf('2026-06-30').person('wangfang')?.departmentId).toBe('office');
    expect(config.directory.asOf('2026-07-01').person('wangfang')?.departmentId).toBe('rehab');
  });

  it('undated, the move would recount the first half: the reason to date it', async () => {
    await edit('title: 办公室科员,       department: office,', 'title: 康复部科员,       department: rehab,');
    expect(heart(loadConfig(copy.dir), H1, 'wangjianguo', 'office')).toBe(0);
  });

  it('an unknown department in a move is named with its place', async () => {
    await edit('title: 办公室科员,       department: office,', 'title: 康复部科员,       department: [{ id: office, until: 2026-06-30 }, { id: rehap, from: 2026-07-01 }],');
    expect(() => loadConfig(copy.dir)).toThrow(/people\[15\]\.department\[1\]\.id: expected a department id from departments, got "rehap"/);
  });
});
