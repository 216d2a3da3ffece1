// Over HTTP (w30, issue 10, round 30a): a heading over one numbered item whose day is still to be asked is a report, not
// a completion query (X2: the report was lost, its day answer 「没看懂」), and the item is the heading's department's; a
// remark about a record left out of the card goes with it (C3).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 18:00 in Shanghai: after the reminders' hours, so no catch-up reminder lands between turns. */
const THURSDAY = new Date('2026-12-03T18:00:00+08:00');

const chat = useChatBot(THURSDAY);
const { activities, lastText, rows, say } = chat;

describe('X2: 「中心11月份工作情况：⏎1、11月中旬组织学习《…》」 is a report', () => {
  it('asks the day, then shows 何平\'s 廉政教育 for a tap and stores it', async () => {
    await say('孙杰', '中心11月份工作情况：\n1、11月中旬组织学习《中国共产党纪律处分条例》');
    expect(lastText()).not.toMatch(/完成情况|没有完全听懂/);
    expect(lastText()).toMatch(/是哪一天进行的/);
    expect(rows()).toEqual([]);
    await say('孙杰', '11月17日');
    expect(lastText()).not.toMatch(/没看懂/);
    if (rows().length === 0) await say('孙杰', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title])).toEqual([['edu_integrity', '2026-11-17', 'heping', '中国共产党纪律处分条例']]);
  });

  it('a question under a heading still asks: 「中心11月份工作情况：⏎1、学习教育完成了吗？」', async () => {
    await say('孙杰', '中心11月份工作情况：\n1、学习教育完成了吗？');
    expect(lastText()).not.toMatch(/是哪一天进行的/);
    expect(rows()).toEqual([]);
  });
});

describe('C3: 「第2条不用记」 takes the study\'s remark with it', () => {
  it('the card after the drop no longer says 「…」按廉政教育记录; the plan note stays', async () => {
    await say('杨帆', '1. 11月24日王磊部长与杨帆谈心谈话\n2. 11月26日宣文部组织学习《廉洁自律准则》\n3. 12月8日开展自查');
    expect(lastText()).toMatch(/按廉政教育记录/);
    await say('杨帆', '第2条不用记');
    expect(lastText()).toMatch(/已去掉第2条/);
    expect(lastText()).not.toMatch(/按廉政教育记录/);
    expect(lastText()).toMatch(/计划安排/);
    await say('杨帆', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['talk_heart', '2026-11-24', 'wanglei']]);
  });
});
