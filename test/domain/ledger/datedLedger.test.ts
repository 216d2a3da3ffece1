// History stays true in the 台账 and the year's account: a leaver keeps their name and records; a replaced head's talks still count as a head's.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../../../src/config/loadConfig.js';
import { buildLedgerExport } from '../../../src/domain/ledger/export.js';
import { buildYearEndAccount } from '../../../src/domain/ledger/yearEndAccount.js';
import { periodOf } from '../../../src/domain/period.js';
import { act, at } from '../../support/completionFixtures.js';

let dir: string;
let config: AppConfig;
const YEAR = periodOf('year', '2026-01-01');
const NOW = at('2026-12-28 18:00');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-dated-ledger-'));
  await cp('config', dir, { recursive: true });
  const file = join(dir, 'organization.yaml');
  const text = (await readFile(file, 'utf8'))
    // 陈志强 leaves on 30 June; 赵敏 takes his departments.
    .replace('open_id: ou_76a3329f4496c6dd3364ab2840115dfd }', 'open_id: ou_76a3329f4496c6dd3364ab2840115dfd, until: 2026-06-30 }')
    .replace('head: zhenghua, supervisor: chenzhiqiang }', 'head: zhenghua, supervisor: [{ id: chenzhiqiang, until: 2026-06-30 }, { id: zhaomin, from: 2026-07-01 }] }')
    .replace('head: fengxue,  supervisor: chenzhiqiang }', 'head: fengxue,  supervisor: [{ id: chenzhiqiang, until: 2026-06-30 }, { id: zhaomin, from: 2026-07-01 }] }')
    // 李明 hands 办公室 to 王芳 in August.
    .replace('head: liming,   supervisor: wangjianguo', 'head: [{ id: liming, until: 2026-08-15 }, { id: wangfang, from: 2026-08-16 }], supervisor: wangjianguo');
  await writeFile(file, text);
  config = loadConfig(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const records = [
  act({ id: 'r1', type: 'talk_integrity', date: '2026-04-10', actorId: 'chenzhiqiang', counterpartIds: ['zhenghua'], reporter: 'ou_76a3329f4496c6dd3364ab2840115dfd' }),
  act({ id: 'r2', type: 'talk_integrity', date: '2026-05-10', actorId: 'wangjianguo', counterpartIds: ['liming'], reporter: 'ou_b66180ae6d524c64833070a4f4fd29ba' }),
  act({ id: 'r3', type: 'talk_integrity', date: '2026-09-10', actorId: 'wangjianguo', counterpartIds: ['wangfang'], reporter: 'ou_e647eb58c2d66f83e24d5879c941e2a3' }),
  act({ id: 'r4', type: 'report_duty', date: '2026-06-20', actorId: 'chenzhiqiang', reporter: 'ou_76a3329f4496c6dd3364ab2840115dfd' }),
];

describe('the 台账 after people changed', () => {
  it('keeps the leaver’s records with his name, and the reporter who has since stopped heading the office', () => {
    const ledger = buildLedgerExport({ directory: config.directory.asOf('2026-12-28'), duties: config.duties, activities: records, period: YEAR, now: NOW, viewer: { kind: 'operator' } });
    const byId = new Map(ledger.rows.map((r) => [r.id, r]));
    expect(byId.get('r1')).toMatchObject({ actorName: '陈志强' });
    expect(byId.get('r4')).toMatchObject({ actorName: '陈志强' });
    expect(byId.get('r2')).toMatchObject({ actorName: '王建国', reporterName: '李明' });
    // The summary sheet: his first-half talk line is there, with his name.
    const line = ledger.summary.find((s) => JSON.stringify(s).includes('陈志强') && JSON.stringify(s).includes('班子成员与分管科室负责人'));
    expect(line).toBeDefined();
  });

  it('the year’s account counts each talk by the roles held on its day', () => {
    const account = buildYearEndAccount({ directory: config.directory.asOf('2026-12-28'), activities: records, period: YEAR, now: NOW, viewer: { kind: 'operator' }, subject: { kind: 'organization' } });
    const text = account.paragraphs.join('\n');
    // All three talks are 班子成员与科室负责人, though 陈志强 has left and 李明 no longer heads the office.
    expect(text).toContain('开展廉政谈话3人次');
    expect(text).toContain('班子成员与科室负责人3人次');
  });

  it('the leaver’s own 述廉 material can still be drawn for his time', () => {
    const account = buildYearEndAccount({ directory: config.directory.asOf('2026-12-28'), activities: records, period: YEAR, now: NOW, viewer: { kind: 'operator' }, subject: { kind: 'person', personId: 'chenzhiqiang' } });
    expect(account.title).toContain('陈志强');
    expect(account.figures.flatMap((f) => f.rows.map((r) => r.id))).toEqual(expect.arrayContaining(['r1', 'r4']));
  });
});
