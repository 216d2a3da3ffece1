import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Tests must not depend on the machine's zone: run them somewhere far from Shanghai.
    env: { TZ: 'America/Los_Angeles' },
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Vitest's default in run mode is one worker fewer than the cores: one worker on CI's two. Most of the suite's time
    // is spent waiting on real child processes (the bot, the emulator, Chromium), so two workers halve the wait; a
    // clean-clone run with two passed at load 5–8 (204 files, 4,701 tests).
    maxWorkers: 2,
    minWorkers: 1,
  },
});
