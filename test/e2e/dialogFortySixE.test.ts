// Over HTTP, round 46 fixer E (messages as the testers wrote them on Sat 2026-12-05; issue 10): what the card says beside
// right records.
//  t48b F6: 赵敏「…原定周四和康复中心何平主任的廉政谈话因其外出培训推迟到下周。」 — the card said 「廉政教育没有进行」.
//  t48b F7: 陈静「受陈理事长委托报一下：…陈志强副理事长…」 — the card said 陈志强 was no doer beside his talks; 何平's 补报 list —
//  「句首的人被记成了对象」 on a card whose every item was right.
//  t48a F6: 刘芳「…谈心谈话，主要是节前廉洁提醒」 — 「消息里的「节前廉洁提醒」没有对应到任何记录」.
//  t48a F7: 孙丽「…传达学习了市纪委典型案例通报…」 — the title 《市纪委典型案例通报》.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Saturday 2026-12-05, 08:00 in Shanghai (the testers' day), before the reminders' hours. */
const chat = useChatBot(new Date('2026-12-05T08:00:00+08:00'));
// A first start, before the timed ones: a cold start under load took longer than a test's hook allows.
const { activities, lastText, say, rows } = chat;

describe('t48b F6: a talk put off is named a 廉政谈话', () => {
  it('赵敏 → the card says 廉政谈话没有进行, never 廉政教育', async () => {
    await say('赵敏', '本周三与宣文部王磊部长进行了谈心谈话。原定周四和康复中心何平主任的廉政谈话因其外出培训推迟到下周。');
    expect(lastText()).toContain('廉政谈话没有进行（延期、取消或未开成），未记录');
    expect(lastText()).not.toContain('廉政教育');
    await say('赵敏', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'zhaomin', 'wanglei']]);
  });
});

describe('t48b F7: notes that contradicted right cards', () => {
  it('陈静 → 陈志强’s two talks, no note that he is no doer', async () => {
    await say('陈静', '受陈理事长委托报一下：11月下旬陈志强副理事长到教就部开展谈心谈话，与郑华部长和我分别谈了话，郑华部长是11月23日，我是11月24日');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('委托、安排或同意的人');
    await say('陈静', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-24', 'chenzhiqiang', 'chenjing'],
      ['talk_heart', '2026-11-23', 'chenzhiqiang', 'zhenghua'],
    ]);
  });

  it('何平’s 补报 list → no 句首的人 warning on the card', async () => {
    await say('何平', '补报康复中心10月份工作：\n（1）10月15日中心召开廉政风险防控专题会议，研究康复服务项目采购环节风险点，中心班子及各科室负责人9人参加；\n（2）10月22日我与副主任徐辉进行廉政谈话；\n（3）10月30日徐辉与医师孙杰开展谈心谈话。');
    // The 专题会议's type is asked today (another fixer's finding, t48b F5): answered, the card follows.
    if (lastText().includes('是哪类活动')) await say('何平', '专题会议');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('句首的人被记成了对象');
    await say('何平', '确认');
    expect(rows()).toEqual([
      ['meeting_special', '2026-10-15', 'heping', ''],
      ['talk_integrity', '2026-10-22', 'heping', 'xuhui'],
      ['talk_heart', '2026-10-30', 'xuhui', 'sunjie'],
    ]);
  });
});

describe('t48a F6: a talk’s topic is no deed left out', () => {
  it('刘芳 → the day asked; the card after the answer names nothing left over', async () => {
    await say('刘芳', '11月中旬分别找组联部周涛、康复部吴静两位部长谈心谈话，主要是节前廉洁提醒');
    await say('刘芳', '分别是11月16日和11月18日');
    expect(lastText()).not.toContain('没有对应到任何记录');
    if (activities().length === 0) await say('刘芳', '确认');
    expect(lastText()).not.toContain('没有对应到任何记录');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-16', 'liufang', 'zhoutao'],
      ['talk_heart', '2026-11-18', 'liufang', 'wujing'],
    ]);
  });
});

describe('t48a F7: a description is no 《》 title', () => {
  it('孙丽 → the 警示教育 has no title 《市纪委典型案例通报》', async () => {
    await say('孙丽', '12月1号财务科开了个会，传达学习了市纪委典型案例通报，科里5个人都参加了。另外本月的廉政信息已经报送了');
    if (!lastText().includes('请确认')) await say('孙丽', '12月3日');
    expect(lastText()).not.toContain('《市纪委典型案例通报》');
    await say('孙丽', '确认');
    const study = activities().find((a) => a.type === 'edu_warning')!;
    expect([study.date, study.title, study.attendees]).toEqual(['2026-12-01', undefined, 5]);
  });
});
