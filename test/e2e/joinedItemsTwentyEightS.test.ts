// Over HTTP (issue 10, s28): a 确认 card never lists fewer records than the message holds. Items joined in one phrase —
// 今天1条 after a counted deed, 全体 after a list of departments, 分别去 places with parts of a day, a study of a department
// list — were one record on the card (the rest lost when the member tapped 确认, or named only as 「未对应」).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;
const dayAndPlace = () => activities().map((a) => [a.type, a.date, a.departmentIds ?? a.departmentId]);

describe('items joined in one phrase, each on the card and in the ledger', () => {
  it('「昨天报送信息2条，今天1条」: both days on the card, each day\'s papers stored after 确认 (2 + 1, f2)', async () => {
    await say('杨帆', '昨天报送信息2条，今天1条');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/12-01|12月1日/);
    expect(lastText()).toMatch(/12-02|12月2日/);
    await say('杨帆', '确认');
    expect(activities().map((a) => [a.type, a.date]).sort()).toEqual([['report_info', '2026-12-01'], ['report_info', '2026-12-01'], ['report_info', '2026-12-02']]);
  });

  it('全体 after 宣文部、康复中心: every one of both departments on the card, one talk each after 确认', async () => {
    await say('赵敏', '11月30日与宣文部、康复中心全体职工开展集体廉政谈话');
    expect(activities()).toEqual([]);
    for (const name of ['王磊', '杨帆', '何平', '徐辉', '孙杰']) expect(lastText()).toContain(name);
    await say('赵敏', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join(',')])).toEqual(
      ['wanglei', 'yangfan', 'heping', 'xuhui', 'sunjie'].map((id) => ['talk_integrity', '2026-11-30', id]),
    );
  });

  it('a film watched by 组联部、康复部: one record of both, both named in the receipt', async () => {
    await say('刘芳', '昨天带领组联部、康复部全体人员观看警示教育片');
    expect(dayAndPlace()).toEqual([['edu_warning', '2026-12-01', ['liaison', 'rehab']]]);
    expect(lastText()).toContain('组联部');
    expect(lastText()).toContain('康复部');
    expect(lastText()).not.toMatch(/未对应|没有对应/);
  });

  // Round 41 (t39b F3): the kind answered once is both checks' of the one 分别 phrase (was: asked again for the second).
  it('上午和下午分别去办公室、财务科检查: the kind asked once for both checks, never one check of both', async () => {
    await say('黄志刚', '11月30日上午和下午分别去办公室、财务科检查');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/（类型未知）｜2026-11-30｜办公室/);
    expect(lastText()).toMatch(/还有 1 条[\s\S]*（类型未知）｜2026-11-30｜财务科/);
    await say('黄志刚', '作风纪律检查');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    await say('黄志刚', '确认');
    expect(dayAndPlace()).toEqual([
      ['inspect_style', '2026-11-30', 'office'],
      ['inspect_style', '2026-11-30', 'finance'],
    ]);
  });
});
