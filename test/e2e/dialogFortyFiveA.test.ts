// Over HTTP, round 45 fixer A (testers t47a/t47b on 92ffa4dd's parent, /work/rounds/r44/t47{a,b}-findings.md; issue 10):
//  t47b F1  「不对，谈话对象是财务科的李娟，不是王强。另外是周三」 after a recorded talk with 王强 — was a NEW report of
//           李娟 and 王强 (one tap from a second, wrong 王强 talk, the old record left); the shorter form was 没看懂;
//  t47b F6  「日期不对，是本周三不是周二」 (a lead-in before a working correction) — was 没看懂;
//  t47a F5  「第2条不对，类型是廉政教育，学的是《八项规定实施细则》」 on a waiting card — was answered with the duty rules;
//  t47b F11 「第2条不要，风险点排查是会上做的」 on a waiting card — was 「这条消息没有记录」.
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
const standing = () => chat.activities().filter((a) => !a.deletedAt);
const talks = () => standing().map((a) => [a.type, a.date, a.counterpartIds.join(',')]);

/** 孙丽's talk with 王强 on Tuesday 12-01, recorded. */
async function talkRecorded(): Promise<void> {
  await reply('孙丽', '本周二和王强同志谈心谈话');
  if (chat.activities().length === 0) await chat.say('孙丽', '确认');
  expect(talks()).toEqual([['talk_heart', '2026-12-01', 'wangqiang']]);
}

describe('t47b F1: 对象是X，不是Y (and more) after a record corrects it; Y is never a counterpart', () => {
  it.each([
    '不对，谈话对象是财务科的李娟，不是王强。另外是周三',
    '不对，对象是李娟，不是王强。另外是周三',
    '对象是李娟不是王强，日期是周三',
    '不是王强，是李娟。另外是周三不是周二',
    '刚才那条不对，对象应该是李娟，日期应该是12月2日',
    '更正一下：谈话对象是李娟，不是王强；时间是本周三',
    '对象错了，是李娟；日期也错了，是12月2日',
    '搞错了，对象是李娟，而不是王强，另外日期是周三',
    '不对，是和李娟谈的，不是王强，还有是周三',
  ])('「%s」 → one change card (王强→李娟, 12-01→12-02); 确认 changes the one record', async (text) => {
    await talkRecorded();
    const said = await reply('孙丽', text);
    expect(said).toContain('李娟');
    expect(said).toContain('2026-12-02');
    expect(said).not.toContain('是哪一类');
    expect(talks()).toEqual([['talk_heart', '2026-12-01', 'wangqiang']]);
    await chat.say('孙丽', '确认');
    expect(talks()).toEqual([['talk_heart', '2026-12-02', 'lijuan']]);
  });

  it.each(['不对，谈话对象是财务科的李娟，不是王强', '对象是李娟，而不是王强', '纠正一下，是李娟不是王强'])(
    '「%s」 → the counterpart changed on 确认, the day kept',
    async (text) => {
      await talkRecorded();
      expect(await reply('孙丽', text)).toContain('李娟');
      await chat.say('孙丽', '确认');
      expect(talks()).toEqual([['talk_heart', '2026-12-01', 'lijuan']]);
    },
  );

  it('冯雪’s own case: the person said is already the record’s — the day changed, the person said to be so already', async () => {
    await reply('冯雪', '本周二和赵磊同志谈心谈话');
    if (chat.activities().length === 0) await chat.say('冯雪', '确认');
    const said = await reply('冯雪', '不对，谈话对象是维权部的赵磊，不是王磊。另外是周三');
    expect(said).toContain('2026-12-02');
    expect(said).toContain('已经是「赵磊」');
    await chat.say('冯雪', '确认');
    expect(talks()).toEqual([['talk_heart', '2026-12-02', 'zhaolei']]);
  });

  it('a person not in the directory: nothing changed, said so, no new record', async () => {
    await talkRecorded();
    const said = await reply('孙丽', '不对，对象是刘小红，不是王强。另外是周三');
    expect(said).toContain('没有改动');
    await chat.say('孙丽', '确认');
    expect(talks()).toEqual([['talk_heart', '2026-12-01', 'wangqiang']]);
  });

  it('with no record to correct: nothing recorded, 王强 never a counterpart', async () => {
    const said = await reply('孙丽', '不对，谈话对象是财务科的李娟，不是王强。另外是周三');
    await chat.say('孙丽', '确认');
    expect(said).not.toMatch(/对象：[^\n]*王强/);
    expect(standing().filter((a) => a.counterpartIds.includes('wangqiang'))).toEqual([]);
  });

  it('near-miss: a new report with 不是 and nothing waiting is a report of the stated type, not a correction', async () => {
    const said = await reply('孙丽', '11月30日和王强谈了话，这次不是廉政谈话，是谈心谈话');
    expect(said).not.toContain('没有可以更正的记录');
    if (standing().length === 0) await chat.say('孙丽', '确认');
    expect(talks()).toEqual([['talk_heart', '2026-11-30', 'wangqiang']]);
  });
});

describe('t47b F6: a lead-in (日期不对 · 时间写错了 · 更正一下 · 刚才那条…) before a working correction', () => {
  it.each([
    '日期不对，是本周三不是周二',
    '日期不对，是周三不是周二',
    '时间写错了，是周三不是周二',
    '搞错了，是本周三，不是本周二',
    '更正一下，日期是周三',
    '纠正一下：应该是12月2日',
    '刚才那条日期不对，是周三不是周二',
    '刚才那条时间写错了，应该是周三',
    '日期错了，是本周三不是周二',
    '日期搞错了，应该是本周三',
  ])('「%s」 → a change card 12-01 → 12-02; 确认 stores 12-02', async (text) => {
    await talkRecorded();
    const said = await reply('孙丽', text);
    expect(said).not.toContain('没看懂');
    expect(said).toContain('2026-12-02');
    await chat.say('孙丽', '确认');
    expect(talks()).toEqual([['talk_heart', '2026-12-02', 'wangqiang']]);
  });

  it.each(['类型不对，是廉政谈话不是谈心谈话', '更正一下，类型应该是廉政谈话', '刚才那条类型写错了，是廉政谈话'])(
    '「%s」 → the type changed on 确认',
    async (text) => {
      await talkRecorded();
      expect(await reply('孙丽', text)).toContain('廉政谈话');
      await chat.say('孙丽', '确认');
      expect(talks()).toEqual([['talk_integrity', '2026-12-01', 'wangqiang']]);
    },
  );

  it.each([
    ['更正一下，人数是8人', 8, '中国共产党纪律处分条例'],
    ['人数写错了，是8人不是6人', 8, '中国共产党纪律处分条例'],
    ['刚才那条人数不对，应该是8人', 8, '中国共产党纪律处分条例'],
    ['题目不对，学的是《廉洁自律准则》', 6, '廉洁自律准则'],
    ['更正一下，学的是《廉洁自律准则》，参加的是8人', 8, '廉洁自律准则'],
  ])('a study recorded, then 「%s」 → changed on 确认', async (text, attendees, title) => {
    await reply('孙丽', '本周二组织财务科学习《中国共产党纪律处分条例》，参加6人');
    if (standing().length === 0) await chat.say('孙丽', '确认');
    expect(await reply('孙丽', text)).not.toContain('没看懂');
    await chat.say('孙丽', '确认');
    expect(standing().map((a) => [a.attendees, a.title])).toEqual([[attendees, title]]);
  });
});

/** 吴静's two-item card: a talk with 刘洋 11-30 and a film 12-02 《零容忍》 6人, waiting. */
const WU_JING = '11月30日与刘洋进行了谈心谈话；12月2日组织康复部观看警示教育片《零容忍》，参加6人';

describe('t47a F5: several fields of one card item in one message', () => {
  it.each([
    ['第2条不对，类型是廉政教育，学的是《八项规定实施细则》', ['edu_integrity', '2026-12-02', '八项规定实施细则', 6]],
    ['第2条类型是廉政教育，题目是《八项规定实施细则》', ['edu_integrity', '2026-12-02', '八项规定实施细则', 6]],
    ['第二条错了，应该是廉政教育，学习的是《八项规定实施细则》', ['edu_integrity', '2026-12-02', '八项规定实施细则', 6]],
    ['第2条日期是12月3日，参加的是8人', ['edu_warning', '2026-12-03', '零容忍', 8]],
    ['第2条不对，日期是12月3日，参加的是8人', ['edu_warning', '2026-12-03', '零容忍', 8]],
    ['第2条改一下：人数8人，日期12月3日', ['edu_warning', '2026-12-03', '零容忍', 8]],
    ['第2条错了，类型是廉政教育，参加的是8人', ['edu_integrity', '2026-12-02', '零容忍', 8]],
    ['第2条不对，看的是《围猎》，日期是12月3日', ['edu_warning', '2026-12-03', '围猎', 6]],
    ['第2条日期不对，是12月3日不是12月2日', ['edu_warning', '2026-12-03', '零容忍', 6]],
    ['第2条日期写错了，应该是12月3日', ['edu_warning', '2026-12-03', '零容忍', 6]],
    ['更正一下，第2条人数是8人', ['edu_warning', '2026-12-02', '零容忍', 8]],
    ['日期写错了，第2条是12月3日', ['edu_warning', '2026-12-03', '零容忍', 6]],
    ['纠正一下：第2条类型是廉政教育，学的是《八项规定实施细则》', ['edu_integrity', '2026-12-02', '八项规定实施细则', 6]],
  ])('「%s」 → item 2 changed, item 1 kept; 确认 stores both', async (text, [type, day, title, n]) => {
    expect(await reply('吴静', WU_JING)).toContain('确认');
    const said = await reply('吴静', text);
    expect(said).not.toContain('职责清单');
    expect(said).toContain('已按您的更正修改');
    await chat.say('吴静', '确认');
    expect(standing().map((a) => [a.type, a.date, a.title ?? '', a.attendees ?? 0]).sort()).toEqual(
      [
        ['talk_heart', '2026-11-30', '', 0],
        [type, day, title, n],
      ].sort(),
    );
  });
});

describe('t47b F1 on a waiting card: 对象是X，不是Y and a day for one item', () => {
  it.each(['第1条不对，对象是张颖，不是刘洋。另外是11月29日', '第1条对象是张颖不是刘洋，日期是11月29日', '第1条搞错了，是和张颖谈的，不是刘洋，日期是11月29日'])(
    '「%s」 → item 1 changed, 刘洋 no counterpart',
    async (text) => {
      await reply('吴静', WU_JING);
      expect(await reply('吴静', text)).toContain('已按您的更正修改');
      await chat.say('吴静', '确认');
      expect(standing().map((a) => [a.type, a.date, a.counterpartIds.join(',')]).sort()).toEqual(
        [
          ['edu_warning', '2026-12-02', ''],
          ['talk_heart', '2026-11-29', 'zhangying'],
        ].sort(),
      );
    },
  );
});

describe('t47b F11: 第N条不要 (and the like) removes item N of a waiting card', () => {
  it.each([
    '第2条不要，风险点排查是会上做的',
    '第2条不要',
    '第2条不用记',
    '第二条去掉',
    '第2条删掉吧',
    '第2条不算',
    '第2条别记了',
    '第2条多了',
    '第二条不用记了，那是会上一起做的',
    '第2条去掉，是重复的',
  ])('「%s」 → item 2 dropped, the card waits; 确认 stores item 1 only', async (text) => {
    expect(await reply('吴静', WU_JING)).toContain('确认');
    const said = await reply('吴静', text);
    expect(said).not.toContain('这条消息没有记录');
    expect(standing()).toEqual([]);
    await chat.say('吴静', '确认');
    expect(standing().map((a) => a.type)).toEqual(['talk_heart']);
  });

  it('near-miss: 「第2条不对」 alone changes nothing and says so', async () => {
    await reply('吴静', WU_JING);
    await reply('吴静', '第2条不对');
    await chat.say('吴静', '确认');
    expect(standing().map((a) => a.type).sort()).toEqual(['edu_warning', 'talk_heart']);
  });
});
