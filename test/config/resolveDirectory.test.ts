// People configured by mobile / e-mail / user_id: resolved through the real client against the emulator, cached, and logged when not.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileIdCache, createMemoryIdCache } from '../../src/config/idCache.js';
import { resolveConfig, resolveDirectory } from '../../src/config/resolveDirectory.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import { createDirectory, type Organization, type Person } from '../../src/domain/organization.js';
import type { Emulator } from '../../src/emulator/createEmulator.js';
import { createFeishuClient } from '../../src/feishu/createFeishuClient.js';
import type { FeishuClient } from '../../src/feishu/feishuTypes.js';
import { APP, LI, ZHANG, startEmulator } from '../emulator/harness.js';

const person = (id: string, name: string, ids: Partial<Person>): Person => ({ id, name, title: '', roles: ['member'], ...ids });

const ORG: Organization = {
  name: '测试单位',
  departments: [],
  people: [
    person('known', '王一', { openId: 'ou_known' }),
    person('bymobile', '张三', { mobile: '13800138000' }),
    person('byplus', '李四', { mobile: '+8613900139000' }),
    person('nobody', '赵五', { mobile: '13000000000' }),
    person('twin', '张三丰', { email: ZHANG.email! }),
    person('byuserid', '钱六', { userId: 'qian06' }),
  ],
};

let emulator: Emulator;
let client: FeishuClient;
let lines: string[];
const log = (line: string) => void lines.push(line);
const batchCalls = () => emulator.calls.filter((c) => c.path === '/open-apis/contact/v3/users/batch_get_id');

beforeEach(async () => {
  const started = await startEmulator();
  emulator = started.emulator;
  client = createFeishuClient({ ...APP, domain: started.url });
  lines = [];
});
afterEach(() => emulator.close());

describe('resolveDirectory', () => {
  it('fills in open_ids by mobile (with or without +86), logs one line per person it cannot resolve, and caches the rest', async () => {
    const cache = createMemoryIdCache();
    const org = await resolveDirectory(ORG, client, cache, log);
    const ids = Object.fromEntries(org.people.map((p) => [p.id, p.openId]));
    expect(ids).toEqual({ known: 'ou_known', bymobile: ZHANG.openId, byplus: LI.openId, nobody: undefined, twin: undefined, byuserid: undefined });
    // One batch for the mobiles, one for the e-mails (the client sends them apart).
    expect(batchCalls()).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('directory: cannot resolve'))).toEqual([
      expect.stringMatching(/赵五 \(people\[3\], mobile 13000000000\): Feishu knows no user with this 手机号; check it in config\/organization\.yaml/),
      expect.stringMatching(/张三丰 \(people\[4\], email zhangsan@example\.gov\.cn\): it leads to ou_1+, already 张三's/),
      expect.stringMatching(/钱六 \(people\[5\], user_id qian06\)/),
    ]);
    expect(lines.at(-1)).toBe('directory: 2 of 5 people configured without open_id resolved (0 from cache)');
    expect(cache.ids).toEqual({ 'mobile:13800138000': ZHANG.openId, 'mobile:+8613900139000': LI.openId });
    // The directory matches a resolved member's messages by open_id.
    expect(createDirectory(org).byOpenId(ZHANG.openId)?.name).toBe('张三');
  });

  it('asks Feishu only for people the cache does not know', async () => {
    const cache = createMemoryIdCache({ 'mobile:13800138000': ZHANG.openId, 'mobile:+8613900139000': LI.openId });
    await resolveDirectory(ORG, client, cache, log);
    const asked = batchCalls().map((c) => c.body as { mobiles?: string[]; emails?: string[] });
    expect(asked.flatMap((b) => [...(b.mobiles ?? []), ...(b.emails ?? [])])).toEqual(['13000000000', ZHANG.email]);
    expect(lines.at(-1)).toContain('(2 from cache)');
  });

  it('resolves user_ids when the client can, and keeps going from the cache when Feishu fails', async () => {
    emulator.addUser({ openId: 'ou_qian06openid', name: '钱六', userId: 'qian06' });
    const first = await resolveDirectory(ORG, client, createMemoryIdCache(), log);
    expect(first.people.find((p) => p.id === 'byuserid')?.openId).toBe('ou_qian06openid');
    expect(emulator.calls.some((c) => c.path === '/open-apis/contact/v3/users/qian06' && c.query.user_id_type === 'user_id')).toBe(true);

    lines = [];
    emulator.fail({ times: 10, kind: 'server_error', path: /batch_get_id/ });
    const cache = createMemoryIdCache({ 'mobile:13800138000': ZHANG.openId });
    const org = await resolveDirectory(ORG, client, cache, log);
    expect(org.people.find((p) => p.id === 'bymobile')?.openId).toBe(ZHANG.openId);
    expect(lines[0]).toMatch(/^directory: could not look up 4 people's open_id on Feishu \(FEISHU_/);
    expect(lines.filter((l) => l.startsWith('directory: cannot resolve'))).toHaveLength(4);
  });

  it('leaves a config where everyone has an open_id untouched, without asking Feishu', async () => {
    const config = loadConfig('config');
    expect(await resolveConfig(config, client, createMemoryIdCache(), log)).toBe(config);
    expect(batchCalls()).toHaveLength(0);
  });
});

describe('createFileIdCache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qingfeng-ids-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('survives a restart, and treats a damaged file as empty', async () => {
    const file = join(dir, 'sub', 'feishu-ids.json');
    await resolveDirectory(ORG, client, createFileIdCache(file), log);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ 'mobile:13800138000': ZHANG.openId, 'mobile:+8613900139000': LI.openId });
    emulator.reset();
    await resolveDirectory(ORG, client, createFileIdCache(file), log);
    expect((batchCalls()[0]!.body as { mobiles: string[] }).mobiles).toEqual(['13000000000']);

    await writeFile(file, '{not json');
    expect(await createFileIdCache(file).load()).toEqual({});
  });
});
