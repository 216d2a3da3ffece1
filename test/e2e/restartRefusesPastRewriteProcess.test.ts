// o20 as an operator meets it: `npm start` (`node dist/main.js`) after an undated change of head exits 1 naming file, line and field; --accept-past-changes starts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useConfigCopy } from '../support/configCopy.js';
import { stopped, useProcessBot } from '../support/processBot.js';

const harness = useProcessBot({ prefix: 'o20-process' });
const config = useConfigCopy('qingfeng-o20-process-');

it('a restart refuses what 重新加载配置 refuses, and starts once with --accept-past-changes', async () => {
  const first = await harness.spawn({ CONFIG_DIR: config.dir });
  expect(await stopped(first.proc, 'SIGTERM')).toBe(0);
  await config.edit('head: sunli,    supervisor: wangjianguo', 'head: wangqiang, supervisor: wangjianguo');
  const line = (await readFile(join(config.dir, 'organization.yaml'), 'utf8')).split('\n').findIndex((l) => l.includes('head: wangqiang')) + 1;

  const refused = await harness.spawn({ CONFIG_DIR: config.dir }).then(() => '', (e: Error) => e.message);
  expect(refused).toContain('bot exited with 1');
  expect(refused).toMatch(new RegExp(`清风 cannot start: \\S*organization\\.yaml:${line} departments\\[1\\]\\.head: 与上次接受的配置相比，这次修改会改变已经结束的周期的完成情况，清风未启动`));

  const accepted = await harness.spawn({ CONFIG_DIR: config.dir }, { args: ['--accept-past-changes'] });
  expect(await stopped(accepted.proc, 'SIGTERM')).toBe(0);
  const stored = JSON.parse(await readFile(join(harness.dataDir, 'accepted-config.json'), 'utf8'));
  expect(stored.organization.departments.find((d: { id: string }) => d.id === 'finance').headId).toBe('wangqiang');
}, 120_000);
