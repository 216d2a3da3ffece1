import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The checkout, as a pattern's start (a path's regex characters escaped). */
const ROOT = fileURLToPath(new URL('./', import.meta.url));
const ROOT_PATTERN = ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Tests must not depend on the machine's zone: run them somewhere far from Shanghai.
    env: { TZ: 'America/Los_Angeles' },
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Name the run's folder for the production bundle the process tests spawn (test/support/builtBot.ts) and make the
    // run's root for test DATA_DIRs (test/support/testDataRunRoot.ts); each removes its folder when the run ends.
    globalSetup: ['test/support/testDistRoot.ts', 'test/support/testDataRunRoot.ts'],
    pool: 'forks',
    // The checkout's TypeScript is loaded by Node in each worker, compiled by tsx (as `npm run start:dev` runs the bot),
    // not by vitest's transform. Through vitest each module was one request to the main process, one after another in
    // import order (transform with esbuild, source map, written to a temp file, read back by the worker): the 777 files
    // import ~2,400 modules, and the CI log's "transform 469.61s" was the sum of those waits, a worker idle in each.
    // test/support stays with vitest: the globalSetup files run in the main process, which has no tsx.
    // nativeSourceMaps.ts gives vitest's stack traces the lines in the .ts files (tsx's maps, which vitest does not see).
    server: {
      deps: {
        inline: [new RegExp(`^${ROOT_PATTERN}test/support/`)],
        external: [new RegExp(`^${ROOT_PATTERN}(?:src|test)/.*\\.ts$`)],
      },
    },
    poolOptions: { forks: { execArgv: ['--import', 'tsx', '--import', `${ROOT}test/support/nativeSourceMaps.ts`] } },
    // Each file in a fresh module graph cost ~3.3 s of CPU per file that starts a bot (evaluating its ~480 modules), about
    // half the suite's CPU (s22). Files share a worker's modules instead; the bot keeps no module-level state a test sees
    // (the SDK token cache is per client, the holiday memo hands out copies). Measured on a clean clone: 503 → 265 s.
    isolate: false,
    // Vitest's default in run mode is one worker fewer than the cores: one worker on CI's two. Most of the suite's time
    // is spent waiting on real child processes (the bot, the emulator, Chromium), which a second worker overlaps.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
