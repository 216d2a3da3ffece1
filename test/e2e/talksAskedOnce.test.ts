// Over HTTP (n25, issue 10): several talks of one message with no kind are asked 「是哪一类谈话？」 once, and one answer
// types them all (or each person's, said clause by clause); a day-person clause after a 分别 deed gives each their day.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

/** How many of the bot's messages since `from` asked a kind. */
const kindQuestions = (from: number) => chat.t.texts().slice(from).filter((t) => /哪一类谈话|哪类活动/.test(t)).length;

describe('a clerk\'s table of three untyped talks', () => {
  it('asked once for all three; 「谈心谈话」 types them all, stored after 确认', async () => {
    const before = chat.t.texts().length;
    await say('孙丽', '1. 11月2日 与王强谈话\n2. 11月3日 与李娟谈话\n3. 11月4日 与王强谈话');
    expect(lastText()).toMatch(/与王强、李娟的这 3 次谈话是哪一类谈话？/);
    await say('孙丽', '谈心谈话');
    expect(kindQuestions(before)).toBe(1);
    if (activities().length === 0) await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-02', 'sunli', 'wangqiang'],
      ['talk_heart', '2026-11-03', 'sunli', 'lijuan'],
      ['talk_heart', '2026-11-04', 'sunli', 'wangqiang'],
    ]);
  });

  it('「和王强是廉政谈话，和李娟是谈心谈话」 types each person\'s talks, not taken for a new report', async () => {
    await say('孙丽', '1. 11月2日 与王强谈话\n2. 11月3日 与李娟谈话\n3. 11月4日 与王强谈话');
    await say('孙丽', '和王强是廉政谈话，和李娟是谈心谈话');
    expect(lastText()).not.toMatch(/已放弃/);
    if (activities().length === 0) await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-02', 'sunli', 'wangqiang'],
      ['talk_heart', '2026-11-03', 'sunli', 'lijuan'],
      ['talk_integrity', '2026-11-04', 'sunli', 'wangqiang'],
    ]);
  });

  it('「和王强是廉政谈话」 alone never types 李娟\'s talk: 王强\'s are typed, 李娟\'s still asked, nothing stored', async () => {
    await say('孙丽', '1. 11月2日 与王强谈话\n2. 11月3日 与李娟谈话\n3. 11月4日 与王强谈话');
    await say('孙丽', '和王强是廉政谈话');
    expect(activities()).toEqual([]);
    // Since round 32 (m3: a record named by its person takes the change on a waiting question) 王强's two talks are
    // typed and 李娟's alone is asked; before, it was read as a report of its own and the table dropped. Never 李娟's typed by it.
    expect(lastText()).toMatch(/已按您的更正修改（类型改为廉政谈话）/);
    expect(lastText()).toMatch(/（类型未知）｜2026-11-03｜对象：李娟/);
    expect(lastText()).not.toMatch(/廉政谈话｜2026-11-03/);
    await say('孙丽', '取消');
    expect(activities()).toEqual([]);
  });
});

describe('the brief\'s probes', () => {
  it('王建国 「今天分别和王强、李娟谈了话」: one question, 「廉政谈话」 makes two records', async () => {
    const before = chat.t.texts().length;
    await say('王建国', '今天分别和王强、李娟谈了话');
    expect(lastText()).toMatch(/与王强、李娟的这 2 次谈话是哪一类谈话？/);
    await say('王建国', '廉政谈话');
    if (activities().length === 0) await say('王建国', '确认');
    expect(kindQuestions(before)).toBe(1);
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-30', 'wangjianguo', 'wangqiang'],
      ['talk_integrity', '2026-11-30', 'wangjianguo', 'lijuan'],
    ]);
  });

  it('刘芳 「上周分别找王磊和何平谈了话，周一王磊周三何平」: each on their day, the kind asked once', async () => {
    const before = chat.t.texts().length;
    await say('刘芳', '上周分别找王磊和何平谈了话，周一王磊周三何平');
    expect(lastText()).toMatch(/这 2 次谈话是哪一类谈话/);
    await say('刘芳', '谈心谈话');
    if (activities().length === 0) await say('刘芳', '确认');
    expect(kindQuestions(before)).toBe(1);
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-23', 'liufang', 'wanglei'],
      ['talk_heart', '2026-11-25', 'liufang', 'heping'],
    ]);
  });

  it('吴静 (e20\'s row): two talks on two days, a bare 「谈心谈话」 now types both', async () => {
    await say('吴静', '昨天和刘洋谈了话，上周五和孙杰也谈了');
    await say('吴静', '谈心谈话');
    if (activities().length === 0) await say('吴静', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-29', 'wujing', 'liuyang'],
      ['talk_heart', '2026-11-27', 'wujing', 'sunjie'],
    ]);
  });
});
