// Over HTTP, round 69 helper gie (issue 10): meetings — which body held one, its 议题, a unit's 专题会 that passes a notice on,
// and what 会后 adds after a lecture. On main: 赵敏「机关党委书记赵敏主持召开专题会议」 was the 党组's 专题会议 (counted toward
// 党组专题研究); 孙杰「中心支部召开专题会」 asked which 党组 leader held it; 赵敏's 机关党委会议 kept no 议题 and 黄志刚's own
// 机关纪委会议 was asked whose; 何平's spoken 「…专题会 传达 市残联 通知 要求 共 9 人」 asked its type; 「…会后，大家围绕党课内容开展了
// 讨论，并签订了廉洁承诺书」 put two 党课 on the card. Each dialogue here is the member's: the card or receipt, 确认/取消 or the
// typed answer, what is stored, the 完成情况 that names the body, 撤销.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours. */
const chat = useChatBot(new Date('2026-11-30T08:00:00+08:00'));
const { activities, answerText, say, confirmIfAsked } = chat;

/** 张伟's 党组专题研究 line of the quarter's card: its figures (应完成 | 已完成 | …). */
const PARTY_LINE = /党组专题研究全面从严治党、党风廉政建设（2026年下半年） \| 党组（张伟） \| [^\n]*/;

const meetings = () => activities().map((a) => [a.type, a.date, a.actorId, a.departmentId ?? null, a.meetingBody ?? null, a.note ?? null, a.attendees ?? null]);

describe('the chair’s post names the body (机关党委书记 · 机关纪委书记; 党组书记 the 党组)', () => {
  it('赵敏 「机关党委书记赵敏主持召开专题会议…」: stored as 机关党委’s with its 议题, not counted for the 党组, named in 完成情况; 撤销 takes it back', async () => {
    const receipt = await answerText('赵敏', '11月26日，机关党委书记赵敏主持召开专题会议，研究部署党风廉政建设工作');
    expect(receipt).toContain('已记录 1 项');
    expect(receipt).toContain('机关党委召开（不计入党组专题研究）');
    expect(receipt).toContain('议题：研究部署党风廉政建设工作');
    expect(meetings()).toEqual([['meeting_special', '2026-11-26', 'zhaomin', null, 'party_committee', '研究部署党风廉政建设工作', null]]);
    const quarter = await answerText('张伟', '本季度完成情况');
    expect(PARTY_LINE.exec(quarter)?.[0]).toMatch(/\| 1 \| 0 \|/);
    expect(quarter).toContain('「党组专题研究全面从严治党、党风廉政建设」1次（机关党委1次）');
    expect(await answerText('赵敏', '撤销')).toMatch(/已撤销/);
    expect(activities()).toEqual([]);
  });

  it('杨帆’s report of it: the card names 机关党委 and 赵敏, 确认 stores it so; 「赵敏书记主持…」 (no body in the post) stays the 党组’s', async () => {
    const card = await answerText('杨帆', '11月26日，机关党委书记赵敏主持召开专题会议，研究部署党风廉政建设工作');
    expect(card).toMatch(/请确认/);
    expect(card).toContain('机关党委召开（不计入党组专题研究）');
    expect(card).toContain('活动人：赵敏');
    expect(activities()).toEqual([]);
    await say('杨帆', '确认');
    await confirmIfAsked('杨帆', await answerText('杨帆', '11月27日，赵敏书记主持召开专题会议，研究部署党风廉政建设工作'));
    expect(activities().map((a) => [a.date, a.actorId, a.meetingBody ?? null])).toEqual([
      ['2026-11-26', 'zhaomin', 'party_committee'],
      ['2026-11-27', 'zhaomin', null],
    ]);
    expect(PARTY_LINE.exec(await answerText('张伟', '本季度完成情况'))?.[0]).toMatch(/\| 1 \| 1 \|/);
  });

  it('林晓 「…会议由机关纪委书记黄志刚主持…」 (after the verb): 机关纪委’s, 黄志刚’s; 王芳 「…会议由党组书记张伟主持…」 the 党组’s', async () => {
    await confirmIfAsked('林晓', await answerText('林晓', '11月26日机关纪委召开专题会议，会议由机关纪委书记黄志刚主持，传达学习市纪委全会精神'));
    await confirmIfAsked('王芳', await answerText('王芳', '11月25日召开专题会议，会议由党组书记张伟主持，传达学习市纪委全会精神'));
    expect(activities().map((a) => [a.date, a.actorId, a.meetingBody ?? null, a.note])).toEqual([
      ['2026-11-26', 'huangzhigang', 'discipline_committee', '传达学习市纪委全会精神'],
      ['2026-11-25', 'zhangwei', null, '传达学习市纪委全会精神'],
    ]);
  });
});

describe('a body’s own 专题研究 keeps its 议题, and its own 书记 is not asked', () => {
  it('赵敏 「上周三主持召开机关党委会议，专题研究党风廉政建设工作」: 议题 研究党风廉政建设工作 on the receipt and stored, as on the 党组 path', async () => {
    const receipt = await answerText('赵敏', '上周三主持召开机关党委会议，专题研究党风廉政建设工作');
    expect(receipt).toContain('议题：研究党风廉政建设工作');
    await confirmIfAsked('王芳', await answerText('王芳', '11月26日，张伟书记主持召开党组会议，专题研究党风廉政建设工作'));
    expect(activities().map((a) => [a.actorId, a.meetingBody ?? null, a.note])).toEqual([
      ['zhaomin', 'party_committee', '研究党风廉政建设工作'],
      ['zhangwei', null, '研究党风廉政建设工作'],
    ]);
  });

  it('赵敏 spoken 「11.25 主持召开 机关党委 会议 专题 研究 党风廉政建设 工作」: the same record, no space in the 议题', async () => {
    await answerText('赵敏', '11.25 主持召开 机关党委 会议 专题 研究 党风廉政建设 工作');
    expect(meetings()).toEqual([['meeting_special', '2026-11-25', 'zhaomin', null, 'party_committee', '研究党风廉政建设工作', null]]);
  });

  it('黄志刚 「主持召开机关纪委会议，专题研究…」: his, stored at once (was: asked which 党组 leader held it); 林晓 the same words: asked', async () => {
    const receipt = await answerText('黄志刚', '11月26日主持召开机关纪委会议，专题研究党风廉政建设工作');
    expect(receipt).toContain('已记录 1 项');
    expect(receipt).toContain('机关纪委召开（不计入党组专题研究）');
    expect(meetings()).toEqual([['meeting_special', '2026-11-26', 'huangzhigang', null, 'discipline_committee', '研究党风廉政建设工作', null]]);
    expect(await answerText('林晓', '11月27日主持召开机关纪委会议，专题研究党风廉政建设工作')).toMatch(/主持/);
    expect(activities()).toHaveLength(1);
  });
});

describe('a unit’s branch named by its short word (中心支部)', () => {
  it('孙杰 「上周五中心支部召开专题会，…」: a card of 何平’s 党支部 meeting at the 中心; 取消 stores nothing, 确认 the next time stores it', async () => {
    const text = '上周五中心支部召开专题会，传达学习市纪委全会精神';
    const card = await answerText('孙杰', text);
    expect(card).toMatch(/请确认/);
    expect(card).toContain('党支部召开（不计入党组专题研究）');
    expect(card).toContain('残疾人康复中心');
    expect(card).toContain('活动人：何平');
    await say('孙杰', '取消');
    expect(activities()).toEqual([]);
    await answerText('孙杰', text);
    expect(await answerText('孙杰', '确认')).toContain('已记录 1 项');
    expect(meetings()).toEqual([['meeting_special', '2026-11-27', 'heping', 'center', 'branch', '传达学习市纪委全会精神', null]]);
  });

  it('何平 himself, 「上周五中心支部召开专题会，…」: his own, stored at once at the 中心', async () => {
    expect(await answerText('何平', '上周五中心支部召开专题会，传达学习市纪委全会精神')).toContain('已记录 1 项');
    expect(meetings()).toEqual([['meeting_special', '2026-11-27', 'heping', 'center', 'branch', '传达学习市纪委全会精神', null]]);
  });
});

describe('a unit’s 专题会 passing on a 市残联 notice is its 专题会议', () => {
  it('何平 spoken 「上周五 中心 开了 专题会 传达 市残联 通知 要求 共 9 人」: a card (专题会议 · 9人 · 议题), 确认 stores it at the 中心', async () => {
    const card = await answerText('何平', '上周五 中心 开了 专题会 传达 市残联 通知 要求 共 9 人');
    expect(card).toMatch(/请确认/);
    expect(card).not.toMatch(/是哪类活动/);
    expect(card).toContain('专题会议｜2026-11-27');
    expect(card).toContain('议题：传达市残联通知要求');
    expect(card).toContain('9人参加');
    await say('何平', '确认');
    expect(meetings()).toEqual([['meeting_special', '2026-11-27', 'heping', 'center', null, '传达市残联通知要求', 9]]);
  });

  it('near-miss: 冯雪 「前天部里开了专题会，传达市残联安全生产工作要求」 names other work — nothing recorded', async () => {
    await answerText('冯雪', '前天部里开了专题会，传达市残联安全生产工作要求');
    expect(activities()).toEqual([]);
  });
});

describe('会后 a discussion of the 党课, then a signing', () => {
  it('杨帆 「…讲授廉政党课；会后，大家围绕党课内容开展了讨论，并签订了廉洁承诺书」: one 党课 and the signing asked 和谁; the answer stores both', async () => {
    const asked = await answerText('杨帆', '11月24日，赵敏书记为全体党员讲授廉政党课；会后，大家围绕党课内容开展了讨论，并签订了廉洁承诺书');
    expect(asked).toMatch(/赵敏是和谁签订的/);
    expect(asked.match(/廉政党课｜/g)).toHaveLength(1);
    await confirmIfAsked('杨帆', await answerText('杨帆', '王磊、杨帆'));
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([
      ['edu_lecture', '2026-11-24', 'zhaomin', ''],
      ['pledge_sign', '2026-11-24', 'zhaomin', 'wanglei'],
      ['pledge_sign', '2026-11-24', 'zhaomin', 'yangfan'],
    ]);
  });

  it('near-miss: 「…会后，大家围绕党课内容开展了讨论，并结合自身实际谈了体会」 is the 党课 alone', async () => {
    await confirmIfAsked('杨帆', await answerText('杨帆', '11月24日，赵敏书记为全体党员讲授廉政党课；会后，大家围绕党课内容开展了讨论，并结合自身实际谈了体会'));
    expect(activities().map((a) => [a.type, a.actorId])).toEqual([['edu_lecture', 'zhaomin']]);
  });
});
