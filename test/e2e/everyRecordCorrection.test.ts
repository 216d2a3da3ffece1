// Round 32a F7 (issue 10): three talks recorded at once from one answer (11月3日、11月10日、11月17日), then 「不对，是廉政谈话」
// (asked to tap 修改 under each) and 「三条都改成廉政谈话」 → 「抱歉，没看懂」. Now a day or kind said of all of them is one
// 【请确认修改】 card listing each record before → after, changed only on 确认; on a waiting 确认 card, 都… changes every item.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { lastText, rows, say } = chat;

/** 刘芳's talk with 周涛 on three days: recorded at once after the day is answered. */
async function threeTalks(): Promise<void> {
  await say('刘芳', '和周涛进行了谈心谈话');
  await say('刘芳', '11月3日、11月10日、11月17日');
  expect(rows().map((r) => r[0])).toEqual(['talk_heart', 'talk_heart', 'talk_heart']);
}

describe('a change said of every record of the latest report', () => {
  it('「三条都改成廉政谈话」 after 「不对，是廉政谈话」: one card for all three, changed on 确认', async () => {
    await threeTalks();
    await say('刘芳', '不对，是廉政谈话');
    expect(lastText()).toContain('3 项都要改，请回复「都改成廉政谈话」');
    await say('刘芳', '三条都改成廉政谈话');
    expect(lastText()).toContain('请确认修改');
    expect(lastText()).toContain('把您刚才的 3 条记录的类型都改为廉政谈话');
    expect(lastText()).toContain('改为：廉政谈话｜2026-11-17｜对象：周涛');
    expect(rows().map((r) => r[0])).toEqual(['talk_heart', 'talk_heart', 'talk_heart']);
    await say('刘芳', '确认');
    expect(lastText()).toContain('已修改：类型改为廉政谈话');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-03', 'liufang', 'zhoutao'],
      ['talk_integrity', '2026-11-10', 'liufang', 'zhoutao'],
      ['talk_integrity', '2026-11-17', 'liufang', 'zhoutao'],
    ]);
  });

  it('取消 leaves all three as they were; a wrong count is said and nothing changes', async () => {
    await threeTalks();
    await say('刘芳', '都改成廉政谈话');
    await say('刘芳', '取消');
    expect(rows().map((r) => r[0])).toEqual(['talk_heart', 'talk_heart', 'talk_heart']);
    await say('刘芳', '两条都改成廉政谈话');
    expect(lastText()).toContain('记录了 3 项，不是2项，没有改动');
    expect(rows().map((r) => r[0])).toEqual(['talk_heart', 'talk_heart', 'talk_heart']);
  });

  it('on a waiting 确认 card, 「都是11月27日」 moves every item before 确认', async () => {
    await say('王建国', '11月30日和李明、孙丽签订了责任书，并进行了廉政谈话');
    expect(lastText()).toContain('请确认以下 4 条记录');
    await say('王建国', '都是11月27日');
    expect(lastText()).toContain('已按您的更正修改（日期改为 2026-11-27）');
    await say('王建国', '确认');
    expect(rows().map((r) => r[1])).toEqual(['2026-11-27', '2026-11-27', '2026-11-27', '2026-11-27']);
  });
});
