// Round 49, fixer fwf (issue 10), found by t52a F3: to 「这两个月和吴静部长谈了两次话 都是廉政谈话」 the bot asked the days;
// the answer 「10月28号一次 11月25号一次」 (the spoken way to date 「谈了两次」) kept only 10-28, one record, the second talk
// dropped behind a generic note, while 「10月28日、11月25日」 gave both. Each 「D一次」 is now one day of the list.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { lastText, rows, say } = chat;

describe('the days of a counted talk answered 「D一次 D一次」', () => {
  it('「10月28号一次 11月25号一次」 gives two talks, one a day', async () => {
    await say('刘芳', '这两个月和吴静部长谈了两次话 都是廉政谈话');
    expect(lastText()).toContain('哪一天');
    await say('刘芳', '10月28号一次 11月25号一次');
    if (lastText().includes('请确认')) await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-10-28', 'liufang', 'wujing'],
      ['talk_integrity', '2026-11-25', 'liufang', 'wujing'],
    ]);
  });

});
