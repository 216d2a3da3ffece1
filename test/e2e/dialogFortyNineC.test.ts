// Over HTTP, round 49 fixer C (tester t51b on the round-48 merge, /work/rounds/r48/t51b-findings.md; issue 10): who did a
// unit's event, a stale note, the roster warning.
//  t51b F5  陈志强 「…与教就部郑华、维权部冯雪各谈话1次，均为廉政谈话；参加了市残联警示教育大会。」: item 3 was a 警示教育 on
//           the card as his (「您是参加者…暂记在您名下」); attending the unit's (or a higher body's) event is no record, said so;
//  t51b F7  林晓 pasting 「市残联举办廉政教育专题培训班…58人参加」 was stored as hers with no note; asked whose now;
//  t51b F8  after 「第N条不要」 the card kept 「您是参加者，组织者没能确定，暂记在您名下」, said of the record taken off;
//  t51b F10 「参加人数多于组织架构里登记的人数」 missed 财务科's 「科室4人参加」 (3 registered) and a joint deed's 15 (4 registered).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

/** Saturday 2026-12-05, 10:00 in Shanghai (the testers' day). */
const chat = useChatBot(new Date('2026-12-05T10:00:00+08:00'));
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

const TOOK_PART = '您是参加者，组织者没能确定，暂记在您名下';
const ROSTER = '参加人数多于组织架构里登记的人数';

describe('t51b F5: the unit’s event only attended is no record of the attendee', () => {
  it('陈志强’s two talks are asked their days; the 市残联 meeting he attended is named as not recorded', async () => {
    const asked = await reply('陈志强', '11月份个人落实一岗双责情况：与教就部郑华、维权部冯雪各谈话1次，均为廉政谈话；参加了市残联警示教育大会。');
    expect(asked).not.toContain('警示教育｜');
    const said = await reply('陈志强', '郑华是11月9日，冯雪是11月23日');
    expect(said).toContain('「参加了市残联警示教育大会」是参加市残联或上级统一组织的活动');
    expect(said).not.toContain('警示教育｜');
    if (chat.activities().length === 0) await chat.say('陈志强', '确认');
    expect(chat.rows()).toEqual([
      ['talk_integrity', '2026-11-09', 'chenzhiqiang', 'zhenghua'],
      ['talk_integrity', '2026-11-23', 'chenzhiqiang', 'fengxue'],
    ]);
  });

  it('alone, it is answered why nothing was recorded, never a card', async () => {
    const said = await reply('王建国', '11月20日出席了市残联廉政教育专题培训班');
    expect(said).toContain('不记在您名下，未记录');
    expect(said).toContain('请由组织部门报送');
    expect(said).not.toContain('确认');
    expect(chat.activities()).toHaveLength(0);
  });

  it('near-miss: a head who led the department to it keeps the department’s record', async () => {
    await chat.say('孙丽', '11月20日带领科室人员参加了市纪委警示教育大会');
    if (chat.activities().length === 0) await chat.say('孙丽', '确认');
    expect(chat.activities().map((a) => [a.type, a.departmentId])).toEqual([['edu_warning', 'finance']]);
  });
});

describe('t51b F7: an education the unit held, pasted by a clerk, is asked whose', () => {
  it('林晓’s 市残联举办… asks whose, and the answer is the doer', async () => {
    const said = await reply('林晓', '【清风残联】市残联举办2026年度廉政教育专题培训班\n11月26日至27日，市残联举办廉政教育专题培训班，全体干部职工共58人参加。培训邀请市纪委监委干部作专题辅导。');
    expect(chat.activities()).toHaveLength(0);
    expect(said).toContain('张伟');
    await chat.say('林晓', '张伟');
    if (chat.activities().length === 0) await chat.say('林晓', '确认');
    expect(chat.activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual([['edu_integrity', '2026-11-26', 'zhangwei', 58]]);
  });
});

describe('t51b F8: a reason said of a record taken off goes with it', () => {
  it('「第2条不要」 takes 「您是参加者…暂记在您名下」 off the card with the record', async () => {
    const said = await reply('胡军', '11月10日与王芳进行了谈心谈话；11月13日随李明主任参加了廉政教育');
    expect(said).toContain(TOOK_PART);
    const after = await reply('胡军', '第2条不要');
    expect(after).not.toContain(TOOK_PART);
    await chat.say('胡军', '确认');
    expect(chat.rows()).toEqual([['talk_heart', '2026-11-10', 'hujun', 'wangfang']]);
  });

  it('「第2条不要」 takes 「记在他人名下（您代为上报）」 off with the head’s record it was said of (as it already did)', async () => {
    const said = await reply('王强', '11月10日与李娟进行了谈心谈话；11月13日参加了科里组织的廉政教育');
    expect(said).toContain('记在他人名下');
    expect(await reply('王强', '第2条不要')).not.toContain('记在他人名下');
  });

  it('near-miss: taking off another record keeps it', async () => {
    await chat.say('胡军', '11月10日与王芳进行了谈心谈话；11月13日随李明主任参加了廉政教育');
    const after = await reply('胡军', '第1条不要');
    expect(after).toContain(TOOK_PART);
  });
});

describe('t51b F10: a count of a department’s own people against its roster, a joint deed’s against the sum', () => {
  it('孙丽’s 「科室4人参加」 (财务科 has 3) is warned about', async () => {
    expect(await reply('孙丽', '11月21日下午财务科召开科室会议，传达学习全市党风廉政建设工作会议精神，结合财务工作查找廉政风险点，科室4人参加')).toContain(ROSTER);
  });

  it('宣文部、组联部’s 「两个部门共15名党员」 (4 registered) is warned about', async () => {
    expect(await reply('王磊', '宣文部、组联部于12月2日联合召开支部党员大会，传达学习全市警示教育大会精神，两个部门共15名党员参加')).toContain(ROSTER);
  });

  it('near-miss: a count that says no whose (维权部…参加8人) may bring guests, not warned', async () => {
    expect(await reply('冯雪', '维权部上周二组织观看了警示教育片《零容忍》第三集，参加8人')).not.toContain(ROSTER);
  });
});
