// o20: a restart refuses the organisation change 重新加载配置 refuses (it compares with DATA_DIR/accepted-config.json), over the real app.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import { startBot, type RunningBot } from '../../src/main.js';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import { useConfigCopy } from '../support/configCopy.js';
import { SECRETS } from '../support/testBot.js';

const APP = { appId: 'cli_0123456789abcdef', appSecret: 'test-app-secret' };
const NOW = new Date('2026-12-02T08:00:00+08:00');
const config = useConfigCopy('qingfeng-o20-');
let dataDir = '';
let emulator: Emulator;
let running: RunningBot | undefined;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-o20-data-'));
  emulator = createEmulator({ ...APP, verificationToken: SECRETS.verificationToken, now: () => NOW });
  await emulator.listen(0);
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function start(opts: { acceptPastChanges?: boolean } = {}): Promise<RunningBot> {
  const env = {
    feishu: { ...APP, ...SECRETS, domain: emulator.url! },
    port: 0, host: '127.0.0.1', dataDir, configDir: config.dir, emulatorPort: 0, retainReportText: false,
  };
  return startBot({ env, config: loadConfig(config.dir), now: () => NOW, log: () => {}, scheduler: false, ...opts });
}

async function restart(opts: { acceptPastChanges?: boolean } = {}): Promise<void> {
  await running?.stop();
  running = undefined;
  running = await start(opts);
}

/** 孙丽 headed 财务科 all along; the edit says 王强 did, undated: every closed half-year would be recounted. */
const REWRITE = ['head: sunli,    supervisor: wangjianguo', 'head: wangqiang, supervisor: wangjianguo'] as const;

describe('a restart compares the config with the one last accepted (o20)', () => {
  it('a first start accepts the files and keeps them in DATA_DIR', async () => {
    running = await start();
    const stored = JSON.parse(await readFile(join(dataDir, 'accepted-config.json'), 'utf8'));
    expect(stored.version).toBe(1);
    expect(stored.organization.departments.find((d: { id: string }) => d.id === 'finance').headId).toBe('sunli');
    expect(stored.duties.length).toBeGreaterThan(0);
  });

  it('refuses an undated change of head, naming file, line and field, as 重新加载配置 does; the stored config stays', async () => {
    running = await start();
    await config.edit(...REWRITE);
    const error = await restart().then(() => undefined, (e: unknown) => e as Error & { code?: string });
    expect(error?.code).toBe('CONFIG_REWRITES_PAST');
    const line = (await readFile(join(config.dir, 'organization.yaml'), 'utf8')).split('\n').findIndex((l) => l.includes('head: wangqiang')) + 1;
    expect(error!.message).toMatch(new RegExp(`^\\S*organization\\.yaml:${line} departments\\[1\\]\\.head: 与上次接受的配置相比，这次修改会改变已经结束的周期的完成情况，清风未启动`));
    expect(error!.message).toContain('2025年上半年：王建国、孙丽、王强');
    expect(error!.message).toContain(`organization.yaml 第 ${line} 行，字段 departments[1].head（「科室」第 2 项「科室负责人」）`);
    expect(error!.message).toContain('head 同理');
    expect(error!.message).toContain('--accept-past-changes');
    const stored = JSON.parse(await readFile(join(dataDir, 'accepted-config.json'), 'utf8'));
    expect(stored.organization.departments.find((d: { id: string }) => d.id === 'finance').headId).toBe('sunli');
  });

  it('starts with the same change dated from a day of the open half-year', async () => {
    running = await start();
    await config.edit('head: sunli,    supervisor', 'head: [{ id: sunli, until: 2026-11-30 }, { id: wangqiang, from: 2026-12-01 }], supervisor');
    await restart();
    const stored = JSON.parse(await readFile(join(dataDir, 'accepted-config.json'), 'utf8'));
    expect(stored.organization.departments.find((d: { id: string }) => d.id === 'finance').heads).toHaveLength(2);
  });

  it('refuses deleting someone who owed duties in a closed period', async () => {
    running = await start();
    await config.edit(/  - \{ id: linxiao,.*\n/, '');
    await expect(restart()).rejects.toMatchObject({ code: 'CONFIG_REWRITES_PAST', message: expect.stringContaining('删除了 林晓（id: linxiao）') });
  });

  it('--accept-past-changes starts once with the rewrite, which is then the config compared with', async () => {
    running = await start();
    await config.edit(...REWRITE);
    await expect(restart()).rejects.toMatchObject({ code: 'CONFIG_REWRITES_PAST' });
    await restart({ acceptPastChanges: true });
    expect(running.config.current().directory.asOf('2026-03-01').department('finance')?.headId).toBe('wangqiang');
    await restart();
    const stored = JSON.parse(await readFile(join(dataDir, 'accepted-config.json'), 'utf8'));
    expect(stored.organization.departments.find((d: { id: string }) => d.id === 'finance').headId).toBe('wangqiang');
  });

  it('a version 2 data dir (no stored config) starts and stores the config', async () => {
    await writeFile(join(dataDir, 'db.json'), JSON.stringify({ version: 2, activities: [], audit: [], dialogs: [], outbox: [], settings: { remindersPaused: true } }));
    await config.edit(...REWRITE);
    running = await start();
    const stored = JSON.parse(await readFile(join(dataDir, 'accepted-config.json'), 'utf8'));
    expect(stored.organization.departments.find((d: { id: string }) => d.id === 'finance').headId).toBe('wangqiang');
  });

  it('a 重新加载配置 that went through is what the next start compares with', async () => {
    running = await start();
    await config.edit('head: sunli,    supervisor', 'head: [{ id: sunli, until: 2026-11-30 }, { id: wangqiang, from: 2026-12-01 }], supervisor');
    const outcome = await running.config.reload();
    expect(outcome.ok).toBe(true);
    // Written after the swap, in the background of the reload's reply.
    const heads = async () => JSON.parse(await readFile(join(dataDir, 'accepted-config.json'), 'utf8')).organization.departments.find((d: { id: string }) => d.id === 'finance').heads;
    await expect.poll(heads, { timeout: 5_000 }).toHaveLength(2);
    // The undated form of the same change now rewrites the first half against the reloaded config.
    await config.edit('head: [{ id: sunli, until: 2026-11-30 }, { id: wangqiang, from: 2026-12-01 }], supervisor', 'head: wangqiang, supervisor');
    await expect(restart()).rejects.toMatchObject({ code: 'CONFIG_REWRITES_PAST' });
  });
});
