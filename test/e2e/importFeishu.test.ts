// End to end: the emulator's demo directory → `npm run org -- import-feishu` → a draft the bot refuses → blanks filled → the bot answers 本季度完成情况.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runOrg } from '../../src/cli/org.js';
import { ConfigError } from '../../src/config/configError.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import { demoTenant } from '../../src/emulator/demoTenant.js';
import { sentText, startTestBot, type TestBot } from '../support/testBot.js';

const APP = { appId: 'cli_importfeishu0001', appSecret: 'import-secret' };
let dir: string;
let tenant: Emulator;
let lines: string[];
let bot: TestBot | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-import-'));
  await cp('config/duties.yaml', join(dir, 'duties.yaml'));
  await cp('config/reminders.yaml', join(dir, 'reminders.yaml'));
  tenant = createEmulator({ ...APP, ...demoTenant(loadConfig('config').directory.source) });
  await tenant.listen(0);
  lines = [];
});
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  await tenant.close();
  await rm(dir, { recursive: true, force: true });
});

function org(...argv: string[]): Promise<number> {
  const env = { FEISHU_APP_ID: APP.appId, FEISHU_APP_SECRET: APP.appSecret, FEISHU_VERIFICATION_TOKEN: 'v', FEISHU_DOMAIN: tenant.url, CONFIG_DIR: dir };
  return runOrg(argv, { env, now: new Date('2026-11-20T02:00:00Z'), out: (l) => lines.push(l) });
}

/** What the 纪检 officer types into the blanks: the demo's own answers. */
const SUPERVISORS: Record<string, string> = {
  办公室: 'wangjianguo', 财务科: 'wangjianguo', 组联部: 'liufang', 康复部: 'liufang',
  教育就业部: 'chenzhiqiang', 维权部: 'chenzhiqiang', 宣文部: 'zhaomin', 残疾人康复中心: 'zhaomin',
};

function fill(yaml: string): string {
  return yaml
    .replace(/^name: 待填写.*$/m, 'name: 某市残疾人联合会')
    .replace(/^secretary: 待填写[^#\n]*/m, 'secretary: zhangwei ')
    .replace(/^leaders: \[待填写[^\]]*\]/m, 'leaders: [wangjianguo, liufang, chenzhiqiang, zhaomin]')
    .replace(/^inspectors: \[待填写[^\]]*\]/m, 'inspectors: [huangzhigang, linxiao]')
    .replace(/name: ([^,]+), aliases: \[\], head: (\w+), supervisor: 待填写[^}]*\}/g, (_m, name: string, head: string) => `name: ${name}, aliases: [], head: ${head}, supervisor: ${SUPERVISORS[name]} }`);
}

describe('import-feishu', () => {
  it('writes a draft with departments, heads, people, titles and open_ids, and marks what Feishu cannot know', async () => {
    expect(await org('import-feishu')).toBe(0);
    const out = lines.join('\n');
    expect(out).toContain('26 人、8 个科室');
    expect(out).toMatch(/还有 12 处「待填写」/);
    const yaml = await readFile(join(dir, 'organization.yaml'), 'utf8');
    expect(yaml).toContain('{ id: liming, name: 李明, title: 办公室主任, department: office, open_id: ou_b66180ae6d524c64833070a4f4fd29ba }');
    expect(yaml).toContain('{ id: office, name: 办公室, aliases: [], head: liming, supervisor: 待填写：办公室的分管领导 id }');
    // The 领导班子 department is not a 科室: its leader and members are offered as hints.
    expect(yaml).toMatch(/secretary: 待填写：党组书记的 id（通讯录「领导班子」负责人是 zhangwei）/);
    // Not the secretary again: copying the hint made the 书记 a 班子成员 too (a newcomer).
    expect(yaml).toMatch(/leaders: \[待填写：班子成员的 id 列表（通讯录「领导班子」有 wangjianguo liufang chenzhiqiang zhaomin）\]/);
    expect(yaml).not.toMatch(/id: leadership/);
    // It paged through the documented endpoints with department_id ids.
    expect(tenant.calls.some((c) => c.path === '/open-apis/contact/v3/departments/0/children' && c.query.department_id_type === 'department_id')).toBe(true);
    expect(tenant.calls.filter((c) => c.path === '/open-apis/contact/v3/users/find_by_department')).toHaveLength(10);
  });

  it('npm start refuses the draft, naming each blank with its line; `check` says the same', async () => {
    expect(await org('import-feishu')).toBe(0);
    let error: unknown;
    try {
      loadConfig(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.code).toBe('CONFIG_DRAFT');
    expect(e.message).toMatch(/12 处「待填写」/);
    const named = [...e.message.matchAll(/第 (\d+) 行 line \d+ {2}(\S+)：/g)].map((m) => m[2]);
    expect(named).toEqual([
      'name', 'secretary', 'leaders[0]', 'inspectors[0]',
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `departments[${i}].supervisor`),
    ]);
    lines = [];
    expect(await org('check')).toBe(1);
    expect(lines.join('\n')).toMatch(/草稿[\s\S]*departments\[7\]\.supervisor/);
  });

  it('refuses to overwrite without --force, then keeps a backup', async () => {
    expect(await org('import-feishu')).toBe(0);
    expect(await org('import-feishu')).toBe(1);
    expect(lines.join('\n')).toContain('[ORG_EXISTS]');
    expect(await org('import-feishu', '--force')).toBe(0);
    expect(lines.join('\n')).toMatch(/旧文件已备份为 .*organization\.yaml\.bak-20261120-020000/);
  });

  it('an app short of a contact scope: no names is refused naming the scope, no 职务 is said and the draft still written', async () => {
    const restart = async (grantedScopes: string[]) => {
      await tenant.close();
      tenant = createEmulator({ ...APP, ...demoTenant(loadConfig('config').directory.source), grantedScopes });
      await tenant.listen(0);
      lines = [];
    };
    const base = ['contact:contact.base:readonly', 'contact:department.base:readonly', 'contact:department.organize:readonly'];
    await restart(base);
    expect(await org('import-feishu')).toBe(1);
    expect(lines.join('\n')).toMatch(/^读取飞书通讯录失败：Feishu answered the directory without member names \(姓名\)。.*enable contact:user\.base:readonly[^]*\[ORG_FEISHU\]$/);
    await restart([...base, 'contact:user.base:readonly']);
    expect(await org('import-feishu')).toBe(0);
    const out = lines.join('\n');
    expect(out).toContain('注意：飞书没有返回成员的职务（草稿和对照里职务为空）；应用未开通 contact:user.employee:readonly');
    expect(out).toContain('26 人、8 个科室');
  });

  it('filled in, the bot starts on it and answers 本季度完成情况 with the imported heads', async () => {
    expect(await org('import-feishu')).toBe(0);
    const file = join(dir, 'organization.yaml');
    await writeFile(file, fill(await readFile(file, 'utf8')));
    lines = [];
    expect(await org('check')).toBe(0);
    expect(lines.join('\n')).toMatch(/检查通过[\s\S]*党组书记：张伟[\s\S]*王建国（党组成员、副理事长）：分管 办公室、财务科/);
    expect(lines.join('\n')).toContain('办公室：负责人 李明，分管 王建国，');

    bot = await startTestBot({ configDir: dir });
    await bot.say('李明', '今天和王建国副理事长进行了廉政谈话');
    await bot.say('李明', '确认');
    await bot.running.drain();
    const before = bot.emulator.sent.length;
    await bot.say('张伟', '本季度完成情况');
    await bot.running.drain();
    const answer = sentText(bot.emulator.sent[before]!);
    expect(answer).toContain('2026年第四季度全单位的完成情况');
    for (const name of ['李明', '孙丽', '周涛', '何平', '黄志刚']) expect(answer).toContain(name);
    const leader = bot.emulator.sent.length;
    await bot.say('王建国', '本季度完成情况');
    await bot.running.drain();
    const own = sentText(bot.emulator.sent[leader]!);
    expect(own).toContain('孙丽');
    expect(own).not.toContain('周涛');
  });
});

describe('import-feishu --demo against `npm start` in demo mode', () => {
  it('reads the demo tenant the bot’s own emulator serves', async () => {
    const { startBot } = await import('../../src/main.js');
    const data = await mkdtemp(join(tmpdir(), 'qingfeng-demo-import-'));
    const running = await startBot({
      env: { port: 0, host: '127.0.0.1', dataDir: data, configDir: 'config', emulatorPort: 0, retainReportText: false },
      now: () => new Date('2026-11-20T02:00:00Z'),
      log: () => {},
    });
    try {
      const out: string[] = [];
      const code = await runOrg(['import-feishu', '--demo', '--out', join(dir, 'draft.yaml')], {
        env: { CONFIG_DIR: dir, EMULATOR_URL: running.emulator!.url },
        now: new Date('2026-11-20T02:00:00Z'),
        out: (l) => out.push(l),
      });
      expect(code).toBe(0);
      expect(out.join('\n')).toContain('26 人、8 个科室');
      const yaml = await readFile(join(dir, 'draft.yaml'), 'utf8');
      expect(yaml).toContain('{ id: office, name: 办公室, aliases: [], head: liming, supervisor: 待填写：办公室的分管领导 id }');
    } finally {
      await running.stop();
      await rm(data, { recursive: true, force: true });
    }
  });
});
