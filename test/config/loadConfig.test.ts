import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/configError.js';
import { loadEnv } from '../../src/config/env.js';
import { loadConfig } from '../../src/config/loadConfig.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-config-'));
  await cp('config', dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function edit(name: string, from: string | RegExp, to: string): Promise<void> {
  const path = join(dir, name);
  const text = await readFile(path, 'utf8');
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  await writeFile(path, changed);
}

function failure(): ConfigError {
  try {
    loadConfig(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected loadConfig to fail');
}

describe('the shipped demo config', () => {
  it('loads: one secretary, leaders supervising departments, heads, inspectors, the whole catalogue', () => {
    const { directory, duties } = loadConfig('config');
    expect(directory.secretary()?.name).toBe('张伟');
    expect(directory.withRole('leader')).toHaveLength(4);
    expect(directory.org.departments.length).toBeGreaterThanOrEqual(6);
    for (const leader of directory.withRole('leader')) expect(directory.supervisedBy(leader.id).length).toBeGreaterThanOrEqual(2);
    expect(directory.withRole('dept_head')).toHaveLength(directory.org.departments.length);
    expect(directory.withRole('inspector').length).toBeGreaterThanOrEqual(1);
    expect(duties.map((d) => d.id)).toContain('talk-secretary-leaders');
    expect(duties).toHaveLength(19);
  });
});

describe('config errors name the file, the line, the path and what was expected', () => {
  it('an unknown role', async () => {
    await edit('organization.yaml', 'roles: [leader],    open_id: ou_9fdf', 'roles: [boss],    open_id: ou_9fdf');
    const e = failure();
    expect(e.file).toMatch(/organization\.yaml$/);
    expect(e.path).toBe('people[2].roles[0]');
    expect(e.line).toBe(18);
    expect(e.message).toContain('secretary');
  });

  it('a supervisor who is not a leader', async () => {
    await edit('organization.yaml', 'head: zhoutao,  supervisor: liufang', 'head: zhoutao,  supervisor: liming');
    const e = failure();
    expect(e.path).toBe('departments[2].supervisor');
    expect(e.message).toContain('李明');
  });

  it('a head who does not exist', async () => {
    await edit('organization.yaml', 'head: sunli,', 'head: nobody,');
    expect(failure().path).toBe('departments[1].head');
  });

  it('a misspelt field (typos are not silently ignored)', async () => {
    await edit('organization.yaml', 'supervisor: wangjianguo }', 'supervsior: wangjianguo }');
    expect(failure().message).toMatch(/supervsior|supervisor/);
  });

  it('two secretaries', async () => {
    await edit('organization.yaml', 'roles: [leader],    open_id: ou_e647', 'roles: [secretary], open_id: ou_e647');
    expect(failure().message).toContain('exactly one');
  });

  it('a duty with an unknown activity type or cadence', async () => {
    // The line the misspelt type stands on, counted in the file itself (its header comments may grow).
    const line = (await readFile(join(dir, 'duties.yaml'), 'utf8')).split('\n').findIndex((l) => l.includes('types: [meeting_special]')) + 1;
    expect(line).toBeGreaterThan(0);
    await edit('duties.yaml', 'types: [meeting_special]', 'types: [meeting_specail]');
    const e = failure();
    expect(e.file).toMatch(/duties\.yaml$/);
    expect(e.path).toBe('duties[0].types[0]');
    expect(e.line).toBe(line);
  });

  it('broken YAML', async () => {
    await writeFile(join(dir, 'duties.yaml'), 'duties:\n  - id: x\n   name: [');
    expect(failure().message).toContain('YAML syntax');
  });

  it('a missing file says how to point at the right folder', () => {
    expect(() => loadConfig(join(dir, 'nowhere'))).toThrow(/CONFIG_DIR/);
  });
});

describe('loadEnv', () => {
  it('without FEISHU_APP_ID is demo mode with the documented defaults', () => {
    expect(loadEnv({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: './data',
      configDir: './config',
      emulatorPort: 3001,
      retainReportText: false,
      replySpill: true,
      eventMode: 'webhook',
      journalDurability: 'written',
    });
    expect(loadEnv({ RETAIN_REPORT_TEXT: '1' }).retainReportText).toBe(true);
    expect(() => loadEnv({ RETAIN_REPORT_TEXT: 'yes' })).toThrow(/RETAIN_REPORT_TEXT/);
    expect([loadEnv({}).journalDurability, loadEnv({ EVENT_JOURNAL_SYNC: 'synced' }).journalDurability]).toEqual(['written', 'synced']);
    // The spill is on unless turned off (issue 14 r67): 0 or false turn it off, anything else is refused.
    expect([loadEnv({ REPLY_SPILL: '0' }), loadEnv({ REPLY_SPILL: 'false' }), loadEnv({ REPLY_SPILL: '1' })].map((e) => e.replySpill)).toEqual([false, false, true]);
    expect(() => loadEnv({ REPLY_SPILL: 'off' })).toThrow(/REPLY_SPILL/);
    expect(() => loadEnv({ EVENT_JOURNAL_SYNC: 'fsync' })).toThrow(/EVENT_JOURNAL_SYNC.*written or synced|written or synced/);
  });

  it('with an app id needs the secret and the token, and names the missing variable', () => {
    expect(() => loadEnv({ FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's' })).toThrow(/FEISHU_VERIFICATION_TOKEN/);
    const env = loadEnv({
      FEISHU_APP_ID: 'cli_x',
      FEISHU_APP_SECRET: 's',
      FEISHU_VERIFICATION_TOKEN: 't',
      FEISHU_DOMAIN: 'https://open.larksuite.com/',
      PORT: '8080',
    });
    expect(env.feishu).toEqual({ appId: 'cli_x', appSecret: 's', verificationToken: 't', encryptKey: undefined, domain: 'https://open.larksuite.com' });
    expect(env.port).toBe(8080);
  });

  it('rejects a port that is not a number and a domain that is not a URL', () => {
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadEnv({ FEISHU_DOMAIN: 'open.feishu.cn' })).toThrow(/FEISHU_DOMAIN/);
  });
});

describe('a file with several mistakes is refused with all of them, each with the value found', () => {
  it('lists every schema problem of duties.yaml with its line and value, the file named as the operator can open it', async () => {
    await edit('duties.yaml', /cadence: halfyear/, 'cadence: halfyer');
    await edit('duties.yaml', /min: 2\b/, 'min: two');
    const e = failure();
    expect(e.path).toBe('duties[0].cadence');
    expect(e.message).toMatch(/duties\[0\]\.cadence: .*"halfyear".*, found "halfyer"/);
    expect(e.message).toMatch(/\n.*duties\.yaml:\d+ duties\[\d+\]\.min: .*found "two"/);
    // The config folder lies outside the working directory (a temp dir): named absolutely, never as ../../tmp/….
    expect(e.file).toBe(join(dir, 'duties.yaml'));
    expect(e.message).not.toContain('../');
  });

  it('lists every schema problem of organization.yaml too (a newcomer’s two misspelt roles were reported as one)', async () => {
    await edit('organization.yaml', /roles: \[leader\],    open_id: ou_e647/, 'roles: [leadr],    open_id: ou_e647');
    await edit('organization.yaml', /roles: \[leader\],    open_id: ou_9fdf/, 'roles: [leder],    open_id: ou_9fdf');
    const e = failure();
    expect(e.message).toMatch(/people\[\d+\]\.roles\[0\].*found "leadr"/);
    expect(e.message).toMatch(/\n.*organization\.yaml:\d+ people\[\d+\]\.roles\[0\].*found "leder"/);
  });

  it('lists every unknown id of organization.yaml at once (a newcomer needed one restart per misspelt id)', async () => {
    await edit('organization.yaml', 'head: zhoutao,  supervisor: liufang', 'head: zhoutaoX,  supervisor: liufang');
    await edit('organization.yaml', 'head: wujing,   supervisor: liufang', 'head: wujing,   supervisor: liufangY');
    const e = failure();
    expect(e.message).toMatch(/organization\.yaml:\d+ departments\[\d+\]\.head: .*"zhoutaoX"/);
    expect(e.message).toMatch(/\n.*organization\.yaml:\d+ departments\[\d+\]\.supervisor: .*"liufangY"/);
  });

  it('reminders.yaml: one message per mistake, with what it asks for in Chinese', async () => {
    await edit('reminders.yaml', /^  members: true/m, '  members: yes');
    await edit('reminders.yaml', /^  lead_workdays: 3 /m, '  lead_workdays: -1 ');
    const e = failure();
    expect(e.message).toMatch(/targets\.members: .*found "yes"（应填 true 或 false）/);
    expect(e.message).toMatch(/festival\.lead_workdays: .*found -1（不能小于 1）/);
    expect(e.message.match(/festival\.lead_workdays/g)).toHaveLength(1);
  });
});

describe('organization.yaml with dates: from/until on people, roles, heads and 分管', () => {
  it('accepts dated holders and roles and reads them as of each day', async () => {
    await edit('organization.yaml', 'head: liming,   supervisor: wangjianguo', 'head: [{ id: liming, until: 2026-08-15 }, { id: wangfang, from: 2026-08-16 }], supervisor: wangjianguo');
    await edit('organization.yaml', 'roles: [inspector], department: office, open_id: ou_8be9', 'roles: [{ role: inspector, from: 2026-03-01 }], department: office, open_id: ou_8be9');
    const { directory } = loadConfig(dir);
    expect(directory.dated).toBe(true);
    expect(directory.asOf('2026-08-15').department('office')?.headId).toBe('liming');
    expect(directory.asOf('2026-08-16').department('office')?.headId).toBe('wangfang');
    expect(directory.asOf('2026-08-16').person('wangfang')?.roles).toContain('dept_head');
    expect(directory.asOf('2026-08-16').person('liming')?.roles).not.toContain('dept_head');
    expect(directory.asOf('2026-02-28').withRole('inspector').map((p) => p.name)).toEqual(['黄志刚']);
    expect(directory.asOf('2026-03-01').withRole('inspector').map((p) => p.name)).toEqual(['黄志刚', '林晓']);
  });

  const bad: [string, string | RegExp, string, string, RegExp][] = [
    ['overlapping heads', 'head: liming,   supervisor: wangjianguo', 'head: [{ id: liming, until: 2026-08-15 }, { id: wangfang, from: 2026-08-01 }], supervisor: wangjianguo', 'departments[0].head[1]', /overlaps head\[0\] \(liming\)[\s\S]*第 \d+ 行，「科室」第 1 项「科室负责人」第 2 项/],
    ['until before from', 'open_id: ou_c84736f916c0bc2cb66d70d1c2fb4c42 }', 'open_id: ou_c84736f916c0bc2cb66d70d1c2fb4c42, from: 2026-05-01, until: 2026-04-30 }', 'people[15].until', /on or after from 2026-05-01/],
    ['an impossible date', 'open_id: ou_c84736f916c0bc2cb66d70d1c2fb4c42 }', 'open_id: ou_c84736f916c0bc2cb66d70d1c2fb4c42, until: 2026-02-30 }', 'people[15].until', /expected a date YYYY-MM-DD[\s\S]*「人员」第 16 项「截止日期」/],
    ['two secretaries at once', 'roles: [leader],    open_id: ou_e647', 'roles: [{ role: secretary, from: 2026-01-01 }], open_id: ou_e647', 'people[1].roles', /one person with role secretary \(党组书记\) at a time; 张伟 and 王建国 overlap/],
    ['an unknown role in a dated entry', 'roles: [leader],    open_id: ou_e647', 'roles: [{ role: boss, from: 2026-01-01 }], open_id: ou_e647', 'people[1].roles[0]', /expected \{ role: secretary\|leader\|inspector/],
    ['a dated supervisor who is no leader', 'head: sunli,    supervisor: wangjianguo', 'head: sunli,    supervisor: [{ id: wangjianguo, until: 2026-06-30 }, { id: liming, from: 2026-07-01 }]', 'departments[1].supervisor[1].id', /expected a leader[\s\S]*李明 is not one/],
    ['a 分管领导 whose leader role ended before the 分管 did', 'roles: [leader],    open_id: ou_a15b', 'roles: [{ role: leader, until: 2026-11-30 }], open_id: ou_a15b', 'departments[5].supervisor', /expected a leader \(roles: \[leader\]\) on every day of the 分管; 赵敏 is not one from 2026-12-01[\s\S]*「科室」第 6 项「分管领导」/],
    ['a 分管领导 who left before the 分管 ended', 'roles: [leader],    open_id: ou_76a3329f4496c6dd3364ab2840115dfd }', 'roles: [leader],    open_id: ou_76a3329f4496c6dd3364ab2840115dfd, until: 2026-06-30 }', 'departments[4].supervisor', /陈志强 is not one from 2026-07-01/],
    ['an unknown secretary id at top level', 'name: 某市残疾人联合会', 'name: 某市残疾人联合会\nsecretary: nobody', 'secretary', /expected the id of a person in people, got "nobody"[\s\S]*「党组书记」/],
  ];
  for (const [name, from, to, path, message] of bad) {
    it(name, async () => {
      await edit('organization.yaml', from, to);
      const e = failure();
      expect(e.path).toBe(path);
      expect(e.line).toBeGreaterThan(10);
      expect(e.message).toMatch(message);
    });
  }

  it('a draft with blanks is refused with each blank named, file and line', async () => {
    await edit('organization.yaml', 'head: sunli,    supervisor: wangjianguo', 'head: sunli,    supervisor: 待填写：财务科的分管领导 id');
    await edit('organization.yaml', 'name: 某市残疾人联合会', 'name: 待填写：单位全称');
    const e = failure();
    expect(e.code).toBe('CONFIG_DRAFT');
    expect(e.message).toMatch(/organization\.yaml 是导入生成的草稿，还有 2 处「待填写」/);
    expect(e.message).toMatch(/第 13 行 line 13 {2}name：单位全称/);
    expect(e.message).toMatch(/第 \d+ 行 line \d+ {2}departments\[1\]\.supervisor：财务科的分管领导 id/);
  });

  it('a blank written as a YAML escape ("\\u5F85\\u586B\\u5199") is refused too, though the file never spells 待填写', async () => {
    await edit('organization.yaml', 'name: 某市残疾人联合会', 'name: "\\u5F85\\u586B\\u5199：单位全称"');
    const e = failure();
    expect(e.code).toBe('CONFIG_DRAFT');
    expect(e.message).toMatch(/第 13 行 line 13 {2}name：单位全称/);
  });

  it('a finished file that mentions a blank only in a comment loads', async () => {
    await edit('organization.yaml', 'name: 某市残疾人联合会', 'name: 某市残疾人联合会  # 导入时这里是「待填写」');
    expect(() => loadConfig(dir)).not.toThrow();
  });
});

describe('reminders.yaml times as people write them', () => {
  it('reads an unquoted send_time: 9:30 as 09:30 (a newcomer’s was refused), and still refuses 25:00', async () => {
    await edit('reminders.yaml', 'send_time: "09:30"', 'send_time: 9:30');
    expect(loadConfig(dir).reminders.sendTime).toBe('09:30');
    await edit('reminders.yaml', 'send_time: 9:30', 'send_time: "25:00"');
    expect(failure().message).toMatch(/send_time: expected a time HH:mm/);
  });
});

describe('the secretary is not also a 班子成员', () => {
  it('refuses leaders listing the secretary, naming the place (a newcomer’s copied import hint did so and check passed)', async () => {
    await edit('organization.yaml', /roles: \[secretary\], /, '');
    await edit('organization.yaml', /^people:/m, 'secretary: zhangwei\nleaders: [zhangwei]\npeople:');
    const e = failure();
    expect(e.path).toBe('leaders[0]');
    expect(e.message).toContain('is the secretary (党组书记); remove them from leaders');
  });
});

