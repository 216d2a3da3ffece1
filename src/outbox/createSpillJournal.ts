// Which p2p replies left by 发送消息 instead of 回复消息 (the spill, issue 14 r66), kept on disk before each spilled send.
// Feishu de-duplicates a `uuid` per API (发送消息 and 回复消息 each: 「持有相同 uuid 的请求 1 小时内至多成功…一条消息」 of
// their own calls), so a reply sent again after a crash — the event is processed again when the bot was killed between
// the send and the event's done mark — must go by the API it went by the first time, or the member sees it twice. Which
// API a reply took depends on the windows at that moment, so it cannot be recomputed: it is written down, and only for
// the spilled ones (a reply not in the journal went, or goes, by 回复消息).
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

/** Feishu's uuid de-duplication window (发送消息 / 回复消息: uuid, 1 小时), ms: an entry older than this protects nothing. */
export const UUID_WINDOW_MS = 60 * 60 * 1000;

/** Appends between rewrites of the file with only the live entries (a spill is rare: only when 回复消息 is full). */
const COMPACT_EVERY = 2_000;

/** The spilled replies' uuids, durable before the send. */
export interface SpillJournal {
  /** Whether the reply with this uuid went by 发送消息 within the last hour (then its retry or replay must too). */
  has(uuid: string): boolean;
  /** Writes `uuid` down (appended and fsynced) before its reply leaves by 发送消息. Throws the file system's error. */
  record(uuid: string): void;
}

/**
 * Opens (or starts) the journal `file` (DATA_DIR/replies-spilled.jsonl: one `{"uuid":…,"at":<epoch ms>}` per line).
 * Lines older than UUID_WINDOW_MS at `now()` are dropped when the file is rewritten; a torn last line (a kill mid-append)
 * is skipped, as the send it was written for never left. Throws the file system's error when the file cannot be read
 * for another reason than its absence.
 */
export function createSpillJournal(file: string, now: () => number): SpillJournal {
  const live = new Map<string, number>();
  let lines = 0;
  try {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      lines += 1;
      try {
        const e = JSON.parse(line) as { uuid?: unknown; at?: unknown };
        if (typeof e.uuid === 'string' && typeof e.at === 'number') live.set(e.uuid, e.at);
      } catch {
        // A torn line: its spilled send never left (the line is written before the send).
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let appended = 0;

  function prune(): void {
    const oldest = now() - UUID_WINDOW_MS;
    for (const [uuid, at] of live) if (at < oldest) live.delete(uuid);
  }

  function rewrite(): void {
    prune();
    const tmp = `${file}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, [...live].map(([uuid, at]) => `${JSON.stringify({ uuid, at })}\n`).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    appended = 0;
  }

  // Rewritten at start only when it holds what protects nothing (lines past the hour, a torn line): most starts read it only.
  prune();
  if (live.size < lines) rewrite();

  return {
    has(uuid) {
      const at = live.get(uuid);
      return at !== undefined && at >= now() - UUID_WINDOW_MS;
    },
    record(uuid) {
      const at = now();
      const fd = openSync(file, 'a', 0o600);
      try {
        writeSync(fd, `${JSON.stringify({ uuid, at })}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      live.set(uuid, at);
      if (++appended >= COMPACT_EVERY) rewrite();
    },
  };
}
