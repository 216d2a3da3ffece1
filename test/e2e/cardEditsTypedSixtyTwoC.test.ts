// Round 62 (issue 10), fixer gbc: edits typed while a card waits, nothing stored yet (t64a Part B: G3, G4, G6, G7, G9).
// 1. 第1条是合计的不用记，黄书记是谈话人不是对象 on a pasted list waiting for the total line's day — both applied (was: the drop
//    only, 黄志刚 stayed the one talked to and 确认 stored it).
// 2. 第一条是总数不用单独记 · 第1条不用记 是总数 · 第一条是汇总 — the total line dropped and said (was: not understood, or a query).
// 3. 黄书记是谈话人不是对象 on a 确认 card (with a drop beside it or not) — 黄志刚 the doer (was: the card back unchanged, no word).
// 4. 对象是办公室和财务科全体人员，赵敏不是对象 — every member of both departments, the doer not among them, 赵敏 said not there
//    (was: 这条消息没有记录).
// 5. 王磊和杨帆是今天上午谈的，不是昨天 — those two records take today (was: a new report, 王磊 the doer, its kind asked).
// 6. 都改 after 「是哪一条」 — the change on every record it could mean (was: not understood).
// Near-misses: 对，就是这些 is a yes; 不对 alone asks what; 和王磊的是11月20日 as before; a complete new report beside a card is its own.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai, the corpus's day. */
const NOW = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(NOW);
const { activities, answerText, say, rows } = chat;

/**
 * A pasted list whose first line sums the month up with no day: its day is asked first. Round 63 (gcb): the list was
 * 「本月共开展廉政谈话3人次：⏎1. 合计谈话3人次⏎…」, whose counted heading is no record any more (totalHeading; see
 * test/e2e/cardEditsSixtyThreeB.test.ts), so the line the member leaves out is now one the bot still reads as a deed.
 */
const TOTAL = '本月廉政谈话情况：\n1. 本月开展廉政谈话\n2. 11月24日与黄书记对孙杰进行廉政谈话\n3. 11月25日与黄书记对徐辉进行廉政谈话';
/** A list read with 黄志刚 among the people talked to, on a 确认 card of four. */
const WITH_HUANG = '1. 11月24日与黄书记、孙杰进行廉政谈话\n2. 11月25日与黄书记、徐辉进行廉政谈话';
/** A clerk's report of 赵敏's talks, on a 确认 card (someone else's records). */
const ZHAO = '11月29日，赵敏书记分别与宣文部王磊、杨帆和康复中心何平进行了廉政谈话';
/** 王建国's group talk with 赵敏 among the people, on a 确认 card. */
const GROUP = '今天上午和办公室李明、财务科孙丽及赵敏书记进行了集体廉政谈话，强调要严守纪律';

describe('1. a total line dropped and the doer changed in one message, while a question waits (t64a G3)', () => {
  it.each([
    ['第1条是合计的不用记，黄书记是谈话人不是对象'],
    ['第一条是汇总 黄书记是谈话人 不是对象'],
    ['第1条是合计的，不用记。黄书记是谈话人，不是谈话对象'],
    ['第1条不用记 是总数，黄书记不是对象是谈话人'],
  ])('林晓 「%s」 → 黄志刚–孙杰 11-24 and 黄志刚–徐辉 11-25 on a card → 确认', async (text) => {
    expect(await answerText('林晓', TOTAL)).toMatch(/是哪一天进行的/);
    const answer = await answerText('林晓', text);
    expect(answer).toMatch(/去掉「廉政谈话｜（日期未知）」/);
    expect(answer).toMatch(/黄志刚改为谈话人（活动人），不再是谈话对象/);
    expect(answer).toMatch(/请确认以下 2 条记录/);
    expect(answer).toMatch(/廉政谈话｜2026-11-24｜对象：孙杰（康复中心医师）｜活动人：黄志刚/);
    expect(answer).not.toMatch(/对象：黄志刚/);
    expect(activities()).toEqual([]);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-24', 'huangzhigang', 'sunjie'],
      ['talk_integrity', '2026-11-25', 'huangzhigang', 'xuhui'],
    ]);
  });
});

describe('2. the total line alone (t64a G9)', () => {
  it.each([['第一条是总数不用单独记'], ['第1条不用记 是总数'], ['第一条是汇总'], ['1号那条是合计数'], ['第一个是总数 不用记'], ['第一条是合计的，不用单独记录']])(
    '林晓 「%s」 → the line off, said; the four talks on a card, nothing stored',
    async (text) => {
      await say('林晓', TOTAL);
      const answer = await answerText('林晓', text);
      expect(answer).toMatch(/已去掉「廉政谈话｜（日期未知）」/);
      expect(answer).toMatch(/请确认以下 4 条记录/);
      expect(activities()).toEqual([]);
    },
  );
});

describe('3. 黄书记是谈话人不是对象 on a 确认 card (t64a G3 on the card)', () => {
  it.each([['黄书记是谈话人不是对象'], ['黄书记是谈话人，不是谈话对象'], ['黄志刚书记是主谈人 不是被谈话人']])('林晓 「%s」 → two talks of 黄志刚 → 确认', async (text) => {
    expect(await answerText('林晓', WITH_HUANG)).toMatch(/请确认以下 4 条记录/);
    const answer = await answerText('林晓', text);
    expect(answer).toMatch(/黄志刚改为谈话人/);
    expect(answer).toMatch(/请确认以下 2 条记录/);
    expect(activities()).toEqual([]);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-24', 'huangzhigang', 'sunjie'],
      ['talk_integrity', '2026-11-25', 'huangzhigang', 'xuhui'],
    ]);
  });

  it('a drop beside it: 第4条不要，黄书记是谈话人不是对象 → only 黄志刚–孙杰', async () => {
    await say('林晓', WITH_HUANG);
    const answer = await answerText('林晓', '第4条不要，黄书记是谈话人不是对象');
    expect(answer).toMatch(/去掉第4条；黄志刚改为谈话人/);
    await say('林晓', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'huangzhigang', 'sunjie']]);
  });
});

describe('4. the people said as whole departments, one denied (t64a G6)', () => {
  const EIGHT = ['liming', 'huangzhigang', 'linxiao', 'wangfang', 'hujun', 'sunli', 'wangqiang', 'lijuan'];
  it.each([['对象是办公室和财务科全体人员，赵敏不是对象'], ['对象是办公室 财务科两个部门全体人员 赵敏不是对象'], ['谈话对象改为办公室、财务科的全体同志，赵书记不是谈话对象']])(
    '王建国 「%s」 → one talk per member of 办公室 and 财务科, 赵敏 said not there → 确认',
    async (text) => {
      expect(await answerText('王建国', GROUP)).toMatch(/请确认以下 3 条记录/);
      const answer = await answerText('王建国', text);
      expect(answer).toMatch(/谈话对象改为办公室、财务科全体人员（8人，不含活动人）/);
      expect(answer).toMatch(/赵敏不在谈话对象中/);
      expect(answer).not.toMatch(/对象：赵敏/);
      expect(activities()).toEqual([]);
      await say('王建国', '确认');
      expect(rows()).toEqual(EIGHT.map((id) => ['talk_integrity', '2026-11-30', 'wangjianguo', id]));
    },
  );

  it('赵敏不是对象 alone → 赵敏 taken off, the two others kept', async () => {
    await say('王建国', GROUP);
    expect(await answerText('王建国', '赵敏不是对象')).toMatch(/去掉赵敏，不是谈话对象/);
    await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-30', 'wangjianguo', 'liming'],
      ['talk_integrity', '2026-11-30', 'wangjianguo', 'sunli'],
    ]);
  });

  it('the doer is never one of the people: 刘芳 with 组联部 and 康复部 (she belongs to neither; four people)', async () => {
    await say('刘芳', '今天上午和周涛、吴静及王建国副理事长进行了集体廉政谈话，强调要严守纪律');
    const answer = await answerText('刘芳', '对象是组联部和康复部全体人员，王建国不是对象');
    expect(answer).toMatch(/（4人，不含活动人）/);
    await say('刘芳', '确认');
    expect(rows().map((r) => r[3])).toEqual(['zhoutao', 'zhangying', 'wujing', 'liuyang']);
  });
});

describe('5. some people\'s own day on a waiting card (t64a G4)', () => {
  it.each([
    ['王磊和杨帆是今天上午谈的，不是昨天', '2026-11-30'],
    ['王磊、杨帆不是昨天是今天', '2026-11-30'],
    ['王磊和杨帆不是昨天，是今天上午谈的', '2026-11-30'],
    ['王部长和杨帆是今天谈的 不是昨天', '2026-11-30'],
    ['王磊和杨帆改成11月25日', '2026-11-25'],
    ['王磊和杨帆是上周三的', '2026-11-25'],
    ['王磊和杨帆两人是11.26谈的', '2026-11-26'],
  ])('孙杰 「%s」 → 王磊 and 杨帆 on %s, 何平 kept on 11-29 → 确认', async (text, day) => {
    expect(await answerText('孙杰', ZHAO)).toMatch(/请确认以下 3 条记录/);
    const answer = await answerText('孙杰', text);
    expect(answer).toMatch(/和王磊、杨帆的日期改为/);
    expect(answer).not.toMatch(/仍在等您确认，没有被这条新上报代替/);
    expect(activities()).toEqual([]);
    await say('孙杰', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', day, 'zhaomin', 'wanglei'],
      ['talk_integrity', day, 'zhaomin', 'yangfan'],
      ['talk_integrity', '2026-11-29', 'zhaomin', 'heping'],
    ]);
  });

  it('near-miss: 和王磊的是11月20日 changes 王磊\'s only, as before', async () => {
    await say('孙杰', ZHAO);
    expect(await answerText('孙杰', '和王磊的是11月20日')).toMatch(/日期改为 2026-11-20/);
    await say('孙杰', '确认');
    expect(rows().map((r) => r[1])).toEqual(['2026-11-20', '2026-11-29', '2026-11-29']);
  });

  it('near-miss: someone not on the card (王磊和冯雪是今天谈的) is no change of this card', async () => {
    await say('孙杰', ZHAO);
    const answer = await answerText('孙杰', '王磊和冯雪是今天谈的，不是昨天');
    expect(answer).not.toMatch(/日期改为/);
    expect(activities()).toEqual([]);
  });
});

describe('6. 都改 after 「是哪一条」 (t64a G7)', () => {
  it.each([['都改'], ['两条都改'], ['都要改'], ['全部都改']])('林晓 (talks on 11-24 and 11-26) 日期改成11月25日 → which → 「%s」 → both on 11-25 → 确认', async (text) => {
    await say('林晓', '11月24日和孙杰进行了廉政谈话，11月26日和徐辉进行了廉政谈话，都是按计划开展的');
    expect(activities()).toEqual([]);
    expect(await answerText('林晓', '日期改成11月25日')).toMatch(/请说是哪一条[\s\S]*「都改」/);
    const answer = await answerText('林晓', text);
    expect(answer).toMatch(/日期改为 2026-11-25，卡片上的各条都改/);
    expect(activities()).toEqual([]);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-25', 'linxiao', 'sunjie'],
      ['talk_integrity', '2026-11-25', 'linxiao', 'xuhui'],
    ]);
  });

  it('near-miss: 都改 with no question asked is not read as a change', async () => {
    await say('孙杰', ZHAO);
    const answer = await answerText('孙杰', '都改');
    expect(answer).not.toMatch(/已按您的更正修改/);
    expect(activities()).toEqual([]);
  });
});

describe('7. near-misses on a waiting card', () => {
  it.each([['对，就是这些'], ['对 就这些'], ['对的 就是这样']])('「%s」 is a yes: the card stored', async (text) => {
    await say('孙杰', ZHAO);
    await say('孙杰', text);
    expect(rows()).toHaveLength(3);
  });

  it('不对 alone asks what to change, nothing stored', async () => {
    await say('孙杰', ZHAO);
    const answer = await answerText('孙杰', '不对');
    expect(answer).toMatch(/修改待确认的记录|要改/);
    expect(activities()).toEqual([]);
  });

  it('a complete new report while the card waits is its own; the card unchanged', async () => {
    await say('孙杰', ZHAO);
    const answer = await answerText('孙杰', '11月27日赵敏书记与徐辉副主任进行了廉政谈话');
    expect(answer).toMatch(/对象：徐辉/);
    expect(answer).not.toMatch(/已按您的更正修改/);
  });
});
