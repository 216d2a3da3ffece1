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
    ['李明', '今天和王建国副理事长进行了廉政谈话', '王建国', '今天和李明进行了廉政谈话'],
    ['张伟', '11月20日和王建国签订了党风廉政建设责任书', '王建国', '11月20日和张伟书记签订了党风廉政建设责任书'],
  ])('%s「%s」, then %s「%s」: 确认/对/好的 record nothing more; 仍要记录 records a second', async (first, a, second, b) => {
    await say(first, a);
    expect(activities()).toHaveLength(1);
    const asked = await say(second, b);
    expect(asked).toMatch(/已记录了.*仍要再记一条吗？/);
    for (const word of ['确认', '对', '好的']) {
      const reply = await say(second, word);
      expect(reply).toContain('同一次只记一次');
      expect(activities()).toHaveLength(1);
    }
    await say(second, '仍要记录');
    expect(activities()).toHaveLength(2);
  });

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
    await say('李明', '今天和王建国进行了廉政谈话');
    expect(await say('李明', '今天和王建国进行了廉政谈话')).toContain('已有一条相同记录，仍要再记一条吗？');
    await say('李明', '是的');
    expect(activities()).toHaveLength(2);
  });
});

describe('the sender’s own repeat inside a list (round 16: the card said 「确认则照样记录」)', () => {
  it('确认 on a list records the new items and holds the repeat back, naming it; 仍要记录 records all', async () => {
    await say('李明', '11月20日和王建国副理事长进行了廉政谈话');
    const asked = await say('李明', '1. 11月20日和王建国副理事长进行了廉政谈话\n2. 11月23日和孙丽进行了廉政谈话');
    expect(asked).toContain('已有一条相同记录');
    expect(asked).toContain('「确认」不会再记');
    expect(asked).not.toContain('照样记录');
    const receipt = await say('李明', '确认');
    expect(receipt).toContain('第1条已有一条相同记录，同一次只记一次，没有再记');
    expect(activities().map((a) => [a.date, a.counterpartIds[0]])).toEqual([
      ['2026-11-20', 'wangjianguo'],
      ['2026-11-23', 'sunli'],
    ]);

    await say('李明', '1. 11月20日和王建国副理事长进行了廉政谈话\n2. 11月24日和王强进行了廉政谈话');
    await say('李明', '仍要记录');
    expect(activities().map((a) => a.date)).toEqual(['2026-11-20', '2026-11-23', '2026-11-20', '2026-11-24']);
  });
});

describe('a list whose every item repeats the sender’s own records', () => {
  it('确认 records nothing and says they are all recorded already (not that the other side recorded them)', async () => {
    await say('李明', '11月20日和王建国副理事长进行了廉政谈话');
    await say('李明', '11月23日和孙丽进行了廉政谈话');
    await say('李明', '1. 11月20日和王建国副理事长进行了廉政谈话\n2. 11月23日和孙丽进行了廉政谈话');
    const reply = await say('李明', '确认');
    expect(reply).toContain('这些都已有相同记录');
    expect(reply).not.toContain('对方');
    expect(activities()).toHaveLength(2);
  });
});
