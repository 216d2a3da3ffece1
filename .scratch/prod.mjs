// usage: node .scratch/prod.mjs ROOT [records] [node flags...]  -> healthz ms, idle RSS
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
const [root, recs = '0', ...flags] = process.argv.slice(2);
const R = resolve(root);
const { createEmulator } = await import(join(R, 'dist/emulator/createEmulator.js'));
const { DEMO_APP } = await import(join(R, 'dist/emulator/demoApp.js'));
const em = createEmulator({ appId: DEMO_APP.appId, appSecret: DEMO_APP.appSecret });
const domain = await em.listen(0);
const dataDir = await mkdtemp(join(tmpdir(), 'd14-prod-'));
if (recs !== '0') await writeFile(join(dataDir, 'db.json'), await readFile(recs));
const port = 39000 + Math.floor(Math.random() * 500);
const run = async () => {
  const t0 = performance.now();
  const p = spawn(process.execPath, [...flags, 'dist/main.js'], { cwd: R, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, CONFIG_DIR: process.env.CFG ?? join(R, 'config'),
    FEISHU_APP_ID: DEMO_APP.appId, FEISHU_APP_SECRET: DEMO_APP.appSecret, FEISHU_VERIFICATION_TOKEN: DEMO_APP.verificationToken, FEISHU_ENCRYPT_KEY: DEMO_APP.encryptKey, FEISHU_DOMAIN: domain } });
  let ms = -1;
  while (performance.now() - t0 < 120000) { if (await fetch(`http://127.0.0.1:${port}/healthz`).then(r => r.ok, () => false)) { ms = performance.now() - t0; break; } await new Promise(r => setTimeout(r, 10)); }
  await new Promise(r => setTimeout(r, 4000));
  const st = await readFile(`/proc/${p.pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(st)[1]) / 1024;
  await new Promise(r => { p.once('exit', r); p.kill('SIGTERM'); });
  return { ms: Math.round(ms), rss: Math.round(rss * 10) / 10 };
};
const out = [];
for (let i = 0; i < Number(process.env.RUNS ?? 2); i++) out.push(await run());
console.log(JSON.stringify({ root, recs, flags: flags.join(' '), runs: out }));
await em.close(); await rm(dataDir, { recursive: true, force: true });
