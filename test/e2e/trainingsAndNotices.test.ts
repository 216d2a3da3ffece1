// Round 25 (issue 10): trainings and meetings stored wrong or short at once — an off-topic 专题会, a film with a rule
// studied, counts labelled or less the absent, a title run into the count, a bare number no record took — and notices
// and reports read as questions. Over HTTP: what is stored, and what the member is told.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, a.title ?? null, a.attendees ?? null]);

describe('round 25: trainings, meetings, counts and notices', () => {
  it('「今天召开意识形态工作专题会」: no 专题会议 stored, the member told nothing was recorded', async () => {
    await say('张伟', '今天召开意识形态工作专题会');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/没有读出需要记录的党风廉政建设活动，未记录/);
  });

  it('「…观看警示教育片并学习《纪律处分条例》，参加9人」: two records on a card, the rule the study\'s title, stored after 确认', async () => {
    await say('周涛', '今天组织组联部观看警示教育片并学习《纪律处分条例》，参加9人');
    expect(activities()).toEqual([]);
    await say('周涛', '确认');
    expect(stored()).toEqual([
      ['edu_integrity', '2026-12-02', '纪律处分条例', 9],
      ['edu_warning', '2026-12-02', null, 9],
    ]);
  });

  it('「…应到15人，缺2人」: 13 attendees, never 2', async () => {
    await say('何平', '今天中心学习《廉洁自律准则》，应到15人，缺2人');
    expect(stored()).toEqual([['edu_integrity', '2026-12-02', '廉洁自律准则', 13]]);
  });

  it('「…警示教育片贪欲之祸一共七个人参加」: the title and the count both kept', async () => {
    await say('周涛', '昨天下午组织部里同志观看了警示教育片贪欲之祸一共七个人参加');
    expect(stored()).toEqual([['edu_warning', '2026-12-01', '贪欲之祸', 7]]);
  });

  it('a pasted row with a bare 20: not stored at once; the card names the 20', async () => {
    await say('李明', '2026/11/12\t警示教育\t《贪毁人生》\t20');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/「20」没有对应到任何记录/);
  });

  it('「日前和赵磊进行了廉政谈话，对他提出了三点要求」: read as a report, its day asked, not the duty\'s requirement', async () => {
    await say('冯雪', '日前和赵磊进行了廉政谈话，对他提出了三点要求');
    expect(lastText()).not.toMatch(/职责清单|每半年/);
    expect(lastText()).toMatch(/哪一天|哪天|日期/);
    expect(activities()).toEqual([]);
  });

  it('a meeting notice 「定于12月5日…召开…，请准时参加。办公室 2026年12月1日」: the notice reply, nothing stored', async () => {
    await say('李明', '各位同志：经研究，定于12月5日下午3点在三楼会议室召开党风廉政建设专题会议，请准时参加。办公室 2026年12月1日');
    expect(lastText()).toMatch(/会议或活动通知/);
    expect(activities()).toEqual([]);
  });

  it('「11月26日向党组提交了下半年全面从严治党情况报告」: her 向党组报告, stored at once', async () => {
    await say('孙丽', '11月26日向党组提交了下半年全面从严治党情况报告');
    expect(stored()).toEqual([['report_to_party', '2026-11-26', null, null]]);
  });
});
