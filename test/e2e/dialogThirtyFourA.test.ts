// Round 34a (issue 10): dialog leftovers named at the last stop.
// - 「「办公室科员」是哪一位？」 [王芳][胡军] answered 「王芳和胡军两个人都谈了」 (t33c A18b) was read as a new report and the
//   waiting report dropped. Several offered people named (or 两个都是 / 都谈了) are the answer: each gets the record; a name
//   not offered asks again, never a new report.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { lastText, rows, say } = chat;

/** 李明's talk with 「办公室科员」, asked which one with 王芳 and 胡军 offered. */
async function asked(): Promise<void> {
  await say('李明', '11月27日与办公室科员进行了谈心谈话');
  expect(lastText()).toContain('「办公室科员」是哪一位？');
  expect(rows()).toEqual([]);
}

const BOTH = [
  ['talk_heart', '2026-11-27', 'liming', 'wangfang'],
  ['talk_heart', '2026-11-27', 'liming', 'hujun'],
];

describe('an answer naming several of the people offered', () => {
  it.each(['王芳和胡军两个人都谈了', '王芳、胡军都谈了', '是王芳和胡军两位', '两个都是', '都谈了'])('「%s」 gives each their talk, nothing dropped', async (answer) => {
    await asked();
    await say('李明', answer);
    expect(lastText()).not.toContain('已放弃');
    expect(lastText()).not.toContain('哪类活动');
    expect(rows()).toEqual(BOTH);
  });

  it('a name not offered is asked again, the waiting report kept; then the right names record it', async () => {
    await asked();
    await say('李明', '王芳和李娟');
    expect(lastText()).toContain('「李娟」不在这次可选的人里（王芳、胡军）');
    expect(lastText()).toContain('「办公室科员」是哪一位？');
    expect(rows()).toEqual([]);
    await say('李明', '王芳和胡军');
    expect(rows()).toEqual(BOTH);
  });

  it('near-miss: one name is the one talk, as before', async () => {
    await asked();
    await say('李明', '王芳');
    expect(rows()).toEqual([BOTH[0]]);
  });

  it('near-miss: a report of its own with a day and a kind is still a new report', async () => {
    await asked();
    await say('李明', '11月28日和孙丽进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-11-28', 'liming', 'sunli']]);
  });
});
