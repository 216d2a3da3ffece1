// A test run's DATA_DIR root is named after the process that owns it (test/support/testDataRunRoot.ts); a run that was
// killed (SIGKILL, a CI timeout, an OOM kill) never removes its own. The next run's set-up removes each one whose owner
// is gone, and leaves alone the folders of runs still going (another checkout's run on the same machine shares /dev/shm).
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The prefix of a run's root; the owner's pid follows it (mkdtemp's 6 random letters after `qingfeng-test-` never hold a '-'). */
export const RUN_ROOT_PREFIX = 'qingfeng-test-run-';

/** The name of the root owned by the process `pid`. */
export function runRootName(pid: number): string {
  return `${RUN_ROOT_PREFIX}${pid}`;
}

/** Whether a process `pid` exists (signal 0 checks without sending; EPERM: it exists, as another user's). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes every run root in `parent` whose owning process is gone; returns the paths removed. A pid taken again by
 * another process keeps its folder until that process ends too (it is then removed by a later run), which is only late.
 * `alive` is for its own test.
 */
export async function removeStaleRunRoots(parent: string, alive: (pid: number) => boolean = pidAlive): Promise<string[]> {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const m = /^qingfeng-test-run-(\d+)$/.exec(name);
    return m !== null && !alive(Number(m[1]));
  });
  const paths = stale.map((name) => join(parent, name));
  await Promise.all(paths.map((path) => rm(path, { recursive: true, force: true })));
  return paths;
}
