// DATA_DIR at start-up: created private (0700), tightened when looser, its files made 0600, and proved writable.
import { chmod, mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError, errnoOf } from './storeError.js';
import { PRIVATE_FILE_MODE, writeFileDurably } from './writeFileDurably.js';

/** Owner only: the 纪检 ledger and a journal that holds message text until it is compacted. */
export const PRIVATE_DIR_MODE = 0o700;

const octal = (mode: number): string => `0${(mode & 0o777).toString(8)}`;

/**
 * Creates `dir` with mode 0700 (parents as needed); an existing folder readable by group or others is chmod'ed to
 * 0700 and its regular files looser than 0600 to 0600, with one log line. Then writes and removes a probe file.
 * Throws StoreError DATA_DIR_UNWRITABLE naming the folder and errno when it cannot be created or written
 * (main.ts prints it as 「清风 cannot start: …」).
 */
export async function secureDataDir(dir: string, log: (line: string) => void): Promise<void> {
  const fail = (error: unknown, what: string): StoreError =>
    new StoreError(
      'DATA_DIR_UNWRITABLE',
      `DATA_DIR ${dir} ${what} (${errnoOf(error)}); give the user running 清风 write access to it, free some space, or set DATA_DIR to another folder`,
      { file: dir, errno: errnoOf(error) },
    );
  try {
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    const mode = (await stat(dir)).mode;
    if ((mode & 0o077) !== 0) {
      await chmod(dir, PRIVATE_DIR_MODE);
      const tightened: string[] = [];
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const path = join(dir, entry.name);
        if (((await stat(path)).mode & 0o077) !== 0) {
          await chmod(path, PRIVATE_FILE_MODE);
          tightened.push(entry.name);
        }
      }
      log(
        `DATA_DIR ${dir} was readable by other users (${octal(mode)}); tightened to 0700${tightened.length > 0 ? ` and ${tightened.join(', ')} to 0600` : ''}`,
      );
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    // mkdir says EEXIST for a file where the folder should be, ENOTDIR for a file on the way to it: say that, not
    // "free some space" (found by a newcomer).
    const errno = errnoOf(error);
    if (errno === 'EEXIST' || errno === 'ENOTDIR') {
      throw new StoreError('DATA_DIR_UNWRITABLE', `DATA_DIR ${dir} is a file, or lies under one, not a folder (${errno}); set DATA_DIR to a folder (it is created if missing)`, { file: dir, errno });
    }
    throw fail(error, 'cannot be created or secured');
  }
  const probe = join(dir, '.write-check');
  try {
    await writeFileDurably(probe, 'ok\n');
    await unlink(probe);
  } catch (error) {
    throw fail(error, 'is not writable');
  }
}
