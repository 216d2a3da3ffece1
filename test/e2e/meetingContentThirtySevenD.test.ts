// Round 37 (issue 10: a record is right, or the bot asks) over HTTP, the dialogs of fixer fjd:
// - 「…主持召开分管科室党风廉政建设工作会议…。会议传达了…，对年底廉洁风险进行了排查。」 (t36c F7): the card held a 自查总结 of the
//   chair beside the meeting; now the meeting alone, the 排查 said read as its content.
// - 「王建国副理事长11月27日听取了财务科自查情况汇报。」 (ffg's leftover): a 自查总结 of the listener; now the reply says whose paper
//   it is, nothing stored.
// - 「11月12日约谈了康复中心副主任徐辉，就群众反映问题进行了函询谈话」 (t36c F8): a 廉政谈话 on the card; now its type is asked.
// - 「…向党组书面报告了…。同日组织中层干部开展廉政风险点排查。」 (t36c F11): only the 自查; now both on the card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: the day the report corpus is read. */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, rows, say, answerText } = chat;

describe('what a meeting went through is no deed of its own', () => {
  it('李明\'s meeting with 会议…对年底廉洁风险进行了排查: one record, the chair\'s meeting, on 确认', async () => {
    const said = await answerText(
      '李明',
      '上周五王建国副理事长在办公室主持召开分管科室党风廉政建设工作会议，办公室、财务科负责人及相关人员参加，应到8人，实到7人。会议传达了市纪委有关通报精神，对年底廉洁风险进行了排查。',
    );
    expect(said).toMatch(/请确认以下 1 条记录/);
    expect(said).not.toMatch(/自查总结｜/);
    expect(said).not.toContain('《市纪委有关通报》');
    await say('李明', '确认');
    expect(rows()).toEqual([['meeting_dept', '2026-11-27', 'wangjianguo', '']]);
    expect(activities()[0]!.attendees).toBe(7);
  });

  it('near-miss: 会后 a signing of its own stays a second record', async () => {
    const said = await answerText('李明', '上周五王建国副理事长主持召开分管科室党风廉政建设工作会议。会后王建国副理事长与我签订了责任书。');
    expect(said).toMatch(/请确认以下 2 条记录/);
    await say('李明', '确认');
    expect(rows()).toEqual([
      ['meeting_dept', '2026-11-27', 'wangjianguo', ''],
      ['pledge_sign', '2026-11-27', 'wangjianguo', 'liming'],
    ]);
  });
});

describe('a 自查 report heard is the reporter\'s paper', () => {
  it('alone: nothing stored, the reply says whose it is (never the generic list that invites 「自查」)', async () => {
    const said = await answerText('李明', '王建国副理事长11月27日听取了财务科自查情况汇报。');
    expect(activities()).toEqual([]);
    expect(said).toContain('听取了财务科自查情况汇报，没有记录');
    expect(said).toContain('请由财务科（或其科室负责人）自己上报');
    expect(said).not.toContain('清风记录的是');
  });

  it('beside a talk: the talk alone is stored', async () => {
    await say('王建国', '11月27日听取了财务科自查情况汇报，并与孙丽进行了廉政谈话。');
    if (activities().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-27', 'wangjianguo', 'sunli']]);
  });
});

describe('a 函询谈话 after 约谈 is asked its type', () => {
  it('黄志刚\'s item: the type asked, 廉政谈话 never on the card unasked; 取消 stores nothing', async () => {
    const said = await answerText('黄志刚', '11月12日约谈了康复中心副主任徐辉，就群众反映问题进行了函询谈话');
    expect(said).toMatch(/是哪类活动？/);
    expect(said).not.toMatch(/廉政谈话｜2026-11-12/);
    expect(activities()).toEqual([]);
    await say('黄志刚', '取消');
    expect(activities()).toEqual([]);
  });

  it('near-miss: 约谈 alone is still a 廉政谈话', async () => {
    await say('黄志刚', '11月12日约谈了徐辉');
    if (activities().length === 0) await say('黄志刚', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-12', 'huangzhigang', 'xuhui']]);
  });
});

describe('同日 opening a deed of its own', () => {
  it('何平\'s report to the 党组 and the 排查 of the same day: two records on one card', async () => {
    const said = await answerText('何平', '11月27日向党组书面报告了中心落实全面从严治党主体责任情况，并抄送机关纪委。同日组织中层干部开展廉政风险点排查。');
    expect(said).toMatch(/请确认以下 2 条记录/);
    expect(said).not.toContain('未按向党组报告');
    await say('何平', '确认');
    expect(rows()).toEqual([
      ['report_to_party', '2026-11-27', 'heping', ''],
      ['report_self', '2026-11-27', 'heping', ''],
    ]);
  });

  it('near-miss: the 自查 report handed in 同日 is one record', async () => {
    await say('何平', '11月20日完成廉政风险点自查。同日向党组报送了自查报告。');
    if (activities().length === 0) await say('何平', '确认');
    expect(rows()).toEqual([['report_self', '2026-11-20', 'heping', '']]);
  });
});
