// A demo test bot at a fixed time whose start's catch-up reminder run is over: what every useChatBot test starts from.
// The run is done once per worker and time (and config/), by a fresh bot; each test's bot then starts from a copy of
// what that run left (test/support/chatSnapshot.ts): a new emulator on the same world, a new DATA_DIR with the same
// files, a new bot and front. Nothing of a test's bot, emulator or DATA_DIR outlives the test.
import { readFileSync } from 'node:fs';
import { configFiles } from '../../src/config/configFiles.js';
import { takeChatSnapshot, type ChatSnapshot } from './chatSnapshot.js';
import { createTestBot, startTestBot, type TestBot } from './testBot.js';

/** The calls a start from a snapshot may make: it asks Feishu who it is, as the fresh bot did (already in the record). */
const START_CALLS = new Set(['/open-apis/auth/v3/tenant_access_token/internal', '/open-apis/bot/v3/info']);

/**
 * Waits for the start's catch-up reminder run and for the outbox to send what it queued. Under load the run's push
 * landed after a test's first answer and became its lastText(); a second run waits for the first and sends nothing
 * twice (reminders are keyed), so every test starts from a settled chat.
 */
export async function settle(t: TestBot): Promise<void> {
  await t.running.scheduler?.runNow();
  await t.running.outbox.idle();
}

// Per worker: the files share this module (vitest.config.ts, isolate: false). Keyed by the clock and config/'s text,
// all the run depends on; a snapshot is never changed, each bot gets copies.
const snapshots = new Map<string, Promise<ChatSnapshot>>();

function keyOf(now: Date, configDir: string): string {
  const texts = Object.values(configFiles(configDir)).map((file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  });
  return [now.toISOString(), configDir, ...texts].join('\0');
}

async function freshSnapshot(now: Date): Promise<ChatSnapshot> {
  const t = await startTestBot({ now });
  try {
    await settle(t);
  } catch (error) {
    await t.close();
    throw error;
  }
  return takeChatSnapshot(t);
}

/**
 * The bot from the snapshot must be where the fresh one was: its start and its own catch-up run sent, patched and
 * uploaded nothing and called Feishu only to learn who it is (calls the record already holds from the fresh start,
 * so they are taken off it again). Anything else means the snapshot missed part of the run: the test fails here.
 */
function assertSettledLike(t: TestBot, s: ChatSnapshot): void {
  const e = t.emulator;
  const was = { sent: s.emulator.sent.length, patched: s.emulator.patched.length, files: s.emulator.files.length, messages: s.emulator.messages.size };
  const is = { sent: e.sent.length, patched: e.patched.length, files: e.files.length, messages: e.snapshot().messages.size };
  const extra = e.calls.slice(s.emulator.calls.length).filter((c) => !START_CALLS.has(c.path));
  if (JSON.stringify(was) !== JSON.stringify(is) || extra.length > 0) {
    throw new Error(`a bot started from the settled snapshot did more than a restart: ${JSON.stringify({ was, is, extra: extra.map((c) => c.path) })}`);
  }
  e.calls.length = s.emulator.calls.length;
}

/**
 * The worker's snapshot for `now`, taken by a fresh bot the first time it is asked for (the first such file in a worker
 * also loads the bot's modules then: useChatBot asks in beforeAll, so that this is not counted against a test's hook).
 */
export function settledSnapshot(now: Date): Promise<ChatSnapshot> {
  const key = keyOf(now, 'config');
  let snapshot = snapshots.get(key);
  if (!snapshot) {
    snapshot = freshSnapshot(now);
    snapshots.set(key, snapshot);
    // A failed run is not kept: the next test tries afresh (and fails on its own account if it fails again).
    snapshot.catch(() => snapshots.delete(key));
  }
  return snapshot;
}

/** A demo bot at `now` whose catch-up run is over, as startTestBot({ now }) then settle() gives, from the worker's snapshot. */
export async function startSettledChatBot(now: Date): Promise<TestBot> {
  const s = await settledSnapshot(now);
  const t = await createTestBot({ now }, { emulator: s.emulator, files: s.files });
  try {
    await settle(t);
    assertSettledLike(t, s);
  } catch (error) {
    await t.close();
    throw error;
  }
  // The fresh bot's log up to its settled chat; the restart's own lines (the same start, on the run's files) are not its.
  t.logs.splice(0, t.logs.length, ...s.logs);
  return t;
}
