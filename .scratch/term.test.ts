import { it, expect } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '../src/emulator/createEmulator.js';
import { spawnBot } from '../test/support/spawnBot.js';
import { SECRETS } from '../test/support/testBot.js';
it('term', async () => {
  const APP = { appId: 'cli_0123456789abcdef', appSecret: 'test-app-secret' };
  const emulator = createEmulator({ ...APP, verificationToken: SECRETS.verificationToken });
  await emulator.listen(0);
  const dataDir = await mkdtemp(join(tmpdir(), 'x-'));
  const t0 = Date.now();
  const bot = await spawnBot({ FEISHU_APP_ID: APP.appId, FEISHU_APP_SECRET: APP.appSecret, FEISHU_VERIFICATION_TOKEN: SECRETS.verificationToken, FEISHU_ENCRYPT_KEY: SECRETS.encryptKey, FEISHU_DOMAIN: emulator.url, DATA_DIR: dataDir });
  console.log('ready', Date.now() - t0, bot.url);
  const code = await new Promise((r) => { bot.proc.once('exit', (c) => r(c)); bot.proc.kill('SIGTERM'); });
  console.log('exit', code, Date.now() - t0);
  await emulator.close();
}, 60000);
