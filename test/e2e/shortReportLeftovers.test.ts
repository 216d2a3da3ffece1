// Over HTTP (h24, issue 10, short-report leftovers): an untyped 谈了话 beside a signing keeps the talks.
import { beforeAll, describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { startTestBot } from '../support/testBot.js';

/** Wednesday 2026-12-02, 15:00 in Shanghai. */
const chat = useChatBot(new Date('2026-12-02T15:00:00+08:00'));
const { lastText, rows, say } = chat;
// The first bot of a worker loads every module; on a loaded machine that alone passed the 20 s hook limit.
beforeAll(async () => (await startTestBot({})).close(), 120_000);

describe('an untyped talk with several people beside a signing', () => {
  it('王建国 「前天和李明、孙丽谈了话，还签了责任书」: the talks\' type is asked once, then all four on a card', async () => {
    await say('王建国', '前天和李明、孙丽谈了话，还签了责任书');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/哪类活动/);
    await say('王建国', '廉政谈话');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/请确认/);
    await say('王建国', '确认');
    expect(rows().map((r) => [r[0], r[1], r[3]])).toEqual([
      ['talk_integrity', '2026-11-30', 'liming'],
      ['talk_integrity', '2026-11-30', 'sunli'],
      ['pledge_sign', '2026-11-30', 'liming'],
      ['pledge_sign', '2026-11-30', 'sunli'],
    ]);
  });
});
