// One 清风 per DATA_DIR: two processes on the same files each rewrite them from their own memory, answer from diverging
// ledgers and send every reminder twice (found by a newcomer who started a second bot on another port).
import { open, readFile, unlink } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError, errnoOf } from './storeError.js';

export interface DataDirLock {
  /** The lock file: DATA_DIR/qingfeng.pid, holding the owner's process id. */
  file: string;
  /** Removes the lock file if it is still this process's. */
  release(): Promise<void>;
}

/**
 * True if `pid` names a live process that could be a 清风 (a node process): a zombie (killed, not yet reaped) or a
 * process of another program that reused the number after a reboot is not one. Linux reads /proc; elsewhere only
 * whether the process exists.
 */
function holderRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (errnoOf(error) !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (/^\d+ \(.*\) Z/.test(stat)) return false;
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    // No /proc (macOS): the process exists, so it is taken to hold the lock.
    return process.platform !== 'linux';
  }
}

/**
 * Takes DATA_DIR/qingfeng.pid (created exclusively, 0600). A lock left by a process that is gone (kill -9, a crash,
 * a reboot) is taken over with one log line. A lock of this very process is taken over too: one process runs one bot,
 * and a start that failed half-way must not lock out the next (tests start bots one after another in one process).
 * Throws StoreError DATA_DIR_IN_USE (naming the file and the other pid) if another live node process holds it.
 */
export async function lockDataDir(dataDir: string, log: (line: string) => void): Promise<DataDirLock> {
  const file = join(dataDir, 'qingfeng.pid');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await open(file, 'wx', 0o600);
      try {
        await fh.writeFile(`${process.pid}\n`);
      } finally {
        await fh.close();
      }
      return {
        file,
        async release() {
          const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
          if (holder === process.pid) await unlink(file).catch(() => undefined);
        },
      };
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw new StoreError('DATA_DIR_UNWRITABLE', `${file}: cannot create the lock file (${errnoOf(error)}); make DATA_DIR writable`, { file, errno: errnoOf(error) });
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && holderRunning(holder)) {
        throw new StoreError(
          'DATA_DIR_IN_USE',
          `${dataDir} is in use by another 清风 (pid ${holder}, see ${file}); stop that one first, or give this one another DATA_DIR`,
          { file },
        );
      }
      if (holder !== process.pid) log(`${file}: taking over the lock of pid ${holder || '?'}, which is no longer running`);
      await unlink(file).catch(() => undefined);
    }
  }
  throw new StoreError('DATA_DIR_IN_USE', `${file}: could not take the lock (another 清风 starting at the same moment?); try again`, { file });
}
