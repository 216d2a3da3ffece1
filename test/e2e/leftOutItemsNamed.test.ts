// Issue 10 part C, kind 3: an item the member's answer leaves out is named for what it is. A past item the member only
// said not to record (「第二条先不记」) was called 「是计划安排，未记录」; now 「按您的回复删去」, a deed said not done
// 「还没有做」, and only a plan 「计划安排」. On a card of several, 「这个先不记」 asks which record (was: 这条消息没有记录).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { lastText, rows, say } = chat;

/** 孙丽's list: two dated items and a leader's talk whose day is asked. */
const LIST = '1. 11月2日 与王强进行廉政谈话\n2. 11月9日 组织学习《廉洁自律准则》，参加12人\n3. 王建国副理事长与财务科开展谈心谈话';
const THREE = '11月17日，陈志强副理事长主持召开分管部门会议，部署党风廉政建设工作。会上，陈志强带领大家观看了警示教育片《警钟长鸣》。会后，陈志强与冯雪进行了谈心谈话。';

describe('an item left out while a question waits', () => {
  it.each([
    // Since round 65 (gei) 先 before 不记 is a filler of the card's own drop (第二条 不记): the same item, said in its words.
    ['第二条先不记', '已去掉「廉政教育｜2026-11-09｜《廉洁自律准则》｜12人参加」，不记录'],
    ['第2条别记了', '第2条「廉政教育｜2026-11-09｜《廉洁自律准则》｜12人参加」按您的回复删去，未记录'],
    ['第2条 先不记。', '第2条「廉政教育｜2026-11-09｜《廉洁自律准则》｜12人参加」按您的回复删去，未记录'],
    ['第2条还没做', '第2条「廉政教育｜2026-11-09｜《廉洁自律准则》｜12人参加」还没有做，未记录'],
    ['第2条是计划', '第2条「廉政教育｜2026-11-09｜《廉洁自律准则》｜12人参加」按您说的是计划、还没有做，未记录'],
  ])('「%s」 → 「%s」, the rest asked on and recorded', async (answer, word) => {
    await say('孙丽', LIST);
    expect(lastText()).toMatch(/是哪一天/);
    await say('孙丽', answer);
    expect(lastText()).toContain(word);
    if (!/删去/.test(word)) expect(lastText()).not.toMatch(/删去/);
    expect(lastText()).not.toMatch(/计划安排/);
    await say('孙丽', '11月16日');
    if (/请确认/.test(lastText())) await say('孙丽', '确认');
    expect(rows()).toEqual(
      expect.arrayContaining([
        ['talk_heart', '2026-11-16', 'wangjianguo', 'sunli'],
        ['talk_integrity', '2026-11-02', 'sunli', 'wangqiang'],
      ]),
    );
    expect(rows()).toHaveLength(2);
  });
});

describe('a record left out on a 确认 card', () => {
  it('「第二条先不记」 takes it off, named as dropped, the card again', async () => {
    await say('冯雪', THREE);
    await say('冯雪', '第二条先不记');
    // Since round 53 fkdd the film shown 会上 a 分管 meeting is at the meeting's departments (陈志强's), so its line says them.
    // Since round 65 (gei) the card's own drop takes it (先 a filler): the same item named, the card again.
    expect(lastText()).toContain('已去掉第2条（警示教育｜2026-11-17｜《警钟长鸣》｜教育就业部、维权部），其余 2 条见下，仍未记录');
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    await say('冯雪', '确认');
    expect(rows().map((r) => r[0])).toEqual(['meeting_dept', 'talk_heart']);
  });

  it('「这个先不记」 on a card of three asks which, nothing changed', async () => {
    await say('冯雪', THREE);
    await say('冯雪', '这个先不记');
    expect(lastText()).toMatch(/卡片上有 3 条，没有去掉任何一条：请回复「第几条不要」/);
    expect(lastText()).not.toMatch(/计划安排/);
    expect(rows()).toEqual([]);
  });

  it('near-miss: a plan the card already left out is still 计划安排', async () => {
    await say('冯雪', '11月17日组织观看警示教育片《警钟长鸣》，参加10人，另外12月计划开展廉政谈话');
    expect(lastText()).toMatch(/计划安排，未记录/);
    await say('冯雪', '第二个是计划');
    expect(lastText()).toMatch(/计划安排不会记录/);
  });
});
