// lowdb's adapter for db.json: lowdb's own JSONFile neither syncs, nor sets the file mode, nor tells a failed write apart.
import type { Adapter } from 'lowdb';
import { readDbFile } from './readDbFile.js';
import { writeFailed } from './writeFailed.js';
import { writeFileDurably } from './writeFileDurably.js';

/**
 * A lowdb `Adapter<T>` (read()/write(), as lowdb's docs describe custom adapters) over one JSON file.
 *
 * - `read()`: the parsed top-level object, or null when the file does not exist (lowdb then uses its default data).
 *   Throws StoreError DATA_UNREADABLE (no permission, not JSON) or DATA_INVALID (JSON but not an object), naming the file.
 *   The shape is not checked here: openStore validates and migrates what lowdb hands it.
 * - `write(data)`: `JSON.stringify(data)` through writeFileDurably (0600 temporary file, fdatasync, rename, directory
 *   fsync). Text equal to `onDisk` is not written again. Throws StoreError DATA_WRITE_FAILED naming the file and errno;
 *   the file is then as it was, and `onDisk` still describes it.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  /** The JSON text the file holds as this process knows it: set by the owner after a read, and by every write. */
  onDisk: string | undefined;
  /** Completed writes (files actually replaced). */
  writes = 0;

  constructor(readonly file: string) {}

  async read(): Promise<T | null> {
    return ((await readDbFile(this.file)) as T | undefined) ?? null;
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    if (text === this.onDisk) return;
    await writeFileDurably(this.file, text).catch((error: unknown) => {
      throw writeFailed(this.file, error);
    });
    this.onDisk = text;
    this.writes += 1;
  }

  /** A fresh copy of what is on disk (`onDisk` parsed): what a failed write rolls an in-memory document back to. */
  restore(): T {
    if (this.onDisk === undefined) throw new Error(`${this.file}: nothing known on disk to restore`);
    return JSON.parse(this.onDisk) as T;
  }
}
