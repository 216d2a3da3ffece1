// A new DATA_DIR for each in-process test bot (test/support/testBot.ts), inside the run's root (in RAM when the machine
// has room: test/support/testDataRoot.ts), which the run's globalSetup makes and removes (test/support/testDataRunRoot.ts):
// a DATA_DIR a killed worker never removed goes with the run's root, not left on /dev/shm for good.
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { testDataRoot } from './testDataRoot.js';

/**
 * The folder test DATA_DIRs are made in: the run's root, or testDataRoot() itself when the run has none (a config
 * without the globalSetup); the caller of makeTestDataDir removes its folder either way.
 */
export function testDataParent(): string {
  return inject('testDataRunRoot') ?? testDataRoot();
}

/** A new, empty folder for one test bot's DATA_DIR (the caller removes it), named `<prefix>XXXXXX` in testDataParent(). */
export function makeTestDataDir(prefix = 'qingfeng-test-'): Promise<string> {
  return mkdtemp(join(testDataParent(), prefix));
}
