// Round 16 (issue 10), faults K1/K2: a subject the directory cannot resolve, or a sender who only sat in, is never stored
// at once as the sender's deed: the person it names is on the 确认 card, or the bot asks who.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('an unresolved subject: the person it names, on the card, stored only after 确认', () => {
  it.each([
    ['林晓', '分管副理事长本周一到康复部与吴静同志进行了廉政谈话', '刘芳', ['talk_integrity', '2026-11-30', 'liufang', 'wujing']],
    ['王芳', '王建囯副理事长11月20日与李明同志进行了廉政谈话', '王建国', ['talk_integrity', '2026-11-20', 'wangjianguo', 'liming']],
    ['王芳', '刘方副理事长11月18日与周涛同志进行了廉政谈话', '刘芳', ['talk_integrity', '2026-11-18', 'liufang', 'zhoutao']],
    ['林晓', '11月23日，纪检委员林晓列席组联部廉政教育专题学习会。', '周涛', ['edu_integrity', '2026-11-23', 'zhoutao', '']],
  ])('%s 「%s」: nothing stored, the card names %s, then 确认 stores it', async (from, text, doer, stored) => {
    await say(from, text);
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(new RegExp(doer));
    await say(from, '确认');
    expect(rows()).toEqual([stored]);
  });

  it('王芳 「王建囯…」: the card says the name was read as 王建国', async () => {
    await say('王芳', '王建囯副理事长11月20日与李明同志进行了廉政谈话');
    expect(lastText()).toMatch(/「王建囯」按王建国记录/);
  });
});

describe('a subject the message cannot resolve: asked who, never the sender', () => {
  it('李娟 「钱主任11月20日与王强进行了廉政谈话」: asked who 钱主任 is; nothing stored', async () => {
    await say('李娟', '钱主任11月20日与王强进行了廉政谈话');
    expect(lastText()).toMatch(/「钱主任」是哪一位/);
    expect(activities()).toEqual([]);
  });
});
