// Vitest's globalSetup (vitest.config.ts): the folder this run's production builds go in (test/support/builtBot.ts), one
// per run, inside the checkout so that the bundles resolve node_modules as dist/ does; removed when the run ends.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where a worker builds the bot it spawns (`<testDistRoot>/<worker pid>`); nothing is built until a test asks. */
    testDistRoot: string;
  }
}

/** Gives the workers the run's build folder (a name only: nothing is built here, so a run that spawns no bot pays nothing). */
export default function setup(project: TestProject): () => Promise<void> {
  // Ignored by git (/dist-test-*/), as the build test's own folder is.
  const root = join(project.config.root, `dist-test-run-${process.pid}`);
  project.provide('testDistRoot', root);
  return () => rm(root, { recursive: true, force: true });
}
