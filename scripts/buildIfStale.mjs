// `npm start` runs compiled JavaScript (dist/); this builds it first when it is missing or older than the sources.
// `--force` always builds (npm run build); `--out DIR` builds into DIR instead of dist/ (the build test).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1]) : join(root, 'dist');
const stamp = join(out, '.build-stamp');

/** Every file under dir, recursively. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Newest modification time (ms) of what goes into the build. */
function newestSource() {
  const inputs = [...files(join(root, 'src')), ...['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((f) => join(root, f))];
  return Math.max(...inputs.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
}

const built = existsSync(stamp) && existsSync(join(out, 'main.js')) ? statSync(stamp).mtimeMs : 0;
if (!process.argv.includes('--force') && built >= newestSource()) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  if (built > 0) {
    console.error('清风: dist/ 比源代码旧，但未安装 TypeScript，仍运行现有的 dist/ / dist/ is older than src/ but TypeScript is not installed; running the existing dist/');
    process.exit(0);
  }
  console.error('清风 cannot start: 没有 dist/，也没有 TypeScript 来构建它：请运行 npm ci && npm run build / no dist/ and no TypeScript to build it: run npm ci && npm run build');
  process.exit(1);
}
console.log(`清风: 正在构建 ${out} / building ${out}…`);
// A clean build: a source file deleted since the last one must not linger as JavaScript.
rmSync(out, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', out], { stdio: 'inherit', cwd: root });
if (result.status !== 0) {
  console.error('清风 cannot start: 构建失败，见上面 tsc 的输出 / the build failed, see the tsc output above');
  process.exit(1);
}
// Files next to the code that tsc does not emit (templates, static pages) are read relative to the module: copy them.
for (const file of files(join(root, 'src'))) {
  if (/\.(ts|mts|cts)$/.test(file)) continue;
  cpSync(file, join(out, file.slice(join(root, 'src').length)));
}
// The Lark SDK as one CommonJS file with its dependencies, bundled by esbuild (a kept bundler; tsx, which the tests
// use, runs on it too). The published lib/index.js is 6 MB whose Chinese comments make V8 hold it as a 12 MiB two-byte
// string, with its compiled code, in every thread that loads it; the bundle, whitespace and comments dropped and
// written in ASCII, is 2.4 MB: about 15 MiB less per thread (Node 20.20, measured with require() and a gc).
// Identifiers are kept as they are (no mangling), so the SDK and axios behave as published. src/feishu/larkSdk.ts
// loads this file when it is there and the package otherwise (under tsx).
const require = createRequire(import.meta.url);
let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  console.error('清风: 未安装 esbuild，飞书 SDK 不打包（每个线程多用约 15 MiB 内存）/ esbuild is not installed: the Lark SDK is used as published (about 15 MiB more per thread); run npm ci');
}
if (esbuild) {
  try {
    esbuild.buildSync({
      entryPoints: [require.resolve('@larksuiteoapi/node-sdk')],
      outfile: join(out, 'vendor', 'larkSdk.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minifyWhitespace: true,
      minifySyntax: true,
      charset: 'ascii',
      logLevel: 'warning',
    });
  } catch (error) {
    console.error('清风 cannot start: 打包飞书 SDK 失败 / bundling the Lark SDK failed (see above); run npm ci and npm run build again', error?.message ?? error);
    process.exit(1);
  }
}
writeFileSync(stamp, `${new Date().toISOString()}\n`);
