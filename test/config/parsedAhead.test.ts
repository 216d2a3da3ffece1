// The config parsed ahead on another thread (src/thread/parseConfigAhead.ts) is the config: the same result, a file that
// changed since is read again, and a mistake in it is still refused with its line.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/configError.js';
import { configFiles } from '../../src/config/configFiles.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import type { ParsedAhead, ParsedYaml } from '../../src/config/parsedYaml.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-ahead-'));
  await cp('config', dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** What src/config/parseYamlThread.ts posts for the files as they are now. */
async function parsedNow(): Promise<ParsedAhead> {
  const out = new Map<string, ParsedYaml>();
  for (const file of Object.values(configFiles(dir))) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) out.set(file, { file, text, value: structuredClone(parseDocument(text).toJS()) });
  }
  return out;
}

it('gives the same configuration as parsing the files here', async () => {
  const ahead = await parsedNow();
  const a = loadConfig(dir, ahead);
  const b = loadConfig(dir);
  expect(a.directory.org).toEqual(b.directory.org);
  expect(a.duties).toEqual(b.duties);
  expect(a.reminders).toEqual(b.reminders);
});

it('uses what was parsed ahead only for the same text: a file changed since is parsed again', async () => {
  const ahead = await parsedNow();
  const file = configFiles(dir).organization;
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('name: 张伟', 'name: 张卫'));
  const org = loadConfig(dir, ahead).directory.org;
  expect(org.people.some((p) => p.name === '张卫')).toBe(true);
  expect(org.people.some((p) => p.name === '张伟')).toBe(false);
});

it('refuses a mistake in a file parsed ahead with its line, as when parsed here', async () => {
  const file = configFiles(dir).organization;
  await writeFile(file, (await readFile(file, 'utf8')).replace(/roles: \[secretary\]/, 'roles: [chairman]'));
  const ahead = await parsedNow();
  const refusal = (parsed?: ParsedAhead): ConfigError => {
    try {
      loadConfig(dir, parsed);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return error as ConfigError;
    }
    throw new Error('expected loadConfig to fail');
  };
  const here = refusal();
  const early = refusal(ahead);
  expect(early.line).toBeGreaterThan(0);
  expect([early.line, early.path, early.message]).toEqual([here.line, here.path, here.message]);
});
