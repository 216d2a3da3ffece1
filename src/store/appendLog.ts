// An append-only file of lines: group-committed writes, each fdatasync'ed before its callers resolve; a failed write is cut off again.
import { open, type FileHandle } from 'node:fs/promises';
import { writeFailed } from './writeFailed.js';

export interface AppendLog {
  readonly file: string;
  /** Bytes on disk and synced. */
  readonly size: number;
  /** True while a write is in flight or waiting. */
  readonly busy: boolean;
  /**
   * Queues `text` (whole lines) to be written after everything queued before it. Resolves
   * once it is on disk and synced; texts queued meanwhile share one write and one sync.
   * On failure the file is cut back to its last synced size, `undo` runs for every text of
   * the failed write and of everything queued behind it (newest first), and each caller's
   * promise rejects with DATA_WRITE_FAILED naming the file and errno.
   */
  append(text: string, undo?: () => void): Promise<void>;
  /** Runs `task` when nothing is in flight or queued (at once if idle). */
  whenIdle(task: () => void): void;
  close(): Promise<void>;
}

interface Pending {
  text: string;
  undo?: () => void;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * Opens `file` for appending at byte `size` (the caller has read the file and knows where
 * its last complete line ends; anything after it, a torn line, is overwritten). Creates the
 * file with mode 0600.
 */
export async function openAppendLog(file: string, size: number): Promise<AppendLog> {
  const fh: FileHandle = await open(file, 'a+', 0o600).then(async (h) => {
    await h.close();
    return open(file, 'r+');
  });
  // Cuts a torn last line; a device (tests write to /dev/full) has no size to cut.
  if ((await fh.stat()).size !== size) await fh.truncate(size);
  let synced = size;
  let queue: Pending[] = [];
  let writing = false;
  let idleTasks: (() => void)[] = [];

  async function drain(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      const bytes = Buffer.from(batch.map((p) => p.text).join(''));
      try {
        let done = 0;
        while (done < bytes.length) {
          const { bytesWritten } = await fh.write(bytes, done, bytes.length - done, synced + done);
          done += bytesWritten;
        }
        await fh.datasync();
        synced += bytes.length;
        for (const p of batch) p.resolve();
      } catch (error) {
        await fh.truncate(synced).catch(() => undefined);
        const failed = [...batch, ...queue];
        queue = [];
        const err = writeFailed(file, error);
        for (let i = failed.length - 1; i >= 0; i--) failed[i]!.undo?.();
        for (const p of failed) p.reject(err);
      }
    }
    writing = false;
    const tasks = idleTasks;
    idleTasks = [];
    for (const task of tasks) task();
  }

  return {
    file,
    get size() {
      return synced;
    },
    get busy() {
      return writing || queue.length > 0;
    },
    append(text, undo) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ text, undo, resolve, reject });
        if (!writing) void drain();
      });
    },
    whenIdle(task) {
      if (!writing && queue.length === 0) task();
      else idleTasks.push(task);
    },
    close: () => fh.close(),
  };
}
