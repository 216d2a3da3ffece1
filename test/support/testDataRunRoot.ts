// Vitest's globalSetup (vitest.config.ts): the one folder this run's test DATA_DIRs are made in
// (test/support/testDataDir.ts), `qingfeng-test-run-<pid of this vitest>` in RAM (/dev/shm) or the temp dir. Made here
// and removed when the run ends, with whatever a killed worker or a test that never closed its bot left inside; a run
// killed itself leaves it, and the next run's set-up removes it once its pid is gone (test/support/removeStaleRunRoots.ts).
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { removeStaleRunRoots, runRootName } from './removeStaleRunRoots.js';
import { testDataRoot } from './testDataRoot.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder for test DATA_DIRs (each test bot makes its own inside it). */
    testDataRunRoot: string;
  }
}

/** Removes stale run roots, makes this run's and gives it to the workers; the returned teardown removes it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const parent = testDataRoot();
  await removeStaleRunRoots(parent);
  const root = join(parent, runRootName(process.pid));
  await mkdir(root, { recursive: true });
  project.provide('testDataRunRoot', root);
  return () => rm(root, { recursive: true, force: true });
}
