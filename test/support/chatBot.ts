// The harness most e2e chat tests share: one demo bot per test at a fixed time, its catch-up run over, what it stored, what it said last.
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Activity } from '../../src/domain/activity.js';
import type { SentMessage } from '../../src/emulator/emulatorTypes.js';
import { buttonValues, sentText } from './testBot.js';
import type { TestBot } from './testBot.js';
import { settledSnapshot, startSettledChatBot } from './settledChatBot.js';
import { reportStored } from './reportStored.js';

export interface ChatBot {
  /** The running test bot (valid inside a test). */
  readonly t: TestBot;
  /** Records not withdrawn, in the order stored. */
  activities(): Activity[];
  /** Records not withdrawn as [type, date, actorId, counterpart ids joined by ','], the shape most chat tests compare. */
  rows(): (string | undefined)[][];
  /**
   * Records not withdrawn as [type, date, actorId, counterpart ids joined by ',', attendees or null], sorted by date and
   * then counterparts: the shape the summaries' and tables' chat tests compare, independent of the order stored.
   */
  datedRows(): (readonly [string, string, string, string, number | null])[];
  /** The bot's last message as text (a card flattened). */
  lastText(): string;
  /** Sends a message as `from` and waits until the bot has handled it; returns its message_id. */
  say(from: string, text: string, opts?: Parameters<TestBot['say']>[2]): Promise<string>;
  /** Sends as `from`, waits, and returns what the bot sent in answer (cards keep their message_id for taps). */
  answers(from: string, text: string, opts?: Parameters<TestBot['say']>[2]): Promise<SentMessage[]>;
  /** The same, as one text (each message flattened, joined by line breaks). */
  answerText(from: string, text: string, opts?: Parameters<TestBot['say']>[2]): Promise<string>;
  /** Sends as `from`, waits, and returns the answers the bot's question offers as buttons (action `answer`), in order. */
  offered(from: string, text: string): Promise<string[]>;
  /**
   * Sends `text` as `from` and expects a 确认 card that stores nothing yet and names `head` (a directory name) as 活动人,
   * never 您本人; then answers 「确认」. The caller checks what was stored. Fails the test when any expectation fails.
   */
  confirmHeadsCard(from: string, text: string, head: string): Promise<void>;
  /**
   * Sends `text` as `from` and, when a 确认 card is shown and nothing was stored yet, answers 「确认」; expects exactly one
   * more record afterwards. For setting up a stored record before the message a test is about.
   */
  recorded(from: string, text: string): Promise<void>;
  /**
   * Sends a report of `n` live records in all as `from`, answering 确认 when a card asks and fewer than `n` are stored;
   * expects `n`. The set-up of the stored-correction tests (test/support/reportStored.ts).
   */
  stored(from: string, text: string, n: number): Promise<void>;
  /**
   * Answers 「确认」 as `from` when `answer` (a text the bot sent) asks 请确认, and returns the bot's reply to it; returns
   * `answer` itself when nothing was asked. Asserts nothing: the caller reads what was stored.
   */
  confirmIfAsked(from: string, answer: string): Promise<string>;
}

/** The time allowed to take the worker's snapshot for a time (a fresh bot's start and catch-up run; ms). */
const SNAPSHOT_TIMEOUT_MS = 120_000;

/**
 * Registers beforeEach/afterEach that give each test a demo bot at `now` whose start's catch-up reminder run is over,
 * and close it; call at a test file's top level. Each test's bot, emulator and DATA_DIR are its own: they start from a
 * copy of where a fresh bot stood after that run (test/support/settledChatBot.ts), which is taken once per worker. A file
 * needs no bot of its own started and closed in beforeAll to load the modules first: the beforeAll here does that.
 */
export function useChatBot(now: Date): ChatBot {
  let bot: TestBot | undefined;
  let starts = 0;
  // The first file in a worker also loads the bot's ~480 modules here: on a loaded machine more than hookTimeout's 20 s.
  beforeAll(async () => void (await settledSnapshot(now)), SNAPSHOT_TIMEOUT_MS);
  beforeEach(async () => {
    const start = ++starts;
    const started = await startSettledChatBot(now);
    // A start that outlived its hook's timeout (a loaded machine) must not become a later test's bot: it is closed.
    if (start !== starts) return started.close();
    bot = started;
  });
  afterEach(() => bot?.close());
  const t = (): TestBot => bot!;
  const activities = (): Activity[] => t().running.store.read((db) => db.activities.filter((a) => !a.deletedAt));
  const say = async (from: string, text: string, opts?: Parameters<TestBot['say']>[2]): Promise<string> => {
    const { envelope } = await t().say(from, text, opts);
    await t().running.drain();
    return (envelope.event as { message: { message_id: string } }).message.message_id;
  };
  const lastText = (): string => t().texts().at(-1)!;
  const answers = async (from: string, text: string, opts?: Parameters<TestBot['say']>[2]): Promise<SentMessage[]> => {
    const before = t().emulator.sent.length;
    await t().say(from, text, opts);
    await t().running.drain();
    return t().emulator.sent.slice(before);
  };
  const answerText = async (from: string, text: string, opts?: Parameters<TestBot['say']>[2]): Promise<string> =>
    (await answers(from, text, opts)).map(sentText).join('\n');
  const chat: ChatBot = {
    get t() {
      return t();
    },
    activities,
    rows: () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')]),
    datedRows: () =>
      activities()
        .map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.attendees ?? null] as const)
        .sort((x, y) => `${x[1]}${x[3]}`.localeCompare(`${y[1]}${y[3]}`)),
    lastText,
    say,
    answers,
    answerText,
    async recorded(from, text) {
      const n = activities().length;
      const answer = (await answers(from, text)).map(sentText).join('\n');
      if (/确认/.test(answer) && activities().length === n) await say(from, '确认');
      expect(activities()).toHaveLength(n + 1);
    },
    async confirmHeadsCard(from, text, head) {
      await say(from, text);
      expect(activities()).toEqual([]);
      expect(lastText()).toMatch(new RegExp(`活动人：${head}`));
      expect(lastText()).not.toMatch(/活动人：您本人/);
      await say(from, '确认');
    },
    stored: (from, text, n) => reportStored(chat, from, text, n),
    confirmIfAsked: async (from, answer) => (/请确认/.test(answer) ? answerText(from, '确认') : answer),
    offered: async (from, text) =>
      (await answers(from, text)).flatMap((m) => buttonValues(m.content).filter((v) => v.action === 'answer').map((v) => v.text as string)),
  };
  return chat;
}
