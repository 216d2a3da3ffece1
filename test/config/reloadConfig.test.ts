// 重新加载配置: an inspector swaps in edited files; a broken file is named (file, line, field) and changes nothing; others are refused.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/bot/botContext.js';
import type { BotDeps } from '../../src/bot/botDeps.js';
import type { MessageUpdate } from '../../src/bot/botUpdate.js';
import { createLedgerIndex } from '../../src/store/createLedgerIndex.js';
import type { Intent } from '../../src/bot/intent.js';
import { query } from '../../src/bot/intents/query.js';
import { reloadConfig } from '../../src/bot/intents/reloadConfig.js';
import { withLiveConfig } from '../../src/bot/withLiveConfig.js';
import { createConfigHolder } from '../../src/config/configHolder.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import type { OutgoingMessage } from '../../src/feishu/feishuTypes.js';
import { openStore, type Store } from '../../src/store/openStore.js';
import { cardText } from '../support/testBot.js';
import { act } from '../support/completionFixtures.js';

let dir: string;
let store: Store;
let replies: OutgoingMessage[];
let deps: BotDeps;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-reload-'));
  await cp('config', join(dir, 'config'), { recursive: true });
  store = await openStore(join(dir, 'data', 'db.json'));
  replies = [];
  const configDir = join(dir, 'config');
  const holder = createConfigHolder(loadConfig(configDir), () => loadConfig(configDir));
  const feishu = {
    reply: async (_id: string, msg: OutgoingMessage) => (replies.push(msg), { messageId: `om_${replies.length}` }),
    send: async () => ({ messageId: 'om_x' }),
    patchCard: async () => {},
    uploadFile: async () => 'file_x',
  };
  deps = withLiveConfig(
    { store, ledger: createLedgerIndex(store), feishu, now: () => new Date('2026-11-22T10:00:00+08:00'), log: () => {} },
    holder,
  );
});
afterEach(async () => {
  await store.flush();
  await rm(dir, { recursive: true, force: true });
});

let n = 0;
async function say(name: string, text: string, intent: Intent = reloadConfig): Promise<string> {
  const person = deps.directory.org.people.find((p) => p.name === name)!;
  const update: MessageUpdate = {
    kind: 'message', eventId: `ev${++n}`, messageId: `om_in${n}`, chatId: 'oc_p2p', chatType: 'p2p',
    senderOpenId: person.openId!, messageType: 'text', text, mentions: [], sentAt: new Date(),
  };
  const ctx = createContext(update, text, deps);
  const matched = intent.match(ctx);
  expect(matched).not.toBeNull();
  await intent.handle(ctx, matched);
  const last = replies.at(-1)!;
  return last.kind === 'text' ? last.text : last.kind === 'card' ? cardText(last.card) : '';
}

async function edit(name: string, from: string | RegExp, to: string): Promise<void> {
  const path = join(dir, 'config', name);
  const text = await readFile(path, 'utf8');
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  await writeFile(path, changed);
}

describe('重新加载配置', () => {
  it('makes an edited duty catalogue and directory take effect, and says what changed', async () => {
    expect(await say('张伟', '信息报送完成情况', query)).toContain('信息报送');
    await edit('duties.yaml', '    name: 信息报送\n', '    name: 信息报送\n    enabled: false\n');
    await edit('organization.yaml', /  - \{ id: hujun,.*\n/, '');
    const answer = await say('黄志刚', '重新加载配置');
    expect(answer).toMatch(/^配置已重新加载。\n现有 25 人、8 个科室、19 项职责（启用 18 项）。/);
    expect(answer).toContain('移除人员：胡军');
    expect(answer).toContain('停用职责：信息报送');
    expect(deps.duties.find((d) => d.id === 'info-report')?.enabled).toBe(false);
    expect(deps.directory.person('hujun')).toBeUndefined();
    expect(await say('张伟', '本季度完成情况', query)).not.toContain('信息报送');
  });

  it('names the file, line and field of a mistake and keeps the config in force', async () => {
    const before = deps.duties;
    await edit('duties.yaml', /(id: secretary-meetings[\s\S]*?)min: 2/, '$1min: 0');
    const answer = await say('林晓', '重新加载配置');
    expect(answer).toMatch(/^配置有误，本次未重新加载，清风仍按原配置运行。/);
    expect(answer).toMatch(/文件：.*duties\.yaml，第 \d+ 行/);
    expect(answer).toContain('字段：duties[1].min');
    expect(answer).toContain('改正后再发送「重新加载配置」');
    expect(deps.duties).toBe(before);
  });

  it('refuses a 分管领导 whose leader role ends while the 分管 goes on (n4: her departments\' talks were owed by nobody)', async () => {
    const before = deps.directory;
    await edit('organization.yaml', 'roles: [leader],    open_id: ou_a15b', 'roles: [{ role: leader, until: 2026-11-30 }], open_id: ou_a15b');
    const answer = await say('林晓', '重新加载配置');
    expect(answer).toMatch(/^配置有误，本次未重新加载/);
    expect(answer).toMatch(/文件：.*organization\.yaml，第 \d+ 行/);
    expect(answer).toContain('字段：departments[5].supervisor');
    expect(answer).toContain('赵敏 is not one from 2026-12-01');
    expect(deps.directory.source).toBe(before.source);
  });

  it('names a YAML syntax error with its line too', async () => {
    await edit('organization.yaml', 'name: 某市残疾人联合会', 'name: [某市残疾人联合会');
    expect(await say('黄志刚', '请重新加载配置')).toMatch(/文件：.*organization\.yaml，第 \d+ 行\n问题：YAML syntax/);
  });

  it('is for inspectors only', async () => {
    expect(await say('张伟', '重新加载配置')).toMatch(/仅限纪检人员（黄志刚、林晓）操作/);
  });
});

describe('重新加载配置 never rewrites a closed period (today is 2026-11-22)', () => {
  const supervisor = (id: string) => deps.directory.department(id)?.supervisorId;

  it('refuses an undated change of 分管: it would recount every closed half-year; the old config stays', async () => {
    await edit('organization.yaml', 'head: sunli,    supervisor: wangjianguo }', 'head: sunli,    supervisor: liufang }');
    const answer = await say('黄志刚', '重新加载配置');
    expect(answer).toMatch(/^这次修改会改变已经结束的周期的完成情况，本次未重新加载/);
    expect(answer).toMatch(/· 2025年上半年：王建国、刘芳（廉政谈话：班子成员与分管科室负责人；谈心谈话：班子成员与分管科室）/);
    expect(answer).toMatch(/· 2026年上半年：王建国、刘芳/);
    expect(answer).not.toContain('2026年下半年');
    expect(answer).toContain('supervisor: [{ id: 原来的人, until: 前一天 }, { id: 新的人, from: 生效日 }]');
    expect(supervisor('finance')).toBe('wangjianguo');
  });

  it('names the file, line and field of the change it refuses, as a restart does (o20)', async () => {
    await edit('organization.yaml', 'head: sunli,    supervisor: wangjianguo }', 'head: sunli,    supervisor: liufang }');
    const line = (await readFile(join(dir, 'config', 'organization.yaml'), 'utf8')).split('\n').findIndex((l) => l.includes('supervisor: liufang }')) + 1;
    const answer = await say('黄志刚', '重新加载配置');
    expect(answer).toMatch(new RegExp(`改动的位置：\\n  · \\S*organization\\.yaml 第 ${line} 行，字段 departments\\[1\\]\\.supervisor（「科室」第 2 项「分管领导」）\\n`));
    expect(answer).toContain('--accept-past-changes');
  });

  it('accepts the same change dated 1 November and says it reaches the second half only', async () => {
    await edit(
      'organization.yaml',
      'head: sunli,    supervisor: wangjianguo }',
      'head: sunli,    supervisor: [{ id: wangjianguo, until: 2026-10-31 }, { id: liufang, from: 2026-11-01 }] }',
    );
    const answer = await say('黄志刚', '重新加载配置');
    expect(answer).toMatch(/^配置已重新加载。/);
    expect(answer).toContain('职责分工的变化涉及以下周期（已结束的周期不受影响）：');
    expect(answer).toMatch(/· 2026年下半年：王建国、刘芳（廉政谈话：班子成员与分管科室负责人；谈心谈话：班子成员与分管科室）/);
    expect(answer).not.toContain('上半年');
    expect(supervisor('finance')).toBe('liufang');
    expect(deps.directory.asOf('2026-06-30').department('finance')?.supervisorId).toBe('wangjianguo');
  });

  it('refuses deleting someone who owed duties, and accepts the same person given until:', async () => {
    await edit('organization.yaml', /  - \{ id: linxiao,.*\n/, '');
    const refused = await say('黄志刚', '重新加载配置');
    expect(refused).toMatch(/· 2025年1月：林晓（工作作风纪律检查）/);
    expect(refused).toMatch(/· 另有 \d+ 个周期/);
    expect(refused).toContain('不要删掉这一行，在行上加 until: 最后一天');
    expect(deps.directory.person('linxiao')?.name).toBe('林晓');

    await writeFile(join(dir, 'config', 'organization.yaml'), await readFile('config/organization.yaml', 'utf8').then((t) => t.replace('open_id: ou_8be936b220407a935bb81cf477474abd }', 'open_id: ou_8be936b220407a935bb81cf477474abd, until: 2026-11-22 }')));
    const accepted = await say('黄志刚', '重新加载配置');
    expect(accepted).toMatch(/^配置已重新加载。/);
    expect(accepted).toMatch(/· 2026年11月：林晓（工作作风纪律检查）/);
    expect(accepted).toMatch(/· 2026年12月：林晓/);
    expect(accepted).not.toContain('2026年10月');
    // Her name stays for her records: she has left, nobody was removed (n4: 「移除人员：林晓」).
    expect(deps.directory.person('linxiao')?.name).toBe('林晓');
    expect(accepted).toContain('已离任（记录和姓名保留）：林晓');
    expect(accepted).not.toContain('移除人员');
  });

  it('a change that touches no assignment says so', async () => {
    await edit('organization.yaml', 'title: 办公室科员,       department: office,     open_id: ou_c84736f916c0bc2cb66d70d1c2fb4c42', 'title: 办公室副主任,     department: office,     open_id: ou_c84736f916c0bc2cb66d70d1c2fb4c42');
    expect(await say('黄志刚', '重新加载配置')).toMatch(/配置已重新加载。[\s\S]*职责分工没有变化；已结束的周期不受影响。$/);
  });
});

describe('a change dated ahead takes effect on its day, without a reload', () => {
  it('the live directory follows the clock', async () => {
    await edit(
      'organization.yaml',
      'head: sunli,    supervisor: wangjianguo }',
      'head: sunli,    supervisor: [{ id: wangjianguo, until: 2026-11-30 }, { id: liufang, from: 2026-12-01 }] }',
    );
    const configDir = join(dir, 'config');
    const clock = { now: new Date('2026-11-30T23:59:00+08:00') };
    const live = withLiveConfig(
      { store, ledger: createLedgerIndex(store), feishu: deps.feishu, now: () => clock.now, log: () => {} },
      createConfigHolder(loadConfig(configDir), () => loadConfig(configDir)),
    );
    expect(live.directory.department('finance')?.supervisorId).toBe('wangjianguo');
    expect(live.directory.supervisedBy('liufang').map((d) => d.id)).toEqual(['liaison', 'rehab']);
    clock.now = new Date('2026-12-01T00:00:00+08:00');
    expect(live.directory.department('finance')?.supervisorId).toBe('liufang');
    expect(live.directory.supervisedBy('liufang').map((d) => d.id)).toEqual(['finance', 'liaison', 'rehab']);
  });
});

describe('重新加载配置 names the finished duties a change reopens (o19)', () => {
  it('names the finished talk a new head reopens: 王建国 talked with 孙丽, 财务科 is 王强\'s from 11-20 (o19)', async () => {
    await store.update((db) => {
      db.activities.push(act({ id: 't1', type: 'talk_integrity', date: '2026-09-10', actorId: 'wangjianguo', counterpartIds: ['liming'] }));
      db.activities.push(act({ id: 't2', type: 'talk_integrity', date: '2026-09-11', actorId: 'wangjianguo', counterpartIds: ['sunli'] }));
    });
    await edit('organization.yaml', 'head: sunli,    supervisor', 'head: [{ id: sunli, until: 2026-11-19 }, { id: wangqiang, from: 2026-11-20 }], supervisor');
    const answer = await say('黄志刚', '重新加载配置');
    expect(answer).toContain('配置已重新加载');
    expect(answer).toContain('注意：以下原已完成的职责因这次变动变为未完成：\n  · 2026年下半年 廉政谈话：班子成员与分管科室负责人：王建国（现尚缺 王强）');
  });

  it('names the talk a head change dated later in the open half-year reopens, from that day (o20: only today was checked)', async () => {
    await store.update((db) => {
      db.activities.push(act({ id: 't1', type: 'talk_integrity', date: '2026-09-10', actorId: 'wangjianguo', counterpartIds: ['liming'] }));
      db.activities.push(act({ id: 't2', type: 'talk_integrity', date: '2026-09-11', actorId: 'wangjianguo', counterpartIds: ['sunli'] }));
    });
    await edit('organization.yaml', 'head: sunli,    supervisor', 'head: [{ id: sunli, until: 2026-12-14 }, { id: wangqiang, from: 2026-12-15 }], supervisor');
    const answer = await say('黄志刚', '重新加载配置');
    expect(answer).toContain('配置已重新加载');
    expect(answer).toContain('注意：以下原已完成的职责因这次变动变为未完成：\n  · 2026年下半年 廉政谈话：班子成员与分管科室负责人：王建国（12月15日起尚缺 王强）');
  });

  it('a change dated after the open half-year reopens nothing in it (o20)', async () => {
    await store.update((db) => {
      db.activities.push(act({ id: 't1', type: 'talk_integrity', date: '2026-09-10', actorId: 'wangjianguo', counterpartIds: ['liming'] }));
      db.activities.push(act({ id: 't2', type: 'talk_integrity', date: '2026-09-11', actorId: 'wangjianguo', counterpartIds: ['sunli'] }));
    });
    await edit('organization.yaml', 'head: sunli,    supervisor', 'head: [{ id: sunli, until: 2027-01-04 }, { id: wangqiang, from: 2027-01-05 }], supervisor');
    const answer = await say('黄志刚', '重新加载配置');
    expect(answer).toContain('配置已重新加载');
    expect(answer).not.toContain('变为未完成');
  });

  it('says nothing is reopened when the change touches no finished duty (o19)', async () => {
    await edit('organization.yaml', 'head: sunli,    supervisor', 'head: [{ id: sunli, until: 2026-11-19 }, { id: wangqiang, from: 2026-11-20 }], supervisor');
    const answer = await say('黄志刚', '重新加载配置');
    expect(answer).toContain('配置已重新加载');
    expect(answer).not.toContain('变为未完成');
  });
});
