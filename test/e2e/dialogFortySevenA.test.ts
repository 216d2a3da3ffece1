// Over HTTP, round 47 fixer A (messages as the testers wrote them on Sat 2026-12-05; issue 10): a headline's type over the
// body's place, and meeting topics named as missed deeds.
//  t49b F2: 杨帆「【清风宣文】宣文部组织开展“以案促改”警示教育⏎为深化以案促改，本周三下午…赴市廉政教育基地参观学习…」 — the
//  card said 廉政教育 (「「廉政教育基地」按廉政教育记录」).
//  t49a O4: 刘芳「本周工作：⏎1、周一到组联部参加分管科室会议，传达了全市警示教育大会精神⏎…」 — the card said 「消息里的「警示
//  教育」没有对应到任何记录，请核对是否漏记」 of the meeting's topic; 何平's 以案促改专题会 named 专题会议 as missed.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Saturday 2026-12-05, 08:00 in Shanghai (the testers' day), before the reminders' hours. */
const chat = useChatBot(new Date('2026-12-05T08:00:00+08:00'));
// A first start, before the timed ones: a cold start under load took longer than a test's hook allows.
const { activities, lastText, say, rows } = chat;

describe('t49b F2: the headline’s 警示教育 over the 廉政教育基地 the body went to', () => {
  it('杨帆 → a 警示教育 on the card, stored as one', async () => {
    await say('杨帆', '【清风宣文】宣文部组织开展“以案促改”警示教育\n为深化以案促改，本周三下午，宣文部组织全体干部职工赴市廉政教育基地参观学习。王磊部长带队，杨帆等5人参加。');
    expect(lastText()).toContain('请确认');
    expect(lastText()).toContain('警示教育');
    expect(lastText()).not.toContain('按廉政教育记录');
    await say('杨帆', '确认');
    expect(rows()).toEqual([['edu_warning', '2026-12-02', 'wanglei', '']]);
    expect(activities()[0]!.attendees).toBe(5);
  });
});

describe('t49a O4: a meeting’s topic is no missed deed', () => {
  it('刘芳’s week → three records, no note that 警示教育 was left out', async () => {
    await say('刘芳', '本周工作：\n1、周一到组联部参加分管科室会议，传达了全市警示教育大会精神\n2、周三和康复部吴静部长廉政谈话\n3、周四组联部报送廉政信息1篇');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('没有对应到任何记录');
    await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['meeting_dept', '2026-11-30', 'liufang', ''],
      ['talk_integrity', '2026-12-02', 'liufang', 'wujing'],
      ['report_info', '2026-12-03', 'zhoutao', ''],
    ]);
  });

  it('何平’s 中心 以案促改专题会 → his 警示教育, no 专题会议 named as missed, no whose-question', async () => {
    await say('何平', '上个月底（11月28日）中心开了以案促改专题会，中心班子和科室负责人9人参加');
    expect(lastText()).not.toContain('没有对应到任何记录');
    expect(lastText()).not.toContain('是哪位');
    if (lastText().includes('请确认')) await say('何平', '确认');
    expect(rows()).toEqual([['edu_warning', '2026-11-28', 'heping', '']]);
  });
});
