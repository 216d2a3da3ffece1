// Over HTTP: the other side of a pair reporting a talk or signing already recorded. One deed counts once, so a reflexive
// 「确认」 does not record it again (found by newcomer n3: the year-end account counted one talk three times); only
// 「仍要记录」 (a second talk the same day) does. The sender’s own repeat keeps its plain question when it is alone on the
// card; in a list, 确认 holds it back too.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { buttonValues } from '../support/testBot.js';

const bot = useChatBot(new Date('2026-11-30T18:00:00+08:00'));
const activities = () => bot.activities();
const say = (from: string, text: string): Promise<string> => bot.answerText(from, text);

describe('the other side’s record of the same deed', () => {
  it.each([
    ['王建国', '11月20日和孙丽进行了廉政谈话', '孙丽', '11月20日和王建国副理事长进行了廉政谈话'],
    // The subordinate's report of it is held by the superior (superiorHolds): the SAME record, said to be 王建国's.
    ['王建国', '今天和李明进行了廉政谈话', '李明', '今天和王建国副理事长进行了廉政谈话'],
    ['孙丽', '今天和王强进行了谈心谈话', '王强', '今天跟孙科长谈心谈话'],
    ['刘芳', '11月20日与吴静签订了党风廉政建设责任书', '吴静', '11月20日同刘副理事长签了责任书'],
    ['张伟', '11月20日和王建国签订了党风廉政建设责任书', '王建国', '11月20日和张伟书记签订了党风廉政建设责任书'],
  ])('%s「%s」, then %s「%s」: 确认/对/好的 record nothing more; 仍要记录 records a second', async (first, a, second, b) => {
    await say(first, a);
    expect(activities()).toHaveLength(1);
    // Each of 确认/对/好的 closes the card with nothing added (round 37 fjf, t36c F13: it stayed, asking again).
    for (const word of ['确认', '对', '好的']) {
      const asked = await say(second, b);
      expect(asked).toMatch(/已记录了.*仍要再记一条吗？/);
      const reply = await say(second, word);
      expect(reply).toContain('同一次只记一次');
      expect(reply).toContain('什么也没有添加');
      expect(activities()).toHaveLength(1);
    }
    await say(second, b);
    await say(second, '仍要记录');
    expect(activities()).toHaveLength(2);
    // Eight turns since round 37 (the report sent again for each word): more than the default 20 s on a loaded machine.
  }, 60_000);

  it('the card’s button says 仍要记录 and records it; 取消 keeps one', async () => {
    await say('王建国', '11月20日和孙丽进行了廉政谈话');
    const card = (await bot.answers('孙丽', '11月20日和王建国副理事长进行了廉政谈话')).at(-1)!;
    const yes = buttonValues(card.content).find((v) => v.action === 'answer' && v.text === '仍要记录');
    expect(yes).toBeDefined();
    await bot.t.click('孙丽', card.messageId, yes!);
    expect(activities()).toHaveLength(2);
  });

  it('in a report of several records, 确认 records the others and says which one the other side had recorded', async () => {
    await say('王建国', '11月20日和孙丽进行了廉政谈话');
    const asked = await say('孙丽', '11月20日和王建国副理事长进行了廉政谈话，11月21日和王强进行了廉政谈话');
    expect(asked).toContain('请确认');
    const receipt = await say('孙丽', '确认');
    expect(receipt).toMatch(/已记录 1 项[\s\S]*王强/);
    expect(receipt).toContain('第1条对方已记录过，同一次只记一次，没有再记');
    expect(activities().map((a) => [a.actorId, a.counterpartIds[0]])).toEqual([
      ['wangjianguo', 'sunli'],
      ['sunli', 'wangqiang'],
    ]);
  });

  it('the sender’s own repeat still takes a plain 是的', async () => {
    await say('王建国', '今天和李明进行了廉政谈话');
    expect(await say('王建国', '今天和李明进行了廉政谈话')).toContain('已有一条相同记录，仍要再记一条吗？');
    await say('王建国', '是的');
    expect(activities()).toHaveLength(2);
  });
});

describe('the sender’s own repeat inside a list (round 16: the card said 「确认则照样记录」)', () => {
  it('确认 on a list records the new items and holds the repeat back, naming it; 仍要记录 records all', async () => {
    await say('王建国', '11月20日和李明主任进行了廉政谈话');
    const asked = await say('王建国', '1. 11月20日和李明主任进行了廉政谈话\n2. 11月23日和孙丽进行了廉政谈话');
    expect(asked).toContain('已有一条相同记录');
    expect(asked).toContain('「确认」不会再记');
    expect(asked).not.toContain('照样记录');
    const receipt = await say('王建国', '确认');
    expect(receipt).toContain('第1条已有一条相同记录，同一次只记一次，没有再记');
    expect(activities().map((a) => [a.date, a.counterpartIds[0]])).toEqual([
      ['2026-11-20', 'liming'],
      ['2026-11-23', 'sunli'],
    ]);

    await say('王建国', '1. 11月20日和李明主任进行了廉政谈话\n2. 11月24日和王强进行了廉政谈话');
    await say('王建国', '仍要记录');
    expect(activities().map((a) => a.date)).toEqual(['2026-11-20', '2026-11-23', '2026-11-20', '2026-11-24']);
  });
});

describe('a list whose every item repeats the sender’s own records', () => {
  it('确认 records nothing and says they are all recorded already (not that the other side recorded them)', async () => {
    await say('王建国', '11月20日和李明主任进行了廉政谈话');
    await say('王建国', '11月23日和孙丽进行了廉政谈话');
    await say('王建国', '1. 11月20日和李明主任进行了廉政谈话\n2. 11月23日和孙丽进行了廉政谈话');
    const reply = await say('王建国', '确认');
    expect(reply).toContain('这些都已有相同记录');
    expect(reply).not.toContain('对方');
    expect(activities()).toHaveLength(2);
  });
});

// Round 27 u: the subordinate's report of a talk with their direct superior is the superior's talk, with or without 我.
describe('the subordinate reports the talk their superior held', () => {
  const rows = () => activities().map((a) => [a.actorId, a.counterpartIds.join(','), a.date, a.reporter]);

  it('李明「今天和王建国副理事长进行了廉政谈话」: a card naming 王建国, 确认 stores 王建国>李明; 王建国 telling it then is asked and 确认 adds nothing', async () => {
    const card = await say('李明', '今天和王建国副理事长进行了廉政谈话');
    expect(card).toContain('请确认');
    expect(card).toContain('王建国是您的上级');
    expect(activities()).toHaveLength(0);
    await say('李明', '确认');
    expect(rows()).toEqual([['wangjianguo', 'liming', '2026-11-30', bot.t.openId('李明')]]);
    expect(await say('王建国', '今天和李明进行了廉政谈话')).toContain('李明已记录了今天与您的廉政谈话，仍要再记一条吗？');
    expect(await say('王建国', '确认')).toContain('同一次只记一次');
    expect(activities()).toHaveLength(1);
  });

  it('李明 telling it twice is his own repeat: 已有一条相同记录, and 取消 keeps one', async () => {
    await say('李明', '今天和王建国副理事长进行了廉政谈话');
    await say('李明', '确认');
    const again = await say('李明', '今天同王副理事长进行了廉政谈话');
    // A card of one asking 请确认 (whose talk it is) holds the repeat back on 确认, as a card of several does (round 30g §14).
    expect(again).toContain('已有一条相同记录');
    expect(again).toContain('这条已有相同记录，「确认」不会再记');
    await say('李明', '取消');
    expect(rows()).toEqual([['wangjianguo', 'liming', '2026-11-30', bot.t.openId('李明')]]);
  });

  it('without a day: the day is asked, then the card names 王建国, and 确认 stores his talk with 李明 on that day', async () => {
    expect(await say('李明', '和王建国副理事长进行了廉政谈话')).toContain('是哪一天');
    const card = await say('李明', '昨天');
    expect(card).toContain('请确认');
    expect(activities()).toHaveLength(0);
    await say('李明', '确认');
    expect(rows()).toEqual([['wangjianguo', 'liming', '2026-11-29', bot.t.openId('李明')]]);
  });

  it('王强「今天跟孙科长签了廉政承诺书」 after 孙丽 recorded it: asked whose record it is, nothing more stored', async () => {
    await say('孙丽', '今天和王强签订了廉政承诺书');
    expect(activities()).toHaveLength(1);
    expect(await say('王强', '今天跟孙科长签了廉政承诺书')).toContain('孙丽已记录了今天与您签订的责任书，仍要再记一条吗？');
    await say('王强', '好的');
    expect(rows()).toEqual([['sunli', 'wangqiang', '2026-11-30', bot.t.openId('孙丽')]]);
  });

  it('near-misses stay the sender’s and are stored at once: a sought 谈心, a peer, a leader with a head he does not supervise', async () => {
    expect(await say('杨帆', '今天主动找王磊部长谈心')).toContain('已记录 1 项');
    expect(await say('王芳', '今天和胡军进行了谈心谈话')).toContain('已记录 1 项');
    expect(await say('周涛', '今天和王建国副理事长进行了廉政谈话')).toContain('已记录 1 项');
    expect(rows()).toEqual([
      ['yangfan', 'wanglei', '2026-11-30', bot.t.openId('杨帆')],
      ['wangfang', 'hujun', '2026-11-30', bot.t.openId('王芳')],
      ['zhoutao', 'wangjianguo', '2026-11-30', bot.t.openId('周涛')],
    ]);
  });
});
