// Round 50 (issue 10), fixer C (fxc): corrections typed on a card or after recording are never read as a new message.
// t52a F5: on a 专题会议 card, 「议题改成研究全面从严治党工作和部署明年党风廉政建设工作」 was answered 「看起来这是计划安排…」 (the
// value's 明年 read as a plan); now the value after 改成/改为/换成 is the meeting's agenda, whatever words it holds.
// t52a F6: after recording, 「刚才那条人数改成7人 陈志强副理事长也来了」 was 「没看懂」; now a reason, apology or remark beside
// a change is set aside and the change made (a remark of fact said back as not recorded).
// t52a F7 tail: 「第2条谈话人是我 不是何平」 fixed the doer but 「谈话人为何平（代为上报）」 stayed on the card and the receipt
// (何平 still chaired the meeting of record 1); now a talk's doer note goes once no talk is that person's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** 张伟's 党组会议: a 专题会议 card whose agenda is the weaker half (t52a #10). */
const MEETING = '11月26日下午主持召开党组会议 专题研究全面从严治党工作 班子成员全部参加 会上对明年党风廉政建设工作作了部署';
/** 郑华's film: a 警示教育 card of 6 people (t52a #16). */
const FILM = '教就部上周五下午组织全体党员观看了警示教育片《围猎》 参加6人 会后大家谈了体会';
/** 徐辉's meeting and talk: the talk's doer guessed as the chair (t52a #21). */
const MEETING_AND_TALK = '上周四中心召开了专题会议研究医疗器械采购廉政风险防控，何平主任主持，参会9人。会后我和中心医师孙杰进行了廉政谈话';
/** 孙丽's two talks: a card of two. */
const TWO_TALKS = '上周三和王强谈心谈话，上周四和李娟进行了廉政谈话';

const PLAN = /计划安排|没看懂|没有记录/;

describe('t52a F5: the value after 改成 is the meeting\'s agenda, never a plan, a query or a command', () => {
  it.each([
    ['议题改成研究全面从严治党工作和部署明年党风廉政建设工作', '研究全面从严治党工作和部署明年党风廉政建设工作'],
    ['议题改为研究撤销违规发放补贴事项', '研究撤销违规发放补贴事项'],
    ['议题改成传达学习本季度完成情况通报', '传达学习本季度完成情况通报'],
    ['议题改成部署下周廉政警示教育', '部署下周廉政警示教育'],
    ['会议主题改为研究明年廉政风险防控工作，之前写得不全', '研究明年廉政风险防控工作'],
    ['议题应该是 研究部署明年党风廉政建设工作', '研究部署明年党风廉政建设工作'],
  ])('「%s」 on the card: the agenda replaced, stored at 确认', async (said, agenda) => {
    await say('张伟', MEETING);
    const answer = await answerText('张伟', said);
    expect(answer).not.toMatch(PLAN);
    expect(answer).toContain(`议题：${agenda}`);
    expect(activities()).toEqual([]);
    await say('张伟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.note])).toEqual([['meeting_special', '2026-11-26', agenda]]);
  });

  it.each([
    ['刚才那条议题改成研究全面从严治党工作和部署明年党风廉政建设工作', '研究全面从严治党工作和部署明年党风廉政建设工作'],
    ['刚才那条议题改为研究撤销违规发放补贴事项', '研究撤销违规发放补贴事项'],
    ['刚才那条的会议主题应该是部署下周廉政警示教育', '部署下周廉政警示教育'],
  ])('after recording, 「%s」: a change card, the agenda stored at 确认', async (said, agenda) => {
    await say('张伟', MEETING);
    await say('张伟', '确认');
    const answer = await answerText('张伟', said);
    expect(answer).not.toMatch(PLAN);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toContain(`议题：${agenda}`);
    await say('张伟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.note])).toEqual([['meeting_special', '2026-11-26', agenda]]);
  });

  it('a title with 明年 in it is a title too', async () => {
    await say('郑华', FILM);
    expect(await answerText('郑华', '片名改成《明年的警钟》')).toMatch(/题目改为《明年的警钟》/);
    await say('郑华', '确认');
    expect(activities().map((a) => a.title)).toEqual(['明年的警钟']);
  });
});

describe('t52a F6: a correction with a reason or remark beside it is applied', () => {
  it.each([
    ['人数改成7人 陈志强副理事长也来了', 7, '2026-11-27', true],
    ['人数不对 应该是9人 漏算了两个', 9, '2026-11-27', false],
    ['人数改成8人，因为我漏算了两位同志', 8, '2026-11-27', false],
    ['不好意思，日期错了 是25号', 6, '2026-11-25', false],
    ['日期改成11月26日 我记错了 不好意思', 6, '2026-11-26', false],
  ])('on the card: 「%s」', async (said, count, day, aside) => {
    await say('郑华', FILM);
    const answer = await answerText('郑华', said);
    expect(answer).toMatch(/已按您的更正修改/);
    if (aside) expect(answer).toMatch(/「陈志强副理事长也来了」没有单独记录/);
    await say('郑华', '确认');
    expect(activities().map((a) => [a.date, a.attendees])).toEqual([[day, count]]);
  });

  it.each([
    ['刚才那条人数改成7人 陈志强副理事长也来了', 7, '2026-11-27', true],
    ['刚才那条人数改成7人，因为我漏算了一个', 7, '2026-11-27', false],
    ['不好意思 刚才那条日期错了，应该是11月26日', 6, '2026-11-26', false],
    ['刚才那条人数改成8人 后来王磊部长也到了', 8, '2026-11-27', true],
  ])('after recording: 「%s」', async (said, count, day, aside) => {
    await say('郑华', FILM);
    await say('郑华', '确认');
    const answer = await answerText('郑华', said);
    expect(answer).toMatch(/请确认修改/);
    expect(aside ? answer : '').toMatch(aside ? /没有单独记录/ : /^$/);
    await say('郑华', '确认');
    expect(activities().map((a) => [a.date, a.attendees])).toEqual([[day, count]]);
  });
});

describe('t52a F7 tail: the note of the old doer goes with it', () => {
  it('「第2条谈话人是我 不是何平」: no 「谈话人为何平」 on the card or the receipt; the meeting\'s own note kept', async () => {
    await say('徐辉', MEETING_AND_TALK);
    const card = await answerText('徐辉', '第2条谈话人是我 不是何平');
    expect(card).toMatch(/已按您的更正修改/);
    expect(card).not.toMatch(/谈话人为何平/);
    expect(card).toMatch(/按何平的活动记录（代为上报）/);
    const receipt = await answerText('徐辉', '确认');
    expect(receipt).not.toMatch(/谈话人为何平/);
    expect(activities().map((a) => [a.type, a.actorId])).toEqual([['meeting_special', 'heping'], ['talk_integrity', 'xuhui']]);
  });
});

describe('more corrections of a card of two talks', () => {
  it.each([
    ['不是王强 是王磊', [['talk_heart', '2026-11-25', 'wanglei'], ['talk_integrity', '2026-11-26', 'lijuan']]],
    ['第2条改成谈心谈话', [['talk_heart', '2026-11-25', 'wangqiang'], ['talk_heart', '2026-11-26', 'lijuan']]],
    ['第2条日期错了 是27号', [['talk_heart', '2026-11-25', 'wangqiang'], ['talk_integrity', '2026-11-27', 'lijuan']]],
    ['第1条的对象改成胡军，第2条不要', [['talk_heart', '2026-11-25', 'hujun']]],
    ['第1条不要 第2条日期改成11月27日', [['talk_integrity', '2026-11-27', 'lijuan']]],
    ['第1条日期改成11月24日 我记错了', [['talk_heart', '2026-11-24', 'wangqiang'], ['talk_integrity', '2026-11-26', 'lijuan']]],
  ])('「%s」', async (said, rows) => {
    await say('孙丽', TWO_TALKS);
    expect(await answerText('孙丽', said)).not.toMatch(PLAN);
    await say('孙丽', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join()])).toEqual(rows);
  });

  it('near-miss: 「今天又和王强谈了一次」 after recording is a new report, no change', async () => {
    await say('孙丽', TWO_TALKS);
    await say('孙丽', '确认');
    const answer = await answerText('孙丽', '今天又和王强谈了一次心');
    expect(answer).not.toMatch(/请确认修改|已按您的更正/);
    if (/确认/.test(answer)) await say('孙丽', '确认');
    expect(activities().map((a) => [a.date, a.counterpartIds.join()])).toContainEqual(['2026-11-30', 'wangqiang']);
    expect(activities()).toHaveLength(3);
  });

  it('「第2条谈话人是我 不是何平」 with nothing waiting and nothing recorded: no new report is begun', async () => {
    const answer = await answerText('徐辉', '第2条谈话人是我 不是何平');
    expect(answer).not.toMatch(/哪一天|什么类型|请确认以下/);
    expect(activities()).toEqual([]);
  });
});
