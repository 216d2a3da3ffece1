// npm run build emits plain JavaScript that runs without a TypeScript loader: the demo over the long connection, from dist.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

// Inside the project so the compiled files resolve node_modules as dist/ does.
const out = join(process.cwd(), `dist-test-${process.pid}`);
let child: ChildProcess | undefined;
let dataDir: string;

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/buildIfStale.mjs', '--force', '--out', out], { encoding: 'utf8' });
  expect(build.status, build.stderr + build.stdout).toBe(0);
  dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-dist-'));
}, 180_000);
afterAll(async () => {
  child?.kill('SIGKILL');
  await rm(out, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

it('emits JavaScript for every module and a build stamp, and no TypeScript', () => {
  const emitted = files(out).map((f) => f.slice(out.length + 1));
  expect(emitted).toContain('main.js');
  expect(emitted).toContain('cli/export.js');
  expect(emitted).toContain('feishu/createLongConnection.js');
  expect(emitted).toContain('.build-stamp');
  expect(emitted.filter((f) => f.endsWith('.ts'))).toEqual([]);
  expect(existsSync(join(out, 'emulator', 'wsGateway.js'))).toBe(true);
});

it('bundles the Lark SDK into vendor/larkSdk.cjs (ASCII, no 6 MB of comments), and the compiled code loads it from there', () => {
  const bundle = readFileSync(join(out, 'vendor', 'larkSdk.cjs'));
  expect(bundle.length).toBeLessThan(4_000_000);
  expect(bundle.every((b) => b < 0x80)).toBe(true);
  const probe = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(join(out, 'feishu', 'larkSdk.js')).href)}); console.log(JSON.stringify({ file: m.larkSdkFile, client: typeof m.lark.Client, ws: typeof m.lark.WSClient }));`],
    { encoding: 'utf8' },
  );
  expect(probe.status, probe.stderr).toBe(0);
  expect(JSON.parse(probe.stdout.trim().split('\n').at(-1)!)).toEqual({ file: join(out, 'vendor', 'larkSdk.cjs'), client: 'function', ws: 'function' });
});

it('copies the files next to the code that tsc does not emit (pages, templates), which modules read relative to themselves', () => {
  const src = join(process.cwd(), 'src');
  const assets = files(src).filter((f) => !f.endsWith('.ts')).map((f) => f.slice(src.length + 1));
  for (const asset of assets) expect(existsSync(join(out, asset)), asset).toBe(true);
});

it('node <dist>/main.js runs the demo over the long connection: /healthz connected, a member is answered', async () => {
  const proc = spawn(process.execPath, [join(out, 'main.js')], {
    env: { ...process.env, FEISHU_EVENT_MODE: 'ws', FEISHU_APP_ID: '', PORT: '0', HOST: '127.0.0.1', EMULATOR_PORT: '0', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  const urls = await new Promise<{ bot: string; emulator: string }>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no start-up banner: ${text}`)), 60_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const bot = /健康检查 (http:\/\/127\.0\.0\.1:\d+)\/healthz/.exec(text)?.[1];
      const emulator = /飞书模拟器: (http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1];
      if (bot && emulator) {
        clearTimeout(timer);
        resolve({ bot, emulator });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`exited with ${code}: ${text}`)));
  });
  expect(await (await fetch(`${urls.bot}/healthz`)).json()).toMatchObject({ ok: true, mode: 'ws', connection: { ok: true, state: 'connected' }, store: { ok: true } });
  const said = await fetch(`${urls.emulator}/_demo/say`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from: '李明', text: '今天和王建国副理事长进行了廉政谈话' }),
  });
  expect(said.status).toBe(200);
  expect(((await said.json()) as { status: number }).status).toBe(200);
  // Only the reply counts: from December on the bot may also notify the inspectors at start that next
  // year's holiday schedule is not known yet, a push with no message to reply to.
  let sent: { text: string }[] = [];
  for (let i = 0; i < 600 && sent.length === 0; i++) {
    const page = (await (await fetch(`${urls.emulator}/_demo/sent?after=0`)).json()) as { messages: { kind: string; text: string }[] };
    sent = page.messages.filter((m) => m.kind === 'reply');
    if (sent.length === 0) await new Promise((r) => setTimeout(r, 50));
  }
  expect(sent[0]?.text).toContain('已记录 1 项');
  const code = await new Promise<number | null>((resolve) => {
    proc.once('exit', (c) => resolve(c));
    proc.kill('SIGTERM');
  });
  child = undefined;
  expect(code).toBe(0);
}, 90_000);
