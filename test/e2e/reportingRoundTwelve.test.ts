// Reporting and leaders' questions end to end, faults of the tester's round 12 (issue 10): an answer to 「是哪类活动？」 that
// also gives the day; 您 in a message that @-mentions the one who did it; 「分管部门的责任书都签完了吗？」 answered.
import { describe, expect, it } from 'vitest';
import { sentText } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, say } = chat;

describe('round 12', () => {
  it('「廉政谈话，今天」 answering 是哪类活动 records with both, never asking the day again (F8)', async () => {
    await say('周涛', '和孙丽谈了');
    expect(lastText()).toMatch(/是哪类活动/);
    await say('周涛', '廉政谈话，今天');
    expect(lastText()).not.toMatch(/哪一天/);
    if (/请确认/.test(lastText())) await say('周涛', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([['talk_integrity', '2026-12-01', 'zhoutao', 'sunli']]);
  });

  it('@张伟 书记 …您和王建国…我帮您登记一下: a card for 张伟’s talk with 王建国, nothing recorded before 确认 (F2)', async () => {
    const zhang = { key: '@_user_1', openId: chat.t.openId('张伟'), name: '张伟' };
    await say('胡军', '@_user_1 书记 今天上午您和王建国副理事长的廉政坦话我帮您登记一下', { mentions: [zhang] });
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/廉政谈话｜2026-12-01.*对象：王建国/);
    expect(lastText()).toContain('活动人：张伟');
    expect(activities()).toEqual([]);
    await say('胡军', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([['talk_integrity', '2026-12-01', 'zhangwei', 'wangjianguo']]);
  });

  it('孙科长已于上周三和王强谈心谈话: never recorded at once, 孙丽 the one who talked (F1)', async () => {
    await say('李娟', '孙科长已于上周三和王强谈心谈话 下周拟和我谈');
    expect(lastText()).toMatch(/请确认/);
    expect(activities()).toEqual([]);
    await say('李娟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([['talk_heart', '2026-11-25', 'sunli', 'wangqiang']]);
  });

  it('「@清风 今年分管部门的责任书都签完了吗？」 is answered with her 责任书 pairs, and says why a late one is 逾期 (F11)', async () => {
    await say('刘芳', '11月20日和分管部门负责人签了责任书');
    if (/请确认/.test(lastText())) await say('刘芳', '确认');
    expect(activities().map((a) => [a.type, a.counterpartIds.join(',')])).toEqual([
      ['pledge_sign', 'zhoutao'],
      ['pledge_sign', 'wujing'],
    ]);
    const bot = { key: '@_user_1', openId: chat.t.emulator.bot.openId, name: '清风' };
    await say('刘芳', '@_user_1 今年分管部门的责任书都签完了吗？', { chatType: 'group', chatId: 'oc_testgroup', mentions: [bot] });
    const answer = sentText(chat.t.emulator.sent.at(-1)!);
    expect(answer).not.toMatch(/回答不了/);
    expect(answer).toMatch(/签订党风廉政建设责任书（限1月1日至3月31日） \| 2 \| 0 \| 逾期 \| 周涛、吴静/);
    expect(answer).not.toMatch(/责任书落实情况检查/);
    expect(answer).toContain('周涛、吴静已于11月20日完成，但晚于时限（1月1日至3月31日），按规定仍计为逾期');
    // Typed as text in the private chat, as the tester did: the same answer.
    await say('刘芳', '@清风 今年分管部门的责任书都签完了吗？');
    expect(sentText(chat.t.emulator.sent.at(-1)!)).toContain('周涛、吴静已于11月20日完成，但晚于时限');
  });
});
