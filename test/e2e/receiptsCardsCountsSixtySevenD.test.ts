// Round 67, ggd (issue 10; round 66's leftovers): receipts, waiting cards and counted summaries (clock Mon 2026-11-30 10:00).
// A  a typed button label survives a restart: 「是不是王建国？」 typed back after the bot restarted was read as before the
//    label was known (王建国's completion card, the question open); the buttons are now kept with the dialog in the store.
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestBot } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
beforeAll(async () => (await startTestBot({})).close(), 600_000);
const { answerText, say, rows, offered } = chat;

describe('A. a typed button label after a restart', () => {
  it.each([['是不是王建国？'], ['是王建国'], ['是他']])('张伟 「%s」 after a restart → the talk with 王建国', async (typed) => {
    expect(await offered('张伟', '今天和王建过同志进行了廉政谈话')).toContain('王建国');
    await chat.t.restart();
    const answer = await answerText('张伟', typed);
    expect(answer).not.toMatch(/完成情况/);
    expect(answer).toMatch(/已记录/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'zhangwei', 'wangjianguo']]);
  });

  it('the which-day label 「11月12日（周四）」 typed after a restart is that day', async () => {
    expect(await offered('张伟', '11月13日（周四）和李明进行了廉政谈话')).toEqual(['11月12日', '11月13日', '取消']);
    await chat.t.restart();
    await say('张伟', '11月12日（周四）');
    expect(rows()).toEqual([['talk_integrity', '2026-11-12', 'zhangwei', 'liming']]);
  });

  it('the labels live with the dialog: kept in db.json beside it, gone when it is answered', async () => {
    await say('张伟', '今天和王建过同志进行了廉政谈话');
    const kept = chat.t.running.store.read((db) => db.dialogs.map((d) => d.buttons));
    expect(kept).toEqual([expect.arrayContaining([{ label: '是不是王建国？', text: '王建国' }])]);
    await say('张伟', '是王建国');
    expect(chat.t.running.store.read((db) => db.dialogs.filter((d) => d.expiresAt > MONDAY.toISOString()))).toEqual([]);
  });
});
