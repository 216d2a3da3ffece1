// Round 47 (fsb; t49b F4, dialog): 「部门只有教育就业部，没有维权部」 typed on a 确认 card whose 分管科室会议 was at 教育就业部、
// 维权部 was not understood (the card kept unchanged, so a tap on 确认 stored a department that was not there). Over HTTP: a
// department taken off in words (只有X · 去掉Y · 没有Y · 不包括Y · Y不对) changes the card, shown again for 确认.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Saturday 2026-12-05, 10:00 in Shanghai: the testers' day. */
const SATURDAY = new Date('2026-12-05T10:00:00+08:00');

const chat = useChatBot(SATURDAY);
const { activities, lastText, say } = chat;

/** Records stored as [type, date, doer, departments]. */
const placed = () => activities().map((a) => [a.type, a.date, a.actorId, a.departmentIds ?? (a.departmentId ? [a.departmentId] : [])]);

/** 郑华's report whose 分管科室会议 is at both of 陈志强's departments (冯雪 and 郑华 attended), beside a talk and her 自查. */
const MEETING = '上周四陈副理事长来我部召开分管部门党风廉政建设工作会议，冯雪部长和我参加，会上陈副理事长与我俩分别进行了廉政谈话。前天我又组织全部门开展了廉政风险点自查，形成自查报告，昨天已上报党组。';

describe('a department taken off a 确认 card in words', () => {
  it.each([['部门只有教育就业部，没有维权部'], ['第1条部门只有教育就业部'], ['去掉维权部'], ['不包括维权部'], ['维权部不对']])('「%s」 → the meeting at 教育就业部 only, stored on 确认', async (said) => {
    await say('郑华', MEETING);
    expect(lastText()).toMatch(/请确认/);
    await say('郑华', said);
    expect(lastText()).not.toMatch(/没看懂|这条消息没有记录|卡片没有改动/);
    expect(lastText()).toMatch(/部门改为教育就业部/);
    expect(activities()).toHaveLength(0);
    await say('郑华', '确认');
    expect(placed().find((r) => r[0] === 'meeting_dept')).toEqual(['meeting_dept', '2026-11-26', 'chenzhiqiang', ['employment']]);
  });

  it('a department no record is at (「去掉财务科」): said, the card unchanged', async () => {
    await say('郑华', MEETING);
    await say('郑华', '去掉财务科');
    expect(lastText()).toMatch(/没有记在财务科/);
    expect(lastText()).toMatch(/卡片没有改动/);
    await say('郑华', '确认');
    expect(placed().find((r) => r[0] === 'meeting_dept')?.[3]).toEqual(['employment', 'rights']);
  });
});

describe('a record\'s departments as the message names them (t49b F3, F4)', () => {
  it('郑华 「本周一我部召开分管科室会议，陈志强副理事长出席…」: the card and record at 教育就业部 only', async () => {
    await say('郑华', '本周一我部召开分管科室会议，陈志强副理事长出席，部门全体6人参加。');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/教育就业部/);
    expect(lastText()).not.toMatch(/维权部/);
    await say('郑华', '确认');
    expect(placed()).toEqual([['meeting_dept', '2026-11-30', 'chenzhiqiang', ['employment']]]);
  });

  it('郑华 「…陈志强副理事长参加…」: who led it asked; 「陈志强」 → the meeting at 教育就业部 only', async () => {
    await say('郑华', '本周一我部召开分管科室会议，陈志强副理事长参加，部门全体6人参加。');
    expect(activities()).toHaveLength(0);
    await say('郑华', '陈志强');
    if (activities().length === 0) await say('郑华', '确认');
    expect(placed()).toEqual([['meeting_dept', '2026-11-30', 'chenzhiqiang', ['employment']]]);
  });

  it('周涛\'s 转发 post: the type asked, then 「专题会议」 → the meeting at 组联部', async () => {
    await say('周涛', '转发：组联部党风廉政建设工作开展情况\n11月19日，组联部部长周涛主持召开部门会议，专题研究基层残疾人专职委员补贴发放中的廉政风险点，张颖等3名同志参加，梳理风险点4个、制定防控措施6条。');
    await say('周涛', '专题会议');
    if (activities().length === 0) {
      expect(lastText()).toMatch(/组联部/);
      await say('周涛', '确认');
    }
    expect(placed()).toEqual([['meeting_special', '2026-11-19', 'zhoutao', ['liaison']]]);
  });

  it('徐辉 「…对中心康复器具采购及发放情况进行了专项检查」: the check at 残疾人康复中心', async () => {
    await say('徐辉', '按照何主任安排，12月1日我和孙杰对中心康复器具采购及发放情况进行了专项检查，共抽查采购单据15份，发现1处手续不全，已督促整改。');
    if (activities().length === 0) await say('徐辉', '确认');
    expect(placed()).toEqual([['inspect_funds', '2026-12-01', 'xuhui', ['center']]]);
  });
});
