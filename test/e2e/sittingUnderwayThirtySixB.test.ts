// Round 36b (issue 10) in the dialog: a sitting announced for a part of today with nothing said done (下午中心开警示教育会) is
// the plan reply before that part of the day, and while it is under way a 确认 card asking whether it was held — never stored
// at once as done; a bare hour still ahead (3点开会学习廉政准则 at 13:30) is the plan reply, never asked its day.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: the afternoon still to come. */
const MORNING = new Date('2026-11-30T10:00:00+08:00');
/** The same day, 13:30: the afternoon under way. */
const AFTERNOON = new Date('2026-11-30T13:30:00+08:00');

const chat = useChatBot(MORNING);
const { activities, lastText, say } = chat;

describe('a sitting of a part of today, nothing said done', () => {
  it.each([
    ['何平', '下午中心开警示教育会'],
    ['何平', '3点开会学习廉政准则'],
  ])('%s at 10:00: 「%s」 → the plan reply, nothing stored', async (who, text) => {
    await say(who, text);
    expect(lastText()).toMatch(/计划安排/);
    expect(activities()).toHaveLength(0);
  });

  it('at 13:30, 3点开会学习廉政准则 → the plan reply, not its day asked', async () => {
    chat.t.clock.now = AFTERNOON;
    await say('何平', '3点开会学习廉政准则');
    expect(lastText()).toMatch(/计划安排/);
    expect(lastText()).not.toMatch(/哪一天/);
    expect(activities()).toHaveLength(0);
  });

  it.each([
    ['何平', '下午中心开警示教育会', 'edu_warning'],
    ['吴静', '今天下午部门集中学习《廉洁自律准则》', 'edu_integrity'],
  ])('%s at 13:30: 「%s」 → a card asking whether it was held; 确认 stores it as today', async (who, text, type) => {
    chat.t.clock.now = AFTERNOON;
    await say(who, text);
    expect(lastText()).toMatch(/没有说已经/);
    expect(activities()).toHaveLength(0);
    await say(who, '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]).toMatchObject({ type, date: '2026-11-30' });
  });

  it('at 13:30, 取消 on the card stores nothing', async () => {
    chat.t.clock.now = AFTERNOON;
    await say('何平', '下午中心开警示教育会');
    expect(lastText()).toMatch(/没有说已经/);
    await say('何平', '取消');
    expect(activities()).toHaveLength(0);
  });

  it('at 13:30, said done → stored at once, no question', async () => {
    chat.t.clock.now = AFTERNOON;
    await say('何平', '下午中心开了警示教育会');
    expect(lastText()).not.toMatch(/没有说已经|计划安排/);
    expect(activities()).toHaveLength(1);
    expect(activities()[0]).toMatchObject({ type: 'edu_warning', date: '2026-11-30' });
  });
});
