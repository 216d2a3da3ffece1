// c29's dialog over HTTP (issue 10): a reminder sent on is no record and the member is told why (t28 B35, was a 廉政教育
// on a card); a signing whose only counterpart was absent asks with whom (n28, was 没看懂), never stored with the absent.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('a reminder sent on', () => {
  it.each([
    ['林晓', '节前廉政提醒今天已发全体职工'],
    ['林晓', '已向全体职工发送国庆节前廉政提醒短信'],
    ['王芳', '中秋节前提醒已转发各部室'],
  ])('%s：%s — nothing stored, told why, never 没看懂', async (who, text) => {
    await say(who, text);
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/廉政提醒/);
    expect(lastText()).toMatch(/没有记录/);
    expect(lastText()).not.toMatch(/没看懂|确认/);
  });

  it('while a question waits: the reminder reply, and the question still waits for its answer', async () => {
    await say('李明', '上个月和胡军谈心谈话了');
    expect(lastText()).toMatch(/哪一天/);
    await say('李明', '节前廉政提醒已发全体职工');
    expect(lastText()).toMatch(/没有记录/);
    expect(activities()).toEqual([]);
    await say('李明', '11月20日');
    expect(rows()).toEqual([['talk_heart', '2026-11-20', 'liming', 'hujun']]);
  });

  it('beside a study the sender organised: the study stored, the reminder named as not recorded', async () => {
    await say('李明', '节前廉政提醒已发全体职工，昨天还组织学习了《廉洁自律准则》，参加8人');
    expect(rows()).toEqual([['edu_integrity', '2026-12-01', 'liming', '']]);
    expect(lastText()).toMatch(/转发廉政提醒，不单独记录/);
  });

  it('a 提醒谈话 with someone is still a talk, stored at once', async () => {
    await say('王建国', '昨天和李明进行了廉政提醒谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'wangjianguo', 'liming']]);
  });
});

describe('a signing whose only counterpart was absent', () => {
  it('asks with whom; nothing is stored with the absent head, never 没看懂', async () => {
    await say('王建国', '昨天和财务科签订了责任书，孙丽同志出差没有参加');
    expect(activities()).toEqual([]);
    expect(lastText()).not.toMatch(/没看懂/);
    expect(lastText()).toMatch(/谁/);
    expect(lastText()).toMatch(/和谁签订的/);
    await say('王建国', '王强');
    // The absence said is on the card, checked there before anything is stored.
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/孙丽同志出差未参加/);
    expect(activities()).toEqual([]);
    await say('王建国', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-01', 'wangjianguo', 'wangqiang']]);
  });
});
