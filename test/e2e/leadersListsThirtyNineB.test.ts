// Round 39 (flb; t38a F12, t38b F6/F12; issue 10): a clerk's 汇总一下 list of leaders' talks was answered as a completion query
// (and without 汇总一下 gave four talks all on 11-09 by 陈志强); the lecturer of a study the sender only attended became the doer
// of the sender's next ；-clause; a 自查 report heard beside a talk vanished; talks after a 以“…”为题， lecture were lost.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 12:00 in Shanghai, as the testers probed. */
const FRIDAY = new Date('2026-12-04T12:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, rows, say } = chat;

describe('a clerk collating the leaders’ talks', () => {
  it('王芳 「汇总一下近期班子成员谈话情况：…；…，冯雪因出差顺延至11月23日；…。均为廉政谈话。」: six talks on one card, 冯雪 on 11-23', async () => {
    await say('王芳', '汇总一下近期班子成员谈话情况：王建国副理事长11月9日与李明、孙丽；陈志强副理事长11月16日与郑华，冯雪因出差顺延至11月23日；赵敏书记11月18日与王磊、何平。均为廉政谈话。');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认以下 6 条记录/);
    expect(lastText()).not.toMatch(/完成情况|未开成/);
    expect(lastText()).toMatch(/「冯雪因出差顺延至11月23日」按11月23日已进行记录/);
    await say('王芳', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-09', 'wangjianguo', 'liming'],
      ['talk_integrity', '2026-11-09', 'wangjianguo', 'sunli'],
      ['talk_integrity', '2026-11-16', 'chenzhiqiang', 'zhenghua'],
      ['talk_integrity', '2026-11-23', 'chenzhiqiang', 'fengxue'],
      ['talk_integrity', '2026-11-18', 'zhaomin', 'wanglei'],
      ['talk_integrity', '2026-11-18', 'zhaomin', 'heping'],
    ]);
  });

  it('孙丽 「汇总一下本周情况：周一和王强谈心谈话，周二和李娟廉政谈话」 is a report; 「汇总一下本季度完成情况」 stays the query', async () => {
    await say('孙丽', '汇总一下本周情况：周一和王强谈心谈话，周二和李娟廉政谈话');
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-30', 'sunli', 'wangqiang'],
      ['talk_integrity', '2026-12-01', 'sunli', 'lijuan'],
    ]);
    await say('孙丽', '汇总一下本季度完成情况');
    expect(lastText()).toMatch(/完成情况/);
    expect(activities()).toHaveLength(2);
  });
});

describe('the sender goes on after what they only attended', () => {
  it('刘芳 「周一到康复部参加了部门廉政教育，吴静部长主讲；周二与周涛进行了廉政谈话。」: the talk is hers', async () => {
    await say('刘芳', '周一到康复部参加了部门廉政教育，吴静部长主讲；周二与周涛进行了廉政谈话。');
    expect(activities()).toEqual([]);
    await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-11-30', 'wujing', ''],
      ['talk_integrity', '2026-12-01', 'liufang', 'zhoutao'],
    ]);
  });

  it('刘芳 「…集体廉政谈话，随后听取了组联部自查情况汇报。」: the heard report is named whose on the card', async () => {
    await say('刘芳', '周二与分管科室负责人开展了集体廉政谈话，随后听取了组联部自查情况汇报。');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/自查记在组联部（周涛）名下/);
  });
});

describe('talks after a lecture titled 以“…”为题，', () => {
  it('张颖 【工作动态】…以“…”为题，为分管部门全体党员讲授廉政党课…。课后，刘芳同志与周涛、吴静两位部长分别进行了廉政谈话。: three records', async () => {
    await say('张颖', '【工作动态】上周三下午，党组成员、副理事长刘芳以“严守纪律底线 争做清廉干部”为题，为分管部门全体党员讲授廉政党课，组联部、康复部共4名党员参加。课后，刘芳同志与周涛、吴静两位部长分别进行了廉政谈话。');
    expect(lastText()).not.toMatch(/没有对应到任何记录/);
    await say('张颖', '确认');
    expect(rows()).toEqual([
      ['edu_lecture', '2026-11-25', 'liufang', ''],
      ['talk_integrity', '2026-11-25', 'liufang', 'zhoutao'],
      ['talk_integrity', '2026-11-25', 'liufang', 'wujing'],
    ]);
  });
});
