// Over HTTP (l20, issue 10 kind 8): a photo whose caption restates a record made more than 30 minutes before lands on
// that record, never lost with a duplicate card, and never stores the deed twice.
import { describe, expect, it } from 'vitest';
import { postContent } from '../../src/emulator/createEmulator.js';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 09:00 in Shanghai. */
const WEDNESDAY_MORNING = new Date('2026-12-02T09:00:00+08:00');
const chat = useChatBot(WEDNESDAY_MORNING);
const { activities, answerText, rows, say } = chat;

/** A rich-text post: the member's words and one photo, as Feishu delivers a photo sent with a caption. */
/** What the bot answered (a reminder the scheduler sends meanwhile is not the answer). */
const photoPost = (from: string, text: string, key: string) =>
  answerText(from, '', { messageType: 'post', content: postContent('', [[{ text }], [{ imageKey: key }]]) });
const later = (minutes: number) => {
  chat.t.clock.now = new Date(chat.t.clock.now.getTime() + minutes * 60 * 1000);
};
const keys = () => activities().map((a) => (a.evidence ?? []).map((e) => e.key));

describe('kind 8: a caption restating an existing record, after the 30-minute window', () => {
  it('王建国: the talk told again with its photo 40 minutes later takes the photo, one record', async () => {
    await say('王建国', '今天上午和李明进行了廉政谈话');
    later(40);
    expect(await photoPost('王建国', '今天上午和李明进行了廉政谈话', 'img_v3_talk')).toMatch(/没有重复记录；已将图片作为证据附到：廉政谈话/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'wangjianguo', 'liming']]);
    expect(keys()).toEqual([['img_v3_talk']]);
  });

  it('孙丽: a study reported yesterday, its photo captioned in other words today, lands on it', async () => {
    await say('孙丽', '昨天下午科室集中学习了《中国共产党纪律处分条例》，参加5人');
    if (activities().length === 0) await say('孙丽', '确认');
    later(24 * 60);
    await photoPost('孙丽', '12月1日 科室学习《中国共产党纪律处分条例》', 'img_v3_study');
    expect(activities()).toHaveLength(1);
    expect(keys()).toEqual([['img_v3_study']]);
  });

  it('a caption listing a repeat and a new deed: 确认 records the new one and the repeat keeps the photo too', async () => {
    await say('陈志强', '今天上午和郑华进行了廉政谈话');
    later(45);
    expect(await photoPost('陈志强', '今天上午和郑华进行了廉政谈话，和冯雪签订了廉政承诺书', 'img_v3_both')).toMatch(/已有一条相同记录/);
    expect(await answerText('陈志强', '确认')).toMatch(/图片已附到已有的那条记录/);
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-02', 'chenzhiqiang', 'zhenghua'],
      ['pledge_sign', '2026-12-02', 'chenzhiqiang', 'fengxue'],
    ]);
    expect(keys()).toEqual([['img_v3_both'], ['img_v3_both']]);
  });

  it('a caption telling of another deed than the old record is still a report with its photo', async () => {
    await say('王建国', '今天上午和李明进行了廉政谈话');
    later(40);
    await photoPost('王建国', '今天上午和黄志刚进行了廉政谈话', 'img_v3_other');
    if (activities().length === 1) await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-02', 'wangjianguo', 'liming'],
      ['talk_integrity', '2026-12-02', 'wangjianguo', 'huangzhigang'],
    ]);
    expect(keys()).toEqual([[], ['img_v3_other']]);
  });
});
