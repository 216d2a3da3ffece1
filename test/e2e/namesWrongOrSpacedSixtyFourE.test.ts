// Over HTTP (issue 10, round 64 gde): names written wrong or spaced are offered, never guessed.
// - 王建国「今天和孙丽副科长进行了廉政谈话」: 孙丽 is the 科长, 王强 the 副科长 — both offered, the title said not to match (was: 孙丽
//   stored at once); 王强科长 and 财务科科长王强 likewise; 周涛主任 (no 主任 in 组联部) stays at once.
// - 刘芳「周滔和张颖今天谈了谈心」: one talk whose doer is asked, 周涛 offered, then the card (was: a talk with 张颖 and a second
//   with someone called 「周滔和」).
// - 「今天和张英、孙莉进行了廉政谈话」: each misheard name offered in turn, two records after two taps.
// - 「12月1日⇥李　明⇥张　英⇥廉政谈话」: the padded cell 张　英 offered as 张颖 (was: 和谁谈的, 张英 dropped).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 18:00 in Shanghai (the finding's clock), after the reminders' hours. */
const chat = useChatBot(new Date('2026-12-07T18:00:00+08:00'));
const { lastText, rows, say, offered } = chat;

describe('a name whose title another of the department holds', () => {
  it('王建国「今天和孙丽副科长进行了廉政谈话」 offers 孙丽 and 王强, says why; the tap on 王强 records 王强', async () => {
    const buttons = await offered('王建国', '今天和孙丽副科长进行了廉政谈话');
    expect(buttons).toEqual(['孙丽', '王强', '不在名单里', '取消']);
    expect(lastText()).toMatch(/「孙丽副科长」是哪一位？（通讯录里孙丽是财务科科长，职务对不上）/);
    expect(rows()).toHaveLength(0);
    await say('王建国', '王强');
    if (rows().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'wangjianguo', 'wangqiang']]);
  });

  it('「王强科长」 offers 王强 first and 孙丽; the tap on 孙丽 records 孙丽', async () => {
    const buttons = await offered('王建国', '今天和王强科长签订了责任书');
    expect(buttons).toEqual(['王强', '孙丽', '不在名单里', '取消']);
    expect(lastText()).toMatch(/通讯录里王强是财务科副科长，职务对不上/);
    await say('王建国', '孙丽');
    if (rows().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-07', 'wangjianguo', 'sunli']]);
  });

  it('the title before the name (与财务科科长王强) is weighed the same; nothing stored before the answer', async () => {
    await offered('王建国', '12月3日与财务科科长王强进行了廉政谈话');
    expect(lastText()).toMatch(/「财务科科长王强」是哪一位？/);
    expect(lastText()).not.toMatch(/没有对应到任何记录/);
    expect(rows()).toHaveLength(0);
  });

  it('near-misses: a courtesy title no one of the department holds (周涛主任), the title that fits (孙丽科长), a new post (新任), at once', async () => {
    await say('刘芳', '今天和周涛主任进行了廉政谈话');
    await say('王建国', '今天和孙丽科长进行了廉政谈话');
    await say('王建国', '今天与新任财务科科长王强进行了任前廉政谈话');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-07', 'liufang', 'zhoutao'],
      ['talk_integrity', '2026-12-07', 'wangjianguo', 'sunli'],
      ['talk_integrity', '2026-12-07', 'wangjianguo', 'wangqiang'],
    ]);
  });
});

describe('「周滔和张颖谈了」 from a third person', () => {
  it('刘芳「周滔和张颖今天谈了谈心」: whose talk is asked with 周涛 offered, then the card, then 周涛>张颖', async () => {
    const buttons = await offered('刘芳', '周滔和张颖今天谈了谈心');
    expect(buttons[0]).toBe('周涛');
    expect(lastText()).toMatch(/「周滔」是哪一位/);
    expect(rows()).toHaveLength(0);
    await say('刘芳', '周涛');
    expect(rows()).toHaveLength(0);
    expect(lastText()).toMatch(/确认/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'zhoutao', 'zhangying']]);
  });

  it('near-miss: 周三 is a day, not a person — the sender\'s talk with 张颖', async () => {
    await say('刘芳', '周三和张颖谈了谈心');
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'liufang', 'zhangying']]);
  });
});

describe('two misheard names, and names padded with spaces', () => {
  it('「今天和张英、孙莉进行了廉政谈话」 offers 张颖, then 孙丽; two records after the two taps', async () => {
    await say('刘芳', '今天和张英、孙莉进行了廉政谈话');
    expect(lastText()).toMatch(/是不是张颖/);
    await say('刘芳', '是的');
    expect(lastText()).toMatch(/是不是孙丽/);
    await say('刘芳', '是的');
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-07', 'liufang', 'zhangying'],
      ['talk_integrity', '2026-12-07', 'liufang', 'sunli'],
    ]);
  });

  it('a pasted row 「12月1日⇥李　明⇥张　英⇥廉政谈话」 from 李明 offers 张颖; the tap records it', async () => {
    await say('李明', '12月1日\t李　明\t张　英\t廉政谈话');
    expect(lastText()).toMatch(/通讯录里找不到「张英」。是不是张颖/);
    await say('李明', '张颖');
    if (rows().length === 0) await say('李明', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'liming', 'zhangying']]);
  });

  it('「今天和孙　丽谈了谈心」 is 孙丽 at once; 「王 强调…」 is no 王强', async () => {
    await say('王建国', '今天和孙　丽谈了谈心');
    expect(rows()).toHaveLength(1);
    // 强调 reads like a news item, so the card is shown: it holds the talk with 王芳 only.
    await say('李明', '王 强调要加强学习，今天和王芳谈了心');
    expect(lastText()).not.toMatch(/王强/);
    if (rows().length === 1) await say('李明', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-07', 'wangjianguo', 'sunli'],
      ['talk_heart', '2026-12-07', 'liming', 'wangfang'],
    ]);
  });
});
