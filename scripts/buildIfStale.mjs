// `npm start` runs compiled JavaScript (dist/); this builds it first when it is missing or older than the sources (`--force`: always).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');

/** Newest modification time (ms) of the files that go into dist/. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'src'));
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json']) {
    if (existsSync(join(root, f))) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  }
  return newest;
}

const built = existsSync(stamp) && existsSync(join(root, 'dist', 'main.js')) ? statSync(stamp).mtimeMs : 0;
// `npm run build` passes --force: always build.
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
console.log('清风: 正在构建 dist/（源代码有更新）/ building dist/ (sources changed)…');
// A clean build: a source file deleted since the last one must not linger as JavaScript.
rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
if (result.status !== 0) {
  console.error('清风 cannot start: 构建失败，见上面 tsc 的输出 / the build failed, see the tsc output above');
  process.exit(1);
}
writeFileSync(stamp, `${new Date().toISOString()}\n`);
