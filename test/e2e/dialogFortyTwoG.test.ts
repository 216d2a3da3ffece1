// Round 42 (fog, issue 10) in the dialog: a type correction in plain words on a waiting 确认 card (不是X，是Y · 是Y，不是X ·
// 应该是Y · 改成Y) changes its one record, a retype to a 分管科室会议 keeping the department the message named (t42a F10:
// a new report, or every department the leader supervises); a real new report while the card waits stays one. Under a body
// heading (机关纪委…台账) from one of its inspectors, whose the items are is asked once and the answer is every item's
// (t42a F5: the 信息 left 「您本人」).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai (the day before the tester's): before the reminders' hours, as the headings dialogs run. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, say } = chat;

const meetings = () => activities().map((a) => [a.type, a.date, a.actorId, a.departmentId ?? '', (a.departmentIds ?? []).join(',')]);
const MEETING = '12月3日召开党风廉政建设工作会议，赵敏书记出席并讲话，中心中层以上干部参加';

describe('a type corrected in plain words on a waiting card', () => {
  it.each([
    '不是专题会议，是分管科室党风廉政建设工作会议',
    '是分管科室党风廉政建设工作会议，不是专题会议',
    '不对，是分管科室党风廉政建设工作会议',
    '应该是分管科室党风廉政建设工作会议',
    '改成分管科室会议',
    '不是专题会议，而是分管科室会议。',
  ])('徐辉 「%s」 → the card’s one meeting retyped, at 中心 only, stored after 确认', async (said) => {
    await say('徐辉', MEETING);
    expect(lastText()).toContain('请确认');
    expect(lastText()).toContain('专题会议');
    await say('徐辉', said);
    expect(lastText()).toContain('已按您的更正修改');
    expect(lastText()).not.toContain('仍在等您确认，没有被这条新上报代替');
    expect(lastText()).not.toContain('宣文部');
    expect(activities()).toHaveLength(0);
    await say('徐辉', '确认');
    expect(meetings()).toEqual([['meeting_dept', '2026-12-03', 'zhaomin', 'center', '']]);
  });

  it('不是12月3日，是12月2日 on the same card moves its day', async () => {
    await say('徐辉', MEETING);
    await say('徐辉', '不是12月3日，是12月2日');
    expect(lastText()).toContain('已按您的更正修改');
    await say('徐辉', '确认');
    expect(meetings()).toEqual([['meeting_special', '2026-12-02', 'zhaomin', '', '']]);
  });

  it.each([
    ['不是廉政谈话，是谈心谈话', 'talk_heart', '2026-12-03'],
    ['是谈心谈话，不是廉政谈话', 'talk_heart', '2026-12-03'],
    ['应该是谈心谈话', 'talk_heart', '2026-12-03'],
    ['改成谈心谈话', 'talk_heart', '2026-12-03'],
    ['不是12月3日，是12月2日', 'talk_integrity', '2026-12-02'],
    ['是12月2日，不是12月3日', 'talk_integrity', '2026-12-02'],
  ])('李娟 on 孙丽’s talk card: 「%s」 → changed, stored after 确认', async (said, type, date) => {
    await say('李娟', '12月3日孙科长与王强进行了廉政谈话');
    expect(lastText()).toContain('请确认');
    await say('李娟', said);
    expect(lastText()).toContain('已按您的更正修改');
    await say('李娟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([[type, date, 'sunli', 'wangqiang']]);
  });

  it('a real new report while the card waits is a new report, the card still waiting', async () => {
    await say('徐辉', MEETING);
    await say('徐辉', '12月4日与孙杰进行了谈心谈话');
    expect(lastText()).not.toContain('已按您的更正修改');
    expect(chat.t.texts().join('\n')).toContain('仍在等您确认');
  });

  it('李娟’s new report of another deed beside 孙丽’s waiting talk card stays a new report', async () => {
    await say('李娟', '12月3日孙科长与王强进行了廉政谈话');
    await say('李娟', '12月4日孙科长组织科室观看了警示教育片《围猎》，4人参加');
    expect(lastText()).not.toContain('已按您的更正修改');
    expect(chat.t.texts().join('\n')).toContain('仍在等您确认');
  });
});

describe('a body heading’s items: whose asked once', () => {
  it('林晓’s 机关纪委11月份工作台账 — 黄志刚 answered once is every subjectless item’s', async () => {
    await say('林晓', '机关纪委11月份工作台账\n一、11月5日，组织机关全体党员赴市廉政教育基地开展警示教育，参加32人\n二、11月18日，黄志刚书记带队对教育就业部开展公务用车专项检查，本人参加\n三、11月26日报送廉政信息2篇');
    expect(lastText()).toContain('黄志刚');
    expect(activities()).toHaveLength(0);
    await say('林晓', '黄志刚');
    expect(lastText()).toContain('请确认');
    // 本人参加 on the check (round 52, fwa): 林晓 went along — 「同行：您本人」 — and is the doer of nothing.
    expect(lastText()).toContain('同行：您本人');
    expect(lastText().replace(/同行：您本人/g, '')).not.toContain('您本人');
    await say('林晓', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([
      ['edu_warning', '2026-11-05', 'huangzhigang'],
      ['inspect_style', '2026-11-18', 'huangzhigang'],
      ['report_info', '2026-11-26', 'huangzhigang'],
      ['report_info', '2026-11-26', 'huangzhigang'],
    ]);
  });

  it('林晓 answering 我 — the body’s items are all hers', async () => {
    await say('林晓', '机关纪委11月份工作台账\n一、11月26日报送廉政信息1篇\n二、11月27日组织开展廉政风险点排查');
    await say('林晓', '我');
    if (activities().length === 0) await say('林晓', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([
      ['report_info', '2026-11-26', 'linxiao'],
      ['report_self', '2026-11-27', 'linxiao'],
    ]);
  });
});
