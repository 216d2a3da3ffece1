// The README's start command as a supervisor, `timeout` or a container runtime runs it: SIGTERM to `npm start` (not to
// node) must reach the bot, which then stops gracefully. With `sh -c "build && node …"` the shell died and left node
// serving the port and holding DATA_DIR (found by a newcomer); `exec node …` makes node the script's own process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '../support/freePort.js';

let npm: ChildProcess | undefined;
let dataDir = '';
afterAll(async () => {
  npm?.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const healthy = (url: string) => fetch(`${url}/healthz`).then((r) => r.ok, () => false);

async function until(what: string, ok: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not within ${ms} ms: ${what}`);
}

it('SIGTERM to npm start stops the bot: the port closes and the log says it finished its work', async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-npmstart-'));
  const [port, emulatorPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMULATOR_PORT: String(emulatorPort), HOST: '127.0.0.1', DATA_DIR: dataDir };
  for (const k of Object.keys(env)) if (k.startsWith('FEISHU_')) delete env[k];
  npm = spawn('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  npm.stdout!.on('data', (b: Buffer) => void (log += b.toString()));
  npm.stderr!.on('data', (b: Buffer) => void (log += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  // The first start in a fresh clone builds dist/ first.
  await until('/healthz answers 200', () => healthy(url), 120_000);

  npm.kill('SIGTERM');
  await until('the bot stops serving', async () => !(await healthy(url)), 20_000);
  await until('npm exits', async () => npm!.exitCode !== null || npm!.signalCode !== null, 20_000);
  expect(log).toContain('SIGTERM');
}, 180_000);
