// npm run build bundles plain JavaScript that runs without a TypeScript loader: the threads' start in a few files, lazy parts
// still lazy, the demo over the long connection from dist.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';

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

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }>;
}

/** The build's esbuild metafile, its output paths made relative to `out`. */
function meta(): Meta['outputs'] {
  const m = JSON.parse(readFileSync(join(out, 'build-meta.json'), 'utf8')) as Meta;
  const rel = (p: string) => relative(out, resolve(process.cwd(), p));
  return Object.fromEntries(Object.entries(m.outputs).map(([k, v]) => [rel(k), { ...v, imports: v.imports.map((i) => ({ ...i, path: i.external ? i.path : rel(i.path) })) }]));
}

/** What Node loads when it starts `entry`: the output files reached by static imports, the packages they import, the sources they hold. */
function loadedAtStart(entry: string): { files: Set<string>; packages: Set<string>; sources: Set<string> } {
  const outputs = meta();
  const files = new Set<string>();
  const packages = new Set<string>();
  const sources = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const input of Object.keys(outputs[file]!.inputs)) sources.add(input);
    for (const i of outputs[file]!.imports) {
      if (i.kind !== 'import-statement') continue;
      if (i.external) packages.add(i.path);
      else visit(i.path);
    }
  };
  visit(entry);
  return { files, packages, sources };
}

it('bundles the entry of each thread into a few files (dist/main.js, dist/thread/botThread.js and shared chunks), with a build stamp and no TypeScript', () => {
  const emitted = files(out).map((f) => f.slice(out.length + 1));
  expect(emitted).toContain('main.js');
  expect(emitted).toContain('thread/botThread.js');
  expect(emitted).toContain('.build-stamp');
  expect(emitted.filter((f) => f.endsWith('.ts'))).toEqual([]);
  // Start reads a handful of files instead of one per module (about 330 before).
  const main = loadedAtStart('main.js');
  const bot = loadedAtStart('thread/botThread.js');
  expect(main.files.size).toBeLessThanOrEqual(10);
  expect(bot.files.size).toBeLessThanOrEqual(20);
  // …while holding the whole bot: the intents, the store and the packages they use are inside, not loaded one by one.
  expect(bot.sources).toContain('src/bot/intents/index.ts');
  expect(bot.sources).toContain('src/store/openStore.ts');
  expect([...bot.sources].some((s) => s.startsWith('node_modules/zod/'))).toBe(true);
  // Every output has a source map next to it (node --enable-source-maps prints src/ positions).
  for (const js of emitted.filter((f) => f.endsWith('.js') && !f.startsWith('emulator/web/'))) expect(emitted, js).toContain(`${js}.map`);
});

it('keeps what the sources load lazily lazy in the bundle: the acknowledging thread loads no bot, store, config or SDK, and no thread the export libraries or the emulator', () => {
  const main = loadedAtStart('main.js');
  for (const m of ['src/composeBot.ts', 'src/bot/createBot.ts', 'src/store/openStore.ts', 'src/feishu/larkSdk.ts', 'src/config/loadConfig.ts', 'src/emulator/createEmulator.ts']) {
    expect([m, main.sources.has(m)]).toEqual([m, false]);
  }
  for (const lib of ['zod', 'yaml', 'lowdb', 'node-cron']) expect([lib, [...main.sources].some((s) => s.startsWith(`node_modules/${lib}/`))]).toEqual([lib, false]);
  const bot = loadedAtStart('thread/botThread.js');
  for (const lib of ['exceljs', 'docx', 'jszip', 'opencc-js', 'pinyin-pro']) expect([lib, bot.packages.has(lib) || main.packages.has(lib)]).toEqual([lib, false]);
  expect(bot.sources.has('src/emulator/createEmulator.ts')).toBe(false);
  expect(bot.sources.has('src/ledger/buildLedgerWorkbook.ts')).toBe(false);
  // …and the lazy parts are in the build, as chunks of their own (so the checks above look at the right names).
  const all = new Set(Object.values(meta()).flatMap((o) => Object.keys(o.inputs)));
  for (const m of ['src/emulator/createEmulator.ts', 'src/ledger/buildLedgerWorkbook.ts', 'src/ledger/buildYearEndDocx.ts', 'src/feishu/createLongConnection.ts']) expect(all).toContain(m);
});

it('bundles the Lark SDK into vendor/larkSdk.cjs (ASCII, no 6 MB of comments), and the bundled code loads it from there', async () => {
  const bundle = readFileSync(join(out, 'vendor', 'larkSdk.cjs'));
  expect(bundle.length).toBeLessThan(4_000_000);
  expect(bundle.every((b) => b < 0x80)).toBe(true);
  // The chunk that holds src/feishu/larkSdk.ts, wherever esbuild put it: its import.meta.url is still dist/feishu/larkSdk.js.
  const [chunk] = Object.entries(meta()).find(([, o]) => 'src/feishu/larkSdk.ts' in o.inputs)!;
  const probe = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      // Which file require() loaded it from: Node's CommonJS cache is one for the process.
      `import { createRequire } from 'node:module'; const m = await import(${JSON.stringify(pathToFileURL(join(out, chunk)).href)}); const file = Object.keys(createRequire(import.meta.url).cache).find((f) => /larkSdk\\.cjs$|node-sdk/.test(f)); const lark = file && createRequire(import.meta.url)(file); console.log(JSON.stringify({ file, client: typeof lark?.Client, ws: typeof lark?.WSClient }));`,
    ],
    { encoding: 'utf8' },
  );
  expect(probe.status, probe.stderr).toBe(0);
  expect(JSON.parse(probe.stdout.trim().split('\n').at(-1)!)).toEqual({ file: join(out, 'vendor', 'larkSdk.cjs'), client: 'function', ws: 'function' });
});

it('bundles the long connection\'s part of the SDK into vendor/larkWs.cjs (ASCII, without the Client or axios): the long-connection chunk loads it, and the bot thread loads it at start neither', () => {
  const bundle = readFileSync(join(out, 'vendor', 'larkWs.cjs'));
  // The Client's generated API methods are most of the whole bundle, axios and its dependencies most of the rest.
  expect(bundle.length).toBeLessThan(readFileSync(join(out, 'vendor', 'larkSdk.cjs')).length / 8);
  expect(bundle.toString('latin1')).not.toMatch(/follow-redirects|mime-db|proxy-from-env|AxiosHeaders/);
  expect(bundle.every((b) => b < 0x80)).toBe(true);
  const [chunk] = Object.entries(meta()).find(([, o]) => 'src/feishu/createLongConnection.ts' in o.inputs)!;
  const probe = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      // Every SDK file require() loaded, and whether Node's fetch (undici) came with it: the axios patch applies here too.
      `import { createRequire } from 'node:module'; const m = await import(${JSON.stringify(pathToFileURL(join(out, chunk)).href)}); const sdk = createRequire(import.meta.url)(${JSON.stringify(join(out, 'vendor', 'larkWs.cjs'))}); const files = Object.keys(createRequire(import.meta.url).cache).filter((f) => /lark\\w*\\.cjs$|node-sdk/.test(f)); console.log(JSON.stringify({ files, connect: typeof Object.values(m).find((v) => typeof v === 'function' && v.name === 'createLongConnection'), ws: typeof sdk.WSClient, dispatcher: typeof sdk.EventDispatcher, client: typeof sdk.Client, undici: process.moduleLoadList.some((n) => /undici/.test(n)) }));`,
    ],
    { encoding: 'utf8' },
  );
  expect(probe.status, probe.stderr).toBe(0);
  expect(JSON.parse(probe.stdout.trim().split('\n').at(-1)!)).toEqual({ files: [join(out, 'vendor', 'larkWs.cjs')], connect: 'function', ws: 'function', dispatcher: 'function', client: 'undefined', undici: false });
  // The bot thread dials the long connection only to word a refusal of the credentials (composeBot): a dynamic import.
  expect(loadedAtStart('thread/botThread.js').sources.has('src/feishu/createLongConnection.ts')).toBe(false);
});

it('parses the config on a thread of its own (dist/config/parseYamlThread.js): what it posts is what the bot would parse', () => {
  const files = ['organization.yaml', 'duties.yaml', 'missing.yaml'].map((f) => join(process.cwd(), 'config', f));
  const probe = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { Worker } from 'node:worker_threads'; const w = new Worker(new URL(${JSON.stringify(pathToFileURL(join(out, 'config', 'parseYamlThread.js')).href)}), { execArgv: [], workerData: { files: ${JSON.stringify(files)} } }); w.once('message', (m) => { console.log(JSON.stringify(m)); });`,
    ],
    { encoding: 'utf8' },
  );
  expect(probe.status, probe.stderr).toBe(0);
  const posted = JSON.parse(probe.stdout.trim().split('\n').at(-1)!) as { file: string; text: string; value: unknown }[];
  // The missing file is left to the bot, which says what is wrong; the others as `yaml` parses them here.
  expect(posted.map((p) => p.file)).toEqual(files.slice(0, 2));
  for (const p of posted) {
    const text = readFileSync(p.file, 'utf8');
    expect(p.text).toBe(text);
    expect(p.value).toEqual(parseDocument(text).toJS());
  }
});

it('migrates a version 2 db.json on a thread of its own (dist/store/migrateThread.js): the files openStore reads after it hold every record', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-migrate-thread-'));
  try {
    const activities = Array.from({ length: 1200 }, (_, i) => ({
      id: `v${i}`,
      type: 'talk_integrity',
      date: '2026-03-02',
      reporter: 'ou_a',
      actorId: 'liming',
      counterpartIds: ['wangjianguo'],
      late: false,
      createdAt: '2026-03-02T08:00:00.000Z',
    }));
    const audit = activities.map((a) => ({ at: a.createdAt, by: a.reporter, action: 'create', activityId: a.id, after: a }));
    const file = join(dir, 'db.json');
    await writeFile(file, JSON.stringify({ version: 2, activities, audit, dialogs: [], outbox: [], settings: { remindersPaused: true } }));
    const probe = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { Worker } from 'node:worker_threads'; const w = new Worker(new URL(${JSON.stringify(pathToFileURL(join(out, 'store', 'migrateThread.js')).href)}), { execArgv: [], workerData: { file: ${JSON.stringify(file)} } }); w.once('message', (m) => { console.log(JSON.stringify(m)); });`,
      ],
      { encoding: 'utf8' },
    );
    expect(probe.status, probe.stderr).toBe(0);
    const posted = JSON.parse(probe.stdout.trim().split('\n').at(-1)!) as { migrated: boolean; lines: string[] };
    expect(posted.migrated).toBe(true);
    expect(posted.lines.join('\n')).toContain('1200 条活动');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 3, settings: { remindersPaused: true } });
    expect(existsSync(join(dir, 'db.v2.json'))).toBe(true);
    // What the bot then opens, as after a restart: every record once.
    const store = await openStore(file);
    expect(store.read((db) => db.activities.map((a) => a.id))).toEqual(activities.map((a) => a.id));
    expect(store.read((db) => db.audit)).toHaveLength(1200);
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('copies the files next to the code that are not TypeScript (the 体验台 page), which modules read relative to themselves', () => {
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
    body: JSON.stringify({ from: '王建国', text: '今天和李明主任进行了廉政谈话' }),
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
