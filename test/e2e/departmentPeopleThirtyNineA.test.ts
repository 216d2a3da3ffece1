// Over HTTP (issue 10, round 39 t38a F3/F4/F7/F9, t38b F2): department-relative group and place words. 「郑部长与部门同志逐一
// 进行了谈心谈话」 is the head's talk with everyone else of the department, on a card (was: 和谁 asked with no buttons); a doer
// heading none is asked 和谁 with the department's people as buttons; after a visit 「部门全体同志」 are the visited
// department's; 「与我俩」 is the sender and the one named with 和我, and 「来我部」 adds the sender's department to a
// 分管科室会议; a leader who came to 参加我们科的警示教育会 is no doer of it.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 12:00 in Shanghai, as the testers' messages were read. */
const FRIDAY = new Date('2026-12-04T12:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, rows, say } = chat;

/** The rows as `type|date|doer|counterpart`, sorted. */
const stored = () => rows().map(([type, date, doer, whom]) => `${type}|${date}|${doer}|${whom}`).sort();

describe('部门同志 after a head as doer', () => {
  it('陈静 (t38a F4): the film and 郑华\'s talk with her, after one 确认', async () => {
    await say('陈静', '12月1日，郑华部长组织部门全体党员观看警示教育片《围猎》，观影结束后，郑部长与部门同志逐一进行了谈心谈话。');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/部门同志/);
    await say('陈静', '确认');
    expect(stored()).toEqual(['edu_warning|2026-12-01|zhenghua|', 'talk_heart|2026-12-01|zhenghua|chenjing']);
  });

  it('a deputy heading no department: 和谁 asked, the department\'s people offered, the answer taken', async () => {
    const offered = await chat.offered('李娟', '12月1日王副科长与部门同志逐一谈心谈话');
    expect(lastText()).toMatch(/王强是和谁谈的/);
    expect(offered.slice(0, 2)).toEqual(['孙丽', '李娟']);
    await say('李娟', '李娟');
    if (rows().length === 0 && /确认/.test(lastText())) await say('李娟', '确认');
    expect(stored()).toEqual(['talk_heart|2026-12-01|wangqiang|lijuan']);
  });
});

describe('the visited department\'s people and the sender\'s own department', () => {
  it('赵磊 (t38a F3): 陈志强\'s talk with 冯雪 and 赵磊 after the visit paragraph, and his look through the 台账 a check at 维权部 (round 41), after its type and one 确认', async () => {
    await say('赵磊', '12月2日，陈志强副理事长一行到维权部调研指导党风廉政建设工作。\n\n陈志强先后听取了冯雪部长关于本部门落实主体责任情况的汇报，随后查看了部门廉政风险防控台账，最后与部门全体同志进行了集体廉政谈话。');
    expect(activities()).toEqual([]);
    expect(lastText()).not.toMatch(/和谁谈的/);
    // Since round 41 (fnb, t40b F10) 查看了部门廉政风险防控台账 is the visitor's check at 维权部, asked its type first.
    expect(lastText()).toMatch(/哪类/);
    await say('赵磊', '作风纪律检查');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/作风纪律检查｜2026-12-02｜维权部｜活动人：陈志强/);
    await say('赵磊', '确认');
    expect(stored()).toEqual(['inspect_style|2026-12-02|chenzhiqiang|', 'talk_integrity|2026-12-02|chenzhiqiang|fengxue', 'talk_integrity|2026-12-02|chenzhiqiang|zhaolei']);
  });

  it('郑华 (t38a F9): 来我部 makes 教育就业部 one of the meeting\'s departments, 我俩 two talks', async () => {
    await say('郑华', '上周四陈副理事长来我部召开分管部门党风廉政建设工作会议，冯雪部长和我参加，会上陈副理事长与我俩分别进行了廉政谈话。');
    expect(activities()).toEqual([]);
    await say('郑华', '确认');
    expect(stored()).toEqual(['meeting_dept|2026-11-26|chenzhiqiang|', 'talk_integrity|2026-11-26|chenzhiqiang|fengxue', 'talk_integrity|2026-11-26|chenzhiqiang|zhenghua']);
    const meeting = activities().find((a) => a.type === 'meeting_dept')!;
    expect([...(meeting.departmentIds ?? [meeting.departmentId])].sort()).toEqual(['employment', 'rights']);
  });

  it('周涛 (t38b F2): 到我部 … 康复部吴静部长一同参加 keeps 组联部 beside 康复部', async () => {
    await say('周涛', '11月27日刘芳副理事长到我部主持召开分管科室党风廉政建设工作会议，康复部吴静部长一同参加。');
    if (rows().length === 0 && /确认/.test(lastText())) await say('周涛', '确认');
    const meeting = activities().find((a) => a.type === 'meeting_dept')!;
    expect(meeting.actorId).toBe('liufang');
    expect([...(meeting.departmentIds ?? [meeting.departmentId])].sort()).toEqual(['liaison', 'rehab']);
  });

  it('李娟 (t38a F7): 我们科的警示教育会 the leader came to is 孙丽\'s, his talk after it his', async () => {
    await say('李娟', '王副理事长昨天上午到财务科参加我们科的警示教育会，会上通报了近期两起违规报销典型案例，王副理事长作了讲话。会后，王副理事长又单独与王强副科长进行了谈心谈话。');
    expect(lastText()).toMatch(/活动人：孙丽/);
    await say('李娟', '确认');
    expect(stored()).toEqual(['edu_warning|2026-12-03|sunli|', 'talk_heart|2026-12-03|wangjianguo|wangqiang']);
  });
});
