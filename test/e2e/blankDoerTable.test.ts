// f24 (issue 10): a pasted one-row table whose 谈话人 cell is blank with no row above names no doer. It was stored at
// once as the sender's talk (or read as no report); now the bot asks whose it is, or, when the sender plausibly held
// it, shows it as the sender's on a card. Also a film's count (观看警示教育片两次) is no title.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('a blank 谈话人 cell with no row above', () => {
  it('a clerk\'s row about her head is asked whose; the answer is the doer', async () => {
    await say('胡军', '廉政谈话登记\n序号\t谈话人\t谈话对象\t日期\n1\t\t李明\t11.20');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/是谁的/);
    await say('胡军', '王建国');
    if (activities().length === 0) await say('胡军', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_integrity', '2026-11-20', 'wangjianguo', ['liming']]]);
  });

  it('a head\'s row about her own member is hers, on a card first', async () => {
    await say('孙丽', '序号\t谈话人\t谈话对象\t谈话时间\t形式\n1\t\t王强\t11月6日\t廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/谈话人一栏是空的/);
    await say('孙丽', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_integrity', '2026-11-06', 'sunli', ['wangqiang']]]);
  });
});

describe('no title from the sentence', () => {
  it('观看警示教育片两次 stores two viewings with no title', async () => {
    await say('吴静', '本月康复部组织观看警示教育片两次，分别在11月6日和11月19日');
    if (activities().length === 0) await say('吴静', '确认');
    expect(activities().map((a) => [a.type, a.date, a.title ?? ''])).toEqual([['edu_warning', '2026-11-06', ''], ['edu_warning', '2026-11-19', '']]);
  });
});

describe('a 主持人 column with a merged row', () => {
  it('the merged row and a 开展… row are the 主持人\'s, never the sender\'s', async () => {
    await say('刘洋', '康复部活动登记表\n序号\t日期\t活动内容\t主持人\t参加人员\t备注\n1\t11月3日\t集中学习《廉洁自律准则》\t吴静\t吴静、刘洋\t\n2\t\t观看警示教育片《镜鉴》\t\t\t\n3\t11月24日\t开展部门廉政风险自查\t吴静\t\t已形成报告');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/哪一天/);
    await say('刘洋', '11月3日');
    if (activities().length === 0) await say('刘洋', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([
      ['edu_integrity', '2026-11-03', 'wujing'],
      ['edu_warning', '2026-11-03', 'wujing'],
      ['report_self', '2026-11-24', 'wujing'],
    ]);
  });
});
