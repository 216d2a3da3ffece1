// Round 15 (issue 10), faults B: a department's deed whose day is asked stays its head's through the answer and ends on
// the 确认 card, never stored as the sender's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, say } = chat;
const rows = () => activities().map((a) => [a.type, a.date, a.actorId]);

describe('中心/部里 with a part of a month: the head is the doer, through the day question', () => {
  it.each([
    ['徐辉', '11月上旬中心开展了作风纪律自查', '11月6日', '何平', ['report_self', '2026-11-06', 'heping']],
    ['杨帆', '11月中旬部里组织观看了警示教育片《围猎》', '11月16日', '王磊', ['edu_warning', '2026-11-16', 'wanglei']],
    ['刘洋', '11月下旬部里组织学习了《廉洁自律准则》', '前天', '吴静', ['edu_integrity', '2026-11-29', 'wujing']],
  ])('%s 「%s」, answered 「%s」: asked whose-day, then 确认 with 活动人 %s', async (from, text, day, head, stored) => {
    await say(from, text);
    expect(lastText()).toMatch(new RegExp(`${head}的.*是哪一天进行的`));
    await say(from, day);
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(new RegExp(`活动人：${head}`));
    await say(from, '确认');
    expect(rows()).toEqual([stored]);
  });
});

describe('同日/当天 with a subject of its own: a second record of that subject, on the card', () => {
  it.each([
    ['赵书记10月22日与王部长签订了党风廉政建设责任书，王部长同日与我签订了廉政承诺书。', '2026-10-22'],
    ['11月10日赵敏书记与王磊部长进行了廉政谈话，同日王磊部长与杨帆进行了廉政谈话。', '2026-11-10'],
  ])('杨帆 「%s」: both records shown and stored after 确认', async (text, date) => {
    await say('杨帆', text);
    expect(lastText()).toMatch(/活动人：赵敏/);
    expect(lastText()).toMatch(/活动人：王磊/);
    await say('杨帆', '确认');
    expect(activities().map((a) => [a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([
      [date, 'zhaomin', 'wanglei'],
      [date, 'wanglei', 'yangfan'],
    ]);
  });
});

describe('bare weekdays under 上周: no false left-over remark', () => {
  it.each([
    ['王磊', '上周工作小结：周二与杨帆进行廉政谈话，周四报送信息一篇', [['talk_integrity', '2026-11-24'], ['report_info', '2026-11-26']]],
    ['王磊', '上周工作小结：周二与杨帆进行廉政谈话', [['talk_integrity', '2026-11-24']]],
    ['孙丽', '上周工作：\n周二 与李娟谈心谈话\n周五 组织科里学习《廉洁自律准则》', [['talk_heart', '2026-11-24'], ['edu_integrity', '2026-11-27']]],
  ])('%s 「%s」: days of last week, no 「没有对应」', async (from, text, stored) => {
    await say(from, text);
    expect(lastText()).not.toMatch(/没有对应到任何记录/);
    if (activities().length === 0) await say(from, '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual(stored);
  });
});

describe('补报中心…： heading and 全体职工', () => {
  it('徐辉 「补报中心9月份廉政工作：…全体职工签订…观看…」: the centre head\'s items on the card, no 「找不到」', async () => {
    await say('徐辉', '补报中心9月份廉政工作：\n• 9月10日 全体职工签订廉洁从业承诺书\n• 9月24日 组织观看廉政微电影《初心》');
    expect(lastText()).not.toMatch(/找不到/);
    expect(lastText()).toMatch(/请确认/);
    await say('徐辉', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([
      ['pledge_sign', '2026-09-10', 'heping', 'xuhui'],
      ['pledge_sign', '2026-09-10', 'heping', 'sunjie'],
      ['edu_integrity', '2026-09-24', 'heping', ''],
    ]);
  });

  // Round 33 (s3): a bare 中心 as the subject is that unit, from outside it too, so 中心全体职工签订… from 王芳 (办公室) is the
  // head's signing with each of the 中心's staff, on a card (as k16 made it for the unit's own members); nothing stored.
  it('王芳 「9月10日中心全体职工签订廉洁从业承诺书」: the 中心 head\'s signing with each of its staff, on a card', async () => {
    await say('王芳', '9月10日中心全体职工签订廉洁从业承诺书');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/活动人：何平/);
    expect(lastText()).not.toMatch(/找不到/);
    expect(activities()).toEqual([]);
  });

  it.each([['赵磊', '11月9日大家都签了廉政承诺书']])('%s 「%s」: asked whom it was signed with, never as a name', async (from, text) => {
    await say(from, text);
    expect(lastText()).toMatch(/和谁签订的/);
    expect(lastText()).not.toMatch(/找不到/);
    expect(activities()).toEqual([]);
  });
});

describe('the sender named among those signed with', () => {
  // k16: 中心全体职工签订… alone is now the head's signing on the card (unitShapes.test.ts); 大家都签了 still asks whom.
  it('徐辉 「9月10日大家都签了…」, answered 「徐辉、孙杰」 then 「何平」: 何平 with both, no name lost', async () => {
    await say('徐辉', '9月10日大家都签了廉洁从业承诺书');
    expect(lastText()).toMatch(/和谁签订的/);
    await say('徐辉', '徐辉、孙杰');
    expect(lastText()).toMatch(/是谁的/);
    await say('徐辉', '何平');
    // Both the people and the doer were said by the member in answers: recorded as said (a card would only repeat them).
    if (activities().length === 0) await say('徐辉', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([
      ['pledge_sign', '2026-09-10', 'heping', 'xuhui'],
      ['pledge_sign', '2026-09-10', 'heping', 'sunjie'],
    ]);
  });
});
