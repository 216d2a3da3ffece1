// Round 33c (issue 10): shapes of correction and choice left open by the last session's helpers.
// - After 确认 of a change said of every record (三条都改成11月20日), the receipt showed before → after on the first
//   record only; the others looked unchanged. Each changed record now shows its own old value.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { lastText, rows, say } = chat;

describe('a change confirmed on every record of the latest report', () => {
  it('「三条都改成11月20日」 → 确认: each receipt line shows its own day before → after', async () => {
    await say('刘芳', '和周涛进行了谈心谈话');
    await say('刘芳', '11月3日、11月10日、11月17日');
    expect(rows().map((r) => r[1])).toEqual(['2026-11-03', '2026-11-10', '2026-11-17']);
    await say('刘芳', '三条都改成11月20日');
    expect(lastText()).toContain('请确认修改');
    await say('刘芳', '确认');
    const receipt = lastText();
    expect(receipt).toContain('已修改');
    for (const day of ['2026-11-03', '2026-11-10', '2026-11-17']) expect(receipt).toMatch(new RegExp(`原来：~~谈心谈话｜${day}[^~]*~~\\n改为：谈心谈话｜2026-11-20`));
    expect(receipt.match(/原来：/g)).toHaveLength(3);
    expect(rows().map((r) => r[1])).toEqual(['2026-11-20', '2026-11-20', '2026-11-20']);
  });

  it('a change of one record still marks that record alone', async () => {
    await say('刘芳', '和周涛进行了谈心谈话');
    await say('刘芳', '11月3日');
    await say('刘芳', '刚才那条日期错了，应该是11月12日');
    await say('刘芳', '确认');
    expect(lastText()).toMatch(/原来：~~谈心谈话｜2026-11-03[^~]*~~\n改为：谈心谈话｜2026-11-12/);
    expect(lastText().match(/原来：/g)).toHaveLength(1);
  });
});
