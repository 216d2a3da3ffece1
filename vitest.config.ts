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
    // is spent waiting on real child processes (the bot, the emulator, Chromium), which a second worker overlaps.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
