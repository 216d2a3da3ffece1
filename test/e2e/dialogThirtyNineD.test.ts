// Round 39 (fld; t38b F3, F7; t38a F9(c)), over HTTP: the sender as the one talked to in a dialog. 「…对象为本人」 is the
// sender (before: 「陈志强是和谁谈的？」 with only 不在名单里); 和谁 about a leader's talk offers the sender; a clerk's own name
// under her department's heading is the head's talk with her (before: dropped, and 「杨帆」 refused as the answer); a
// record's departments are changed in words while its 确认 card waits (before: 「这条消息没有记录」).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: the testers' day, before the reminders' hours. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, offered, rows, say } = chat;

/** Records stored as [type, date, doer, other party, departments]. */
const placed = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.departmentIds ?? (a.departmentId ? [a.departmentId] : [])]);

describe('对象为本人: the sender is the one talked to', () => {
  it('郑华\'s 台帐 with 「11.23 陈志强副理事长来我部开展廉正谈话，对象为本人」: one card, no 和谁, stored on 确认', async () => {
    await say('郑华', '教就部11月台帐\n11.2  与陈静谈心谈话\n11.9  组织观看警式教育片《迷失》，参加2人\n11.16 向党组报送廉政信息1篇\n11.23 陈志强副理事长来我部开展廉正谈话，对象为本人');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).not.toMatch(/和谁/);
    expect(activities()).toHaveLength(0);
    await say('郑华', '确认');
    expect(rows()).toContainEqual(['talk_integrity', '2026-11-23', 'chenzhiqiang', 'zhenghua']);
    expect(rows()).toHaveLength(4);
  });

  it.each([['谈话对象：本人'], ['对象是我'], ['谈话对象为本人']])('「…开展廉政谈话，%s」 → 陈志强>郑华 on the card', async (label) => {
    await say('郑华', `11月23日陈志强副理事长来我部开展廉政谈话，${label}`);
    expect(lastText()).not.toMatch(/和谁/);
    if (activities().length === 0) await say('郑华', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-23', 'chenzhiqiang', 'zhenghua']]);
  });

  it('no doer named (「11月23日开展廉政谈话，对象为本人」): who talked is asked, the 分管领导 offered first', async () => {
    const buttons = await offered('郑华', '11月23日开展廉政谈话，对象为本人');
    expect(lastText()).toMatch(/这次廉政谈话是谁和郑华谈的/);
    expect(lastText()).not.toMatch(/和谁/);
    expect(buttons[0]).toBe('陈志强');
    await say('郑华', '陈志强');
    if (activities().length === 0) await say('郑华', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-23', 'chenzhiqiang', 'zhenghua']]);
  });
});

describe('和谁 about someone else\'s talk offers the sender', () => {
  it('郑华 「11月23日陈志强副理事长来我部开展廉政谈话」: 郑华 offered; tapped, 陈志强>郑华', async () => {
    const buttons = await offered('郑华', '11月23日陈志强副理事长来我部开展廉政谈话');
    expect(lastText()).toMatch(/陈志强是和谁谈的/);
    expect(buttons[0]).toBe('郑华');
    expect(buttons).toContain('不在名单里');
    await say('郑华', '郑华');
    if (activities().length === 0) await say('郑华', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-23', 'chenzhiqiang', 'zhenghua']]);
  });

  it('王磊 「赵敏书记昨天签订了党风廉政建设责任书」: 和谁签订的 offers 王磊; tapped, 赵敏>王磊', async () => {
    const buttons = await offered('王磊', '赵敏书记昨天签订了党风廉政建设责任书');
    expect(lastText()).toMatch(/赵敏是和谁签订的/);
    expect(buttons[0]).toBe('王磊');
    await say('王磊', '王磊');
    if (activities().length === 0) await say('王磊', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-03', 'zhaomin', 'wanglei']]);
  });

  it('another name typed still answers', async () => {
    await say('郑华', '11月23日陈志强副理事长来我部开展廉政谈话');
    await say('郑华', '陈静');
    if (activities().length === 0) await say('郑华', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-23', 'chenzhiqiang', 'chenjing']]);
  });

  it('near-miss: the sender\'s own talk offers no 「me」', async () => {
    const buttons = await offered('郑华', '11月23日开展了廉政谈话');
    expect(lastText()).toMatch(/和谁谈的/);
    expect(buttons).not.toContain('郑华');
  });
});

describe('the sender\'s own name in the third person', () => {
  it('杨帆 「宣文部本周工作：…周二 与杨帆谈心谈话…」: 王磊>杨帆 on one card, nothing asked', async () => {
    await say('杨帆', '宣文部本周工作：\n周一 王磊部长带领部门同志学习《中国共产党廉洁自律准则》\n周二 与杨帆谈心谈话\n周三 报送廉政信息2篇');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).not.toMatch(/和谁/);
    await say('杨帆', '确认');
    expect(rows()).toContainEqual(['talk_heart', '2026-12-01', 'wanglei', 'yangfan']);
    expect(rows()).toContainEqual(['edu_integrity', '2026-11-30', 'wanglei', '']);
  });

  it('「杨帆」 typed to 和谁 on a talk read as hers: who talked with her is asked, her head offered first', async () => {
    await say('杨帆', '昨天开展了谈心谈话');
    expect(lastText()).toMatch(/和谁谈的/);
    const buttons = await offered('杨帆', '杨帆');
    expect(lastText()).not.toMatch(/没能把这条回复读成/);
    expect(lastText()).toMatch(/这次谈心是谁和杨帆谈的/);
    expect(buttons[0]).toBe('王磊');
    await say('杨帆', '王磊');
    if (activities().length === 0) await say('杨帆', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-03', 'wanglei', 'yangfan']]);
  });

  it('「杨帆」 typed to 王磊\'s talk with no one named: 王磊>杨帆', async () => {
    await say('杨帆', '昨天王磊部长开展了谈心谈话');
    expect(lastText()).toMatch(/王磊是和谁谈的/);
    await say('杨帆', '杨帆');
    if (activities().length === 0) await say('杨帆', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-03', 'wanglei', 'yangfan']]);
  });
});

describe('a record\'s departments changed in words on its 确认 card', () => {
  const MEETING = '上周四陈副理事长来我部召开分管部门党风廉政建设工作会议，冯雪部长和我参加，会上陈副理事长与我俩分别进行了廉政谈话。前天我又组织全部门开展了廉政风险点自查，形成自查报告，昨天已上报党组。';

  it.each([['第1条是教育就业部、维权部两个部门'], ['第1条部门改为教育就业部、维权部'], ['第一条的部门是教就部和维权部']])('「%s」 → the meeting at both, stored on 确认', async (said) => {
    await say('郑华', MEETING);
    expect(lastText()).toMatch(/请确认/);
    await say('郑华', said);
    expect(lastText()).not.toMatch(/这条消息没有记录/);
    expect(lastText()).toMatch(/部门改为教育就业部、维权部/);
    expect(activities()).toHaveLength(0);
    await say('郑华', '确认');
    expect(placed().find((r) => r[0] === 'meeting_dept')).toEqual(['meeting_dept', '2026-11-26', 'chenzhiqiang', '', ['employment', 'rights']]);
  });

  it('「第1条部门改为财务科」 → one department', async () => {
    await say('郑华', MEETING);
    await say('郑华', '第1条部门改为财务科');
    expect(lastText()).toMatch(/部门改为财务科/);
    await say('郑华', '确认');
    expect(placed().find((r) => r[0] === 'meeting_dept')?.[4]).toEqual(['finance']);
  });

  it('a talk\'s department is not changed: said, the card unchanged', async () => {
    await say('郑华', MEETING);
    await say('郑华', '第2条部门改为财务科');
    expect(lastText()).toMatch(/按对象所在部门记录，不能改部门/);
    expect(activities()).toHaveLength(0);
  });

  it('a count that is not the list: said, the card unchanged', async () => {
    await say('郑华', MEETING);
    await say('郑华', '第1条是教育就业部、维权部、财务科两个部门');
    expect(lastText()).toMatch(/说的是2个部门，列出的是3个/);
    await say('郑华', '确认');
    expect(placed().find((r) => r[0] === 'meeting_dept')?.[4]).not.toContain('finance');
  });
});
