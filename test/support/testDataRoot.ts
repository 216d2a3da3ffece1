// Where the in-process test bots (test/support/testBot.ts) keep their DATA_DIR: in RAM (/dev/shm, a tmpfs) when the
// machine has one with room, else in the system's temp dir. The bot writes its data as in production (fdatasync, rename,
// directory fsync) and each test still gets a DATA_DIR of its own; on a tmpfs those syncs return at once instead of
// waiting for a disk that the other worker, the spawned bots and Chromium are writing to as well. Measured on the 2-core
// development machine under a shared load (round 65 gef): a write and its fsync 3.0 ms on / against 0.01 ms on
// /dev/shm; about 13 syncs per chat test (a start, three messages, a stop).
// The process tests (kill -9, SIGTERM, the DATA_DIR lock: test/support/processBot.ts, spawnBot.ts) and the tests that
// mount a small tmpfs of their own keep their own folders.
import { accessSync, constants, statfsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** The RAM file system tried first (Linux). */
const RAM_DIR = '/dev/shm';

/**
 * Free space /dev/shm must have to be used (MiB): a test's DATA_DIR holds a few KiB to a few MiB and two workers hold a
 * few at a time, but Chromium (test/web) shares /dev/shm too, and a container's default is only 64 MiB in all.
 */
const MIN_FREE_MIB = 48;

/**
 * The folder the run's root for test DATA_DIRs is made in (test/support/testDataRunRoot.ts): `ramDir` when it is a
 * writable directory with `minFreeMiB` free, else tmpdir(). The parameters are for its own test.
 */
export function testDataRoot(ramDir = RAM_DIR, minFreeMiB = MIN_FREE_MIB): string {
  try {
    if (!statSync(ramDir).isDirectory()) return tmpdir();
    accessSync(ramDir, constants.W_OK | constants.X_OK);
    const { bavail, bsize } = statfsSync(ramDir);
    return (bavail * bsize) / 1048576 < minFreeMiB ? tmpdir() : ramDir;
  } catch {
    return tmpdir();
  }
}
