// fsync of a directory, so that a created or renamed file name survives a power cut, not only the file's bytes.
import { open, type FileHandle } from 'node:fs/promises';

/** Makes a created or renamed name durable (Linux; elsewhere opening a directory may fail, which is tolerated). */
export async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
