import { expect } from 'vitest';
import type { ChatBot } from './chatBot.js';

/**
 * Sends `text` as `from` to the chat bot, answers 确认 when a card asks and fewer than `n` records are stored, and expects
 * `n` live records in all. Shared by the stored-correction e2e files, which each set up the records they then correct;
 * most reach it as `chat.stored` (test/support/chatBot.ts).
 */
export async function reportStored(chat: ChatBot, from: string, text: string, n: number): Promise<void> {
  const answer = await chat.answerText(from, text);
  if (/请确认/.test(answer) && chat.activities().length < n) await chat.say(from, '确认');
  expect(chat.activities()).toHaveLength(n);
}
