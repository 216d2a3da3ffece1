// Replaces a file whole and durably: a private temporary file, fdatasync, rename, directory fsync; nothing left behind on failure.
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncDir } from './syncDir.js';

/** Owner read/write only: the ledger and the journal hold what members reported (纪检 material). */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Writes `text` to `file` through `.<name>.tmp` in the same directory, created with mode 0600 (a rename keeps the
 * temporary file's mode, so the result is 0600 whatever the old file had). A crash leaves the old or the new file.
 * Throws the file-system error (ENOSPC, EACCES, EIO…) after removing the temporary file; `file` is then untouched.
 */
export async function writeFileDurably(file: string, text: string): Promise<void> {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.tmp`);
  try {
    const handle = await open(tmp, 'w', PRIVATE_FILE_MODE);
    try {
      // An existing tmp from a crash keeps its old mode on open; make sure.
      await handle.chmod(PRIVATE_FILE_MODE);
      await handle.writeFile(text);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  await syncDir(dir);
}
