// Issue 10 part C, kind 2: one answer that changes two fields (「日期改成11月20日，对象是王强」「不是昨天是前天，而且是谈心
// 谈话」「改成11月18日，参加12人」) to a 确认 card or to a question. Before: 没看懂, or the card again unchanged. Now both
// fields change, the card is shown again (nothing stored until 确认), and nothing else of the record changes; one field
// alone works as before.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

/** 李娟 reports her leader's talk: a third-person card. */
const TALK = '11月18日，王建国副理事长与李明进行了廉政谈话';
const YESTERDAY = '昨天王建国副理事长与李明进行了廉政谈话';
/** 冯雪's 警示教育 beside a plan: a card of one record with a head count. */
const FILM = '11月17日组织观看警示教育片《警钟长鸣》，参加10人，另外12月计划开展廉政谈话';

describe('two fields changed on a 确认 card', () => {
  it.each([['日期改成11月20日，对象是王强'], ['日期改成11月20日,对象是王强。'], ['好的，日期改成11月20日 对象改成王强'], ['对象是王强，日期是11月20日'], ['是和王强谈的，而且日期是11月20日']])(
    '「%s」 moves the day and changes the person, the card again',
    async (said) => {
      await say('李娟', TALK);
      await say('李娟', said);
      expect(lastText()).toMatch(/已按您的更正修改（.*2026-11-20.*王强|已按您的更正修改（.*王强.*2026-11-20/);
      expect(lastText()).toMatch(/廉政谈话｜2026-11-20[^\n]*王强/);
      expect(activities()).toHaveLength(0);
      await say('李娟', '确认');
      expect(rows()).toEqual([['talk_integrity', '2026-11-20', 'wangjianguo', 'wangqiang']]);
    },
  );

  it.each([['不是昨天是前天，而且是谈心谈话'], ['不是昨天，是前天，并且是谈心谈话'], ['不是昨天是前天 类型是谈心谈话']])('「%s」 moves the day and changes the kind', async (said) => {
    await say('李娟', YESTERDAY);
    await say('李娟', said);
    expect(lastText()).toMatch(/谈心谈话｜2026-11-28[^\n]*李明/);
    await say('李娟', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-28', 'wangjianguo', 'liming']]);
  });

  it.each([['改成11月18日，参加12人'], ['日期改为11月18日，人数是12人。'], ['改成11月18日 参加12人']])('「%s」 moves the day and changes the head count, title kept', async (said) => {
    await say('冯雪', FILM);
    await say('冯雪', said);
    expect(lastText()).toMatch(/警示教育｜2026-11-18｜《警钟长鸣》｜12人参加/);
    await say('冯雪', '确认');
    expect(activities().map((a) => [a.type, a.date, a.attendees, a.title])).toEqual([['edu_warning', '2026-11-18', 12, '警钟长鸣']]);
  });

  it('a second field that fits nothing is said, the card unchanged', async () => {
    await say('李娟', TALK);
    await say('李娟', '日期改成11月20日，对象是张三');
    expect(lastText()).toMatch(/没有在通讯录里找到「张三」/);
    expect(lastText()).toMatch(/廉政谈话｜2026-11-18[^\n]*李明/);
    await say('李娟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-18', 'wangjianguo', 'liming']]);
  });

  it('one field alone still works as before', async () => {
    await say('李娟', TALK);
    await say('李娟', '日期改成11月20日');
    expect(lastText()).toMatch(/廉政谈话｜2026-11-20[^\n]*李明/);
    await say('李娟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-20', 'wangjianguo', 'liming']]);
  });
});

describe('two fields changed while a question waits', () => {
  it('「不是昨天是前天，而且是谈心谈话」 to 和谁谈的: both changed, the question asked again', async () => {
    await say('王建国', '昨天开展了廉政谈话');
    expect(lastText()).toMatch(/和谁谈的/);
    await say('王建国', '不是昨天是前天，而且是谈心谈话');
    expect(lastText()).toMatch(/已按您的更正修改/);
    expect(lastText()).toMatch(/谈心谈话｜2026-11-28/);
    expect(lastText()).toMatch(/和谁谈的/);
    await say('王建国', '李明');
    if (activities().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-28', 'wangjianguo', 'liming']]);
  });

  it('「不对，是谈心谈话，对象是李明」 to 是哪一天: both changed, the day still asked', async () => {
    await say('王建国', '和孙丽进行了廉政谈话');
    expect(lastText()).toMatch(/哪一天/);
    await say('王建国', '不对，是谈心谈话，对象是李明');
    expect(lastText()).toMatch(/谈心谈话[^\n]*李明/);
    expect(lastText()).toMatch(/哪一天/);
    await say('王建国', '前天');
    if (activities().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-28', 'wangjianguo', 'liming']]);
  });
});
