// The SDK bundle's axios is patched so that loading the SDK does not load Node's fetch (undici: ~2 MiB of the bot
// thread's heap, issue 14 r52 fwg). The patch replaces exact texts of axios's Node build and, when they are not there
// (an axios or SDK upgrade), bundles axios as published: the bot still works, but loads undici again without a word.
// This fails then, before anything ships: the installed axios must hold each text once, and the SDK bundled with the
// build's plugin must load without undici (the SDK as published does load it, which shows the check can fail).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

interface Patch {
  AXIOS_LAZY_FETCH: [string, string][];
  SDK_BUNDLE_OPTIONS: Record<string, unknown>;
  axiosLazyFetchMisses(text: string): string[];
  axiosLazyFetchPlugin(read: typeof readFile, onMiss?: (path: string | undefined) => void): unknown;
}
const patch = (await import(pathToFileURL(join(process.cwd(), 'scripts/axiosLazyFetch.mjs')).href)) as Patch;

const require = createRequire(import.meta.url);
const sdkEntry = require.resolve('@larksuiteoapi/node-sdk');
/** axios's Node build as the SDK resolves it, which is what esbuild bundles. */
const axiosFile = createRequire(sdkEntry).resolve('axios');

let dir: string;
let bundle: string;
const misses: (string | undefined)[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingfeng-axios-'));
  bundle = join(dir, 'larkSdk.cjs');
  const esbuild = require('esbuild') as typeof import('esbuild');
  // The build's options for vendor/larkSdk.cjs (scripts/buildIfStale.mjs), its plugin included.
  await esbuild.build({
      entryPoints: [sdkEntry],
      outfile: bundle,
      ...(patch.SDK_BUNDLE_OPTIONS as import('esbuild').BuildOptions),
      plugins: [patch.axiosLazyFetchPlugin(readFile, (path) => misses.push(path)) as import('esbuild').Plugin],
      logLevel: 'silent',
  });
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** In a fresh node: require `file`, make a Client as src/feishu does, and say whether undici was loaded. */
function loadsUndici(file: string): boolean {
  const script = `const lark = require(${JSON.stringify(file)}); new lark.Client({ appId: 'cli_x', appSecret: 's' }); console.log(JSON.stringify(process.moduleLoadList.some((m) => m.includes('undici'))));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  // The SDK logs a line of its own on stdout when a Client is made: the answer is the last line.
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as boolean;
}

it("the installed axios holds each text the build replaces exactly once (else: update scripts/axiosLazyFetch.mjs for the new axios)", async () => {
  const text = await readFile(axiosFile, 'utf8');
  expect(patch.axiosLazyFetchMisses(text), `${axiosFile} (axios ${createRequire(sdkEntry)('axios/package.json').version})`).toEqual([]);
});

it('the build patches axios while bundling the SDK', () => {
  expect(misses).toEqual([]);
});

it('the SDK bundled as the build bundles it loads without undici; the SDK as published loads it', { timeout: 120_000 }, () => {
  expect(loadsUndici(bundle)).toBe(false);
  expect(loadsUndici(sdkEntry)).toBe(true);
});

it('a miss is loud: an axios without the texts is bundled as published, reported to the build and on stderr', async () => {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const missed: (string | undefined)[] = [];
  const fake = join(dir, 'node_modules', 'axios', 'dist', 'node');
  await import('node:fs/promises').then((fs) => fs.mkdir(fake, { recursive: true }).then(() => fs.writeFile(join(fake, 'axios.cjs'), 'module.exports = 1;\n')));
  const errors: string[] = [];
  const original = console.error;
  console.error = (...a: unknown[]) => void errors.push(a.join(' '));
  try {
    const r = await esbuild.build({
      stdin: { contents: "module.exports = require('./node_modules/axios/dist/node/axios.cjs');", resolveDir: dir, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      plugins: [patch.axiosLazyFetchPlugin(readFile, (path) => missed.push(path)) as import('esbuild').Plugin],
      logLevel: 'silent',
    });
    expect(r.outputFiles[0]!.text).toMatch(/module2?\.exports = 1/);
  } finally {
    console.error = original;
  }
  expect(missed).toEqual([join(fake, 'axios.cjs')]);
  expect(errors.join('\n')).toMatch(/bundled as published/);
});
