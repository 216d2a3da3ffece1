// The bot the process tests spawn: npm start's production bundle (what `npm run build` writes to dist/), built from this
// checkout's src/ once per worker and run, instead of `node --import tsx src/main.ts` per start. Under tsx every start
// transformed and resolved ~480 modules through the loader's hooks (~7 s of CPU a start at load 12, against ~1.5 s for the
// bundle, round 64 gdf); the bundle is also what production runs.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, inject } from 'vitest';

/** The time allowed for a worker's build (esbuild; ~3.5 s of wall at load 5, much more on a busy machine; ms). */
const BUILD_TIMEOUT_MS = 120_000;

// Per worker: the files share this module (vitest.config.ts, isolate: false). A failed build is not kept.
let built: Promise<string> | undefined;

function build(out: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/buildIfStale.mjs', '--force', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(join(out, 'main.js')) : reject(new Error(`the bot's build exited with ${code}: ${output}`))));
  });
}

/**
 * The path of this worker's bundled `main.js` (test/support/testDistRoot.ts names the run's folder), built by
 * scripts/buildIfStale.mjs --force the first time it is asked for.
 */
export function builtBotEntry(): Promise<string> {
  if (!built) {
    built = build(join(inject('testDistRoot'), String(process.pid)));
    built.catch(() => (built = undefined));
  }
  return built;
}

/** Registers a beforeAll that builds the bot, so that the first start of a file is not charged with the build. */
export function useBuiltBot(): void {
  beforeAll(async () => void (await builtBotEntry()), BUILD_TIMEOUT_MS);
}
