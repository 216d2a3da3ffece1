// What a demo test bot's chat holds once its start's catch-up reminder run is over, taken from a fresh bot so that later
// bots start there (test/support/settledChatBot.ts) instead of deciding and sending the same reminders again.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmulatorSnapshot } from '../../src/emulator/createEmulator.js';
import type { DataFile, TestBot } from './testBot.js';

/**
 * Left out of the snapshot: the cached bot identity. Without it a bot started from the snapshot asks Feishu who it is,
 * as a fresh bot's start does, and so holds a tenant token before the test's first send, as a fresh bot does.
 */
export const NOT_SNAPSHOT = new Set(['feishu-bot.json']);

export interface ChatSnapshot {
  /** The emulator's world after the run: the bot's identity, issued tokens, the reminders as messages, every call. */
  emulator: EmulatorSnapshot;
  /** DATA_DIR's files after the bot stopped (flushed), but NOT_SNAPSHOT's. */
  files: DataFile[];
  /** What the bot logged up to then (its start and the run), as a fresh bot's test finds in `logs`. */
  logs: string[];
}

async function readDataFiles(dir: string, under = ''): Promise<DataFile[]> {
  const files: DataFile[] = [];
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const name = join(under, entry.name);
    if (entry.isDirectory()) files.push(...(await readDataFiles(dir, name)));
    else if (!NOT_SNAPSHOT.has(name)) files.push({ name, bytes: await readFile(join(dir, name)), mode: (await stat(join(dir, name))).mode });
  }
  return files;
}

/**
 * Stops `t` (its store flushed, its DATA_DIR lock released), keeps its emulator's world, DATA_DIR's files and logs, then
 * closes its emulator and removes its DATA_DIR: `t` is used up. Call it once the chat is settled and nothing is in flight.
 */
export async function takeChatSnapshot(t: TestBot): Promise<ChatSnapshot> {
  const logs = [...t.logs];
  await t.running.stop();
  const files = await readDataFiles(t.dataDir);
  const emulator = t.emulator.snapshot();
  await t.emulator.close();
  await rm(t.dataDir, { recursive: true, force: true });
  return { emulator, files, logs };
}
