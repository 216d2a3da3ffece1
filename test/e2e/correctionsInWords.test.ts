// Round 14 (issue 10): a correction or withdrawal of the latest record written in words. 「刚才那条日期错了，应该是…」
// and 「刚才那条不是王强，是李娟」 change the record only on a 确认 card that shows it before and after (never silently,
// never 「…未记录」); a report of several records asks which; 「上一条撤回」 withdraws in any word order.
import { describe, expect, it } from 'vitest';
import { buttonValues } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai (the round's day), before the reminders' hours (a scheduled notice never interleaves). */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, rows, say } = chat;

describe('a day corrected in words', () => {
  it.each([
    ['刚才那条日期错了，应该是11月20日', '2026-11-20'],
    ['上一条日期错了，应是20号', '2026-11-20'],
    ['刚才报的那条时间不对，应为11月19日', '2026-11-19'],
    ['日期写错了，应该是前天', '2026-11-29'],
  ])('「%s」 → a 确认 card, the record moved to %s only after 确认', async (said, day) => {
    await say('林晓', '11月16日对教育就业部进行了作风纪律检查');
    expect(rows()).toEqual([['inspect_style', '2026-11-16', 'linxiao', '']]);
    await say('林晓', said);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(new RegExp(`原来：作风纪律检查｜2026-11-16[\\s\\S]*改为：作风纪律检查｜${day}`));
    expect(lastText()).not.toMatch(/未记录/);
    // Nothing changed before the tap.
    expect(rows()).toEqual([['inspect_style', '2026-11-16', 'linxiao', '']]);
    await say('林晓', '确认');
    expect(lastText()).toMatch(new RegExp(`已修改：日期改为 ${day}`));
    expect(rows()).toEqual([['inspect_style', day, 'linxiao', '']]);
    // The change is audited like the form's.
    const audit = chat.t.running.store.read((db) => db.audit.filter((e) => e.action === 'update'));
    const dayOf = (x: unknown) => (x as { date?: string } | undefined)?.date;
    expect(audit.map((e) => [dayOf(e.before), dayOf(e.after)])).toEqual([['2026-11-16', day]]);
  });

  it('the card\'s 确认 button does the same as typing it', async () => {
    await say('李明', '昨天和王芳进行了谈心谈话');
    await say('李明', '刚才那条日期错了，应该是11月27日');
    const card = chat.t.emulator.sent.at(-1)!;
    expect(buttonValues(card.content)).toContainEqual({ action: 'answer', text: '确认', card: expect.any(String) });
    await chat.t.click('李明', card.messageId, { action: 'answer', text: '确认' });
    await chat.t.running.drain();
    expect(rows()).toEqual([['talk_heart', '2026-11-27', 'liming', 'wangfang']]);
  });

  it('取消 on the card leaves the record as it was, and says so', async () => {
    await say('李明', '昨天和王芳进行了谈心谈话');
    await say('李明', '上一条日期错了，应该是11月27日');
    await say('李明', '好的谢谢');
    expect(lastText()).toMatch(/记录还没有修改.*仍在等您确认/);
    await say('李明', '取消');
    expect(lastText()).toMatch(/没有修改，记录保持原样/);
    expect(rows()).toEqual([['talk_heart', '2026-11-30', 'liming', 'wangfang']]);
  });

  it('a report of several records: asked which, nothing changed', async () => {
    await say('王建国', '昨天和王强、李娟进行了廉政谈话');
    expect(activities()).toHaveLength(2);
    await say('王建国', '刚才那条日期错了，应该是11月20日');
    expect(lastText()).toMatch(/最近一次上报记录了 2 项，要把哪一项日期改为 2026-11-20/);
    expect(rows().map((r) => r[1])).toEqual(['2026-11-30', '2026-11-30']);
  });

  it('a new complete report while the change waits: recorded, the change dropped with a word', async () => {
    await say('李明', '昨天和王芳进行了谈心谈话');
    await say('李明', '刚才那条日期错了，应该是11月27日');
    await say('李明', '今天和孙丽进行了谈心谈话');
    expect(lastText()).toMatch(/待确认的修改没有执行/);
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-30', 'liming', 'wangfang'],
      ['talk_heart', '2026-12-01', 'liming', 'sunli'],
    ]);
  });
});

describe('a person or type corrected in words', () => {
  it.each([['刚才那条不是王强，是李娟'], ['上一条对象不是王强而是李娟'], ['刚才的不是王强，应该是李娟']])('「%s」 → the counterpart changed after 确认', async (said) => {
    await say('王建国', '昨天和王强进行了廉政谈话');
    await say('王建国', said);
    expect(lastText()).toMatch(/原来：廉政谈话｜2026-11-30（昨天）｜对象：王强[\s\S]*改为：廉政谈话｜2026-11-30（昨天）｜对象：李娟/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'wangjianguo', 'wangqiang']]);
    await say('王建国', '对');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'wangjianguo', 'lijuan']]);
  });

  it('of several records, the one with that person is the one changed', async () => {
    await say('王建国', '昨天和王强、李娟进行了廉政谈话');
    await say('王建国', '刚才那条不是李娟，是孙丽');
    await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-30', 'wangjianguo', 'wangqiang'],
      ['talk_integrity', '2026-11-30', 'wangjianguo', 'sunli'],
    ]);
  });

  it('「刚才那条不是警示教育，是廉政教育」 changes the type after 确认', async () => {
    await say('李明', '昨天组织观看警示教育片《围猎》，参加8人');
    if (/请确认/.test(lastText())) await say('李明', '确认');
    await say('李明', '刚才那条不是警示教育，是廉政教育');
    expect(lastText()).toMatch(/类型改为廉政教育/);
    await say('李明', '确认');
    expect(rows()).toEqual([['edu_integrity', '2026-11-30', 'liming', '']]);
  });

  it('a person not on the latest record: said, nothing changed', async () => {
    await say('王建国', '昨天和王强进行了廉政谈话');
    await say('王建国', '刚才那条不是孙丽，是李娟');
    expect(lastText()).toMatch(/没有「孙丽」，没有改动/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'wangjianguo', 'wangqiang']]);
  });
});

describe('a withdrawal in words, any word order', () => {
  it.each([['上一条撤回'], ['刚才那条撤销'], ['撤回刚才那条'], ['上条作废'], ['刚才那条不算'], ['撤回上一条']])('「%s」 withdraws the latest record', async (said) => {
    await say('胡军', '今天和李娟谈心谈话');
    await say('胡军', '昨天和王强谈心谈话');
    await say('胡军', said);
    expect(lastText()).toMatch(/已撤销：谈心谈话｜2026-11-30/);
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'hujun', 'lijuan']]);
  });
});

describe('in a group', () => {
  it('a correction in words changes nothing there and points to the receipt or the private chat', async () => {
    await say('李明', '昨天和王芳进行了谈心谈话');
    const bot = chat.t.emulator.bot;
    await say('李明', '@_user_1 刚才那条日期错了，应该是11月27日', { chatType: 'group', chatId: 'oc_testgroup', mentions: [{ key: '@_user_1', openId: bot.openId, name: bot.name }] });
    expect(lastText()).toMatch(/在群里不按「刚才那条」修改/);
    expect(lastText()).not.toMatch(/谈心谈话｜2026-11-30/);
    expect(rows()).toEqual([['talk_heart', '2026-11-30', 'liming', 'wangfang']]);
  });
});
