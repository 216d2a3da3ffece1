// Round 35 (issue 10), over HTTP: corrections of a waiting card that left it wrong. A person put in above the member in the
// chain was only swapped in (李娟>王建国, never 王建国>李娟 as the same talk in one message is); a type corrected to 分管科室会议
// had no departments; notes and 需要确认 reasons that said the member was the doer stayed after the doer was named, and
// 人数多于组织架构 after the count was put right; the 修改 form put a talk at its counterpart's department whatever it was at.
import { describe, expect, it } from 'vitest';
import type { SentMessage } from '../../src/emulator/emulatorTypes.js';
import { useChatBot } from '../support/chatBot.js';
import { buttonValues } from '../support/testBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const chat = useChatBot(new Date('2026-11-30T08:00:00+08:00'));
const { activities, lastText, say } = chat;

/** Each stored record as [type, date, actorId, counterpart ids, departmentId, departmentIds]. */
const placed = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.departmentId ?? null, a.departmentIds ?? null]);

/** 李娟 (财务科科员): two talks in one message, shown on a card (一条消息里有多项活动). */
const TWO_TALKS = '上周四与王强进行了谈心谈话，上周五与刘洋进行了谈心谈话，都是在办公室谈的';

describe('a person corrected on a card is read as a first message would read them', () => {
  it.each([
    ['第1条不是王强，是王建国', 'wangjianguo', '王建国是您的上级'],
    ['不是和王强，是和张伟书记', 'zhangwei', '张伟是您的上级'],
  ])('李娟 「%s」: the talk is held by the superior, at no department', async (fix, upper, said) => {
    await say('李娟', TWO_TALKS);
    expect(lastText()).toContain('请确认以下 2 条记录');
    await say('李娟', fix);
    expect(lastText()).toContain(said);
    expect(activities()).toHaveLength(0);
    await say('李娟', '确认');
    expect(placed()).toEqual([
      ['talk_heart', '2026-11-26', upper, 'lijuan', null, null],
      ['talk_heart', '2026-11-27', 'lijuan', 'liuyang', 'rehab', null],
    ]);
  });

  it('near-miss: a peer put in stays the member’s own talk, now at the peer’s department', async () => {
    await say('李娟', TWO_TALKS);
    await say('李娟', '第1条不是王强，是赵磊');
    expect(lastText()).not.toContain('是您的上级');
    await say('李娟', '确认');
    expect(placed()[0]).toEqual(['talk_heart', '2026-11-26', 'lijuan', 'zhaolei', 'rights', null]);
  });

  it('near-miss: a leader correcting the one below stays the leader’s talk', async () => {
    await say('王建国', '上周四与孙丽进行了廉政谈话，上周五与李明进行了廉政谈话，都在我办公室谈的');
    await say('王建国', '第1条不是孙丽，是李娟');
    await say('王建国', '确认');
    expect(placed()[0]).toEqual(['talk_integrity', '2026-11-26', 'wangjianguo', 'lijuan', 'finance', null]);
  });

  it('a turned talk corrected to someone below: the member’s own again, the old superior’s note gone', async () => {
    await say('李娟', '11月26日和王建国副理事长进行了谈心谈话');
    expect(lastText()).toContain('王建国是您的上级');
    await say('李娟', '不是王建国，是王强');
    expect(lastText()).not.toContain('王建国是您的上级');
    expect(lastText()).not.toContain('记在他人名下');
    await say('李娟', '确认');
    expect(placed()).toEqual([['talk_heart', '2026-11-26', 'lijuan', 'wangqiang', 'finance', null]]);
  });

  it('near-miss: a talk at a place of its own keeps it when its person is corrected', async () => {
    await say('张伟', '11月26日到康复中心与王强进行了廉政谈话，了解了有关情况，提出了要求');
    expect(lastText()).toContain('请确认');
    const before = (await chat.answers('张伟', '不是王强，是孙丽')).length;
    expect(before).toBeGreaterThan(0);
    await say('张伟', '确认');
    expect(placed()[0]!.slice(0, 4)).toEqual(['talk_integrity', '2026-11-26', 'zhangwei', 'sunli']);
  });
});

describe('a type corrected to 分管科室会议 is placed as a first reading places it', () => {
  const MEETING = '11月26日主持召开党风廉政建设工作会议，郑华、冯雪参加，会上学习了有关文件';

  it.each(['类型改为分管科室会议', '第1条是分管科室会议'])('陈志强 「%s」: at 教育就业部 and 维权部', async (fix) => {
    await say('陈志强', MEETING);
    expect(lastText()).toContain('专题会议');
    await say('陈志强', fix);
    expect(lastText()).toContain('教育就业部、维权部');
    await say('陈志强', '确认');
    expect(placed()).toEqual([['meeting_dept', '2026-11-26', 'chenzhiqiang', '', 'employment', ['employment', 'rights']]]);
  });

  it('a doer who supervises no department is asked about, the card unchanged', async () => {
    await say('孙丽', '11月26日组织本科室人员观看警示教育片《围猎》，王强、李娟参加，会后大家谈了体会，提出了要求');
    expect(lastText()).toContain('请确认');
    await say('孙丽', '类型改为分管科室会议');
    expect(lastText()).toContain('没有分管的科室，卡片没有改动');
    await say('孙丽', '确认');
    expect(placed()).toEqual([['edu_warning', '2026-11-26', 'sunli', '', 'finance', null]]);
  });

  it('near-miss: while whose meeting it was is still asked, the type is put and the question goes on', async () => {
    // Round 67 (ggb): a head's own meeting (孙丽's) is no longer asked whose it was; a 科员's still is.
    await say('王强', '11月26日召开党风廉政建设专题会议，李娟参加，会上学习了有关文件，提出了要求');
    const asked = lastText();
    await say('王强', '类型改为分管科室会议');
    expect(lastText()).not.toContain('没有分管的科室');
    expect(lastText()).toContain('分管科室党风廉政建设工作会议');
    expect(asked).not.toContain('请确认');
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: corrected to 专题会议, no department is added', async () => {
    await say('陈志强', MEETING);
    await say('陈志强', '类型改为廉政党课');
    await say('陈志强', '确认');
    expect(placed()).toEqual([['edu_lecture', '2026-11-26', 'chenzhiqiang', '', null, null]]);
  });
});

describe('需要确认 reasons and notes that an answer or edit made false leave the card', () => {
  it('「我们科」 from a 部: once the doer is named, 「按您本人记录」 goes from reasons and notes', async () => {
    await say('杨帆', '我们科今天组织学习了《廉洁自律准则》');
    expect(lastText()).toContain('活动人按您本人记录');
    await say('杨帆', '活动人是王磊');
    expect(lastText()).not.toContain('按您本人记录');
    expect(lastText()).toContain('记在他人名下');
    await say('杨帆', '确认');
    expect(placed()).toEqual([['edu_integrity', '2026-11-30', 'wanglei', '', null, null]]);
  });

  it('「暂记在您名下」 goes once the organiser is named', async () => {
    await say('王强', '昨天随孙丽科长参加了廉政教育学习');
    expect(lastText()).toContain('暂记在您名下');
    await say('王强', '活动人是孙丽');
    expect(lastText()).not.toContain('暂记在您名下');
    expect(activities()).toHaveLength(0);
  });

  it('「参加人数多于组织架构里登记的人数」 goes once the count is put right; a count still too many keeps it', async () => {
    await say('李明', '11月25日组织全体干部观看警示教育片《围猎》，参加260人');
    expect(lastText()).toContain('参加人数多于组织架构');
    await say('李明', '人数改为200人');
    expect(lastText()).toContain('参加人数多于组织架构');
    await say('李明', '人数改为20人');
    expect(lastText()).not.toContain('参加人数多于组织架构');
    expect(activities()).toHaveLength(0);
    await say('李明', '确认');
    expect(activities()[0]!.attendees).toBe(20);
  });

  it('near-miss: the member still the doer after a day change keeps 「按您本人记录」', async () => {
    await say('杨帆', '我们科今天组织学习了《廉洁自律准则》');
    await say('杨帆', '不对，是昨天');
    expect(lastText()).toContain('活动人按您本人记录');
  });
});

describe('the 修改 form keeps a talk’s departments', () => {
  /** The stored receipt's 修改 → form → submit with `fields`; returns the toast type. */
  async function editByForm(who: string, receipt: SentMessage, fields: Record<string, unknown>): Promise<string | undefined> {
    const edit = buttonValues(receipt.content).find((v) => v.action === 'edit')!;
    const form = await chat.t.click(who, receipt.messageId, edit);
    const submit = buttonValues(form.body.card!.data).find((v) => v.action === 'report_form')!;
    const saved = await chat.t.click(who, receipt.messageId, submit, fields);
    return saved.body.toast?.type;
  }

  it('a talk held by 王建国 with 李娟 (at no department) keeps none when only its day is changed', async () => {
    await say('李娟', '11月26日和王建国副理事长进行了谈心谈话');
    const receipt = (await chat.answers('李娟', '确认')).find((m) => buttonValues(m.content).some((v) => v.action === 'edit'))!;
    expect(placed()).toEqual([['talk_heart', '2026-11-26', 'wangjianguo', 'lijuan', null, null]]);
    expect(await editByForm('李娟', receipt, { type: 'talk_heart', date: '2026-11-25 +0800', counterparts: [chat.t.openId('李娟')] })).toBe('success');
    expect(placed()).toEqual([['talk_heart', '2026-11-25', 'wangjianguo', 'lijuan', null, null]]);
  });

  it('near-miss: another counterpart chosen on the form puts the talk at theirs', async () => {
    await say('李娟', '11月26日和王建国副理事长进行了谈心谈话');
    const receipt = (await chat.answers('李娟', '确认')).find((m) => buttonValues(m.content).some((v) => v.action === 'edit'))!;
    await editByForm('李娟', receipt, { type: 'talk_heart', date: '2026-11-26 +0800', counterparts: [chat.t.openId('赵磊')] });
    expect(placed()[0]!.slice(3)).toEqual(['zhaolei', 'rights', null]);
  });
});
