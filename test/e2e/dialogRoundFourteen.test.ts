// Round 14 (issue 10), the dialog: a question about whose a deed is answered with the sender's own name or 「我本人」;
// a plan item in a pending report dropped with a word when the member says so (never sent to the query engine, never
// the same question again), and a deed dated after today never asked about; leaders' questions (谈过话没有, 怎么补录,
// 谢谢) answered, not 没看懂.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai (the round's day), before the reminders' hours (a scheduled notice never interleaves). */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, rows, say } = chat;

const THREE_THINGS = '本月中旬纪检组重点做了三件事：一是对财务科专项资金使用情况开展检查；二是组织机关干部赴市廉政教育基地参观学习；三是督促各部室报送述责述廉材料。';

describe('「这条…是谁的？」 answered by the sender', () => {
  it.each([['林晓'], ['我本人'], ['我'], ['本人'], ['是我']])('「%s」 takes it as the sender\'s, the question not asked again', async (answer) => {
    await say('林晓', THREE_THINGS);
    await say('林晓', '都是11月17日');
    const asked = lastText();
    expect(asked).toMatch(/是谁的？/);
    await say('林晓', answer);
    expect(lastText()).not.toEqual(asked);
    expect(lastText()).not.toMatch(/是谁的？/);
    expect(lastText()).toMatch(/请确认/);
    await say('林晓', '确认');
    expect(activities().length).toBeGreaterThan(0);
    expect(activities().every((a) => a.actorId === 'linxiao' && a.date === '2026-11-17')).toBe(true);
  });
});

describe('a plan inside a report', () => {
  const TWO_ITEMS = '11月份纪检工作：\n1. 11月4日 对办公室开展了作风纪律检查\n2. 对康复中心开展作风暗访';

  // Named as the answer said (issue 10 part C): a plan is 计划安排, a deed not done yet is 还没有做 (was: 计划安排 for all).
  it.each([
    ['第二条是计划，还没做', '是计划安排'],
    ['第2条还没去', '还没有做'],
    ['那个是计划', '是计划安排'],
    ['最后一条是计划，不用记', '是计划安排'],
    ['还没做呢，不用记', '还没有做'],
  ])(
    '「%s」 while the day of an item is asked: that item left out with a word (%s), the rest recorded',
    async (answer, word) => {
      await say('林晓', TWO_ITEMS);
      expect(lastText()).toMatch(/是哪一天/);
      await say('林晓', answer);
      expect(lastText()).not.toMatch(/没有完全听懂|是哪一天/);
      expect(lastText()).toContain(`第2条「作风纪律检查｜（日期未知）｜残疾人康复中心」${word}，未记录`);
      if (/请确认/.test(lastText())) await say('林晓', '确认');
      expect(rows()).toEqual([['inspect_style', '2026-11-04', 'linxiao', '']]);
    },
  );

  it('the only item said to be a plan: nothing recorded, said so, nothing left waiting', async () => {
    await say('林晓', '对康复中心开展作风暗访');
    expect(lastText()).toMatch(/是哪一天/);
    await say('林晓', '那个是计划');
    expect(lastText()).toMatch(/是计划安排，未记录/);
    expect(activities()).toEqual([]);
    await say('林晓', '确认');
    expect(lastText()).toMatch(/现在没有等待确认的上报/);
  });

  it('a list whose last entry is 12月上旬 (round 14 M13): no question, the deeds done on a card, the plan named', async () => {
    await say('林晓', '11月份纪检工作：\n✅ 11月4日 对办公室、财务科公务用车情况进行了抽查\n✅ 11月18日 到维权部检查在岗在位情况\n⏳ 12月上旬 对康复中心开展明查暗访');
    expect(lastText()).not.toMatch(/是哪一天/);
    expect(lastText()).toMatch(/第4行是计划安排，未记录/);
    if (/请确认/.test(lastText())) await say('林晓', '确认');
    expect(rows().map((r) => r[1])).toEqual(['2026-11-04', '2026-11-18']);
  });

  it.each([['12月上旬对康复中心开展明查暗访'], ['12月中旬组织全体党员观看警示教育片']])('「%s」 alone is a plan: no question, nothing recorded', async (text) => {
    await say('林晓', text);
    expect(lastText()).not.toMatch(/是哪一天|是哪类活动/);
    expect(lastText()).toMatch(/计划安排/);
    expect(activities()).toEqual([]);
  });

  it('a deed of tomorrow beside one of yesterday (round 14 M21): never asked its type, the other shown for 确认', async () => {
    await say('王芳', '昨天王建国副理事长到财务科检查了责任书落实情况，明天刘芳副理事长到组联部检查');
    expect(lastText()).not.toMatch(/是哪类活动/);
    expect(lastText()).toMatch(/2026-12-02.*日期在今天之后，是计划安排，未记录/);
    await say('王芳', '确认');
    expect(rows()).toEqual([['pledge_check', '2026-11-30', 'wangjianguo', '']]);
  });

  it('a deed said done on a day still to come keeps its question (the day is a slip)', async () => {
    await say('王建国', '12月3日和王强进行了廉政谈话');
    expect(lastText()).toMatch(/还没到/);
    expect(activities()).toEqual([]);
  });
});

describe('questions that are no report (round 14 F11)', () => {
  it.each([['收到，谢谢清风提醒👍'], ['谢谢'], ['辛苦了'], ['好的收到'], ['好的，辛苦清风了🙏']])('「%s」 gets a short polite answer', async (text) => {
    await say('王芳', text);
    expect(lastText()).toMatch(/^(不客气|好的)/);
    expect(lastText()).not.toMatch(/没看懂/);
    expect(activities()).toEqual([]);
  });

  it.each([
    ['请问怎么补录上个月的谈话记录？', /补录不用单独操作[\s\S]*10月20日和王强进行了廉政谈话/],
    ['漏报了一次谈话怎么补', /补录不用单独操作/],
    ['怎么撤销', /撤销刚记录的一条：发送「撤销」/],
    ['记录能撤回吗？', /撤销刚记录的一条/],
    ['怎么修改', /刚才那条日期错了，应该是11月19日/],
    ['日期填错了怎么改', /修改刚记录的一条/],
    // Round 15: whether a 补录 still counts.
    ['9月份的谈话现在补录还算数吗？', /计入活动发生的那一期[\s\S]*期限外的日期照样记录，但不计入/],
    ['补录的还算不算数', /补录不用单独操作/],
  ])('「%s」 gets the how-to', async (text, answer) => {
    await say('胡军', text);
    expect(lastText()).toMatch(answer);
    expect(lastText()).not.toMatch(/回答不了|没看懂/);
    expect(activities()).toEqual([]);
  });

  it('the how-to for 补录 works as it says', async () => {
    await say('胡军', '请问怎么补录上个月的谈话记录？');
    await say('胡军', '10月20日和王强进行了谈心谈话');
    if (/请确认/.test(lastText())) await say('胡军', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-10-20', 'hujun', 'wangqiang']]);
  });
});

describe('「王强今年谈过话没有」 (round 14 F11, M10)', () => {
  it.each([['王强今年谈过话没有'], ['王强谈过了吗'], ['今年和王强谈过没'], ['下半年王强谈过话吗？']])('「%s」: his talks, with whom and when, and the talk duties naming him', async (asked) => {
    await say('林晓', '11月25日和王强进行了廉政谈话');
    await say('王建国', '昨天和王强进行了谈心谈话');
    await say('张伟', asked);
    // The answer, not a scheduled notice that may go out to an inspector meanwhile (2027 holidays unknown).
    const answer = chat.t.texts().filter((x) => /王强（/.test(x)).at(-1)!;
    expect(answer).toMatch(/王强（财务科副科长）2026年(下半年)?有 2 次谈话记录/);
    expect(answer).toMatch(/11月25日 廉政谈话，林晓与王强/);
    expect(answer).toMatch(/11月30日 谈心谈话，王建国与王强/);
    expect(answer).toMatch(/谈心谈话：班子成员与分管科室（分管的财务科）：王建国，2026年下半年已谈（11月30日）/);
    expect(answer).not.toMatch(/没能识别|没有完全听懂/);
  });

  it('in the group with @清风, and nobody talked to yet', async () => {
    const bot = chat.t.emulator.bot;
    await say('张伟', '@_user_1 王强今年谈过话没有', { chatType: 'group', chatId: 'oc_testgroup', mentions: [{ key: '@_user_1', openId: bot.openId, name: bot.name }] });
    expect(lastText()).toMatch(/王强（财务科副科长）2026年还没有谈话记录/);
    expect(lastText()).toMatch(/王建国，2026年下半年还没有记录/);
  });

  it('a member asking about someone out of reach is told so, nothing shown', async () => {
    await say('王建国', '昨天和王强进行了谈心谈话');
    await say('李娟', '王建国今年谈过话没有');
    expect(lastText()).toMatch(/暂无权限/);
    expect(lastText()).not.toMatch(/11月30日/);
  });

  it('a report with a day is still a report, not this question', async () => {
    await say('王建国', '昨天和王强谈心谈话了');
    expect(rows()).toEqual([['talk_heart', '2026-11-30', 'wangjianguo', 'wangqiang']]);
  });
});

describe('a plan answer on a 确认 card, and 取消 still gets out', () => {
  const M13 = '11月份纪检工作：\n✅ 11月4日 对办公室、财务科公务用车情况进行了抽查\n✅ 11月18日 到维权部检查在岗在位情况\n⏳ 12月上旬 对康复中心开展明查暗访';

  it('「第三条是计划，还没做」 on the card that already left the plan out: the card again with a word, never the query', async () => {
    await say('林晓', M13);
    expect(lastText()).toMatch(/请确认/);
    await say('林晓', '第三条是计划，还没做');
    expect(lastText()).toMatch(/计划安排不会记录[\s\S]*请确认以下 2 条记录/);
    expect(lastText()).not.toMatch(/没有完全听懂/);
    await say('林晓', '确认');
    expect(rows().map((r) => r[1])).toEqual(['2026-11-04', '2026-11-18']);
  });

  it('「第二条还没做」 on the card takes that record off the card', async () => {
    await say('林晓', M13);
    await say('林晓', '第二条还没做');
    // A past record said not done is 还没有做, not a plan (issue 10 part C).
    expect(lastText()).toMatch(/第2条「作风纪律检查｜2026-11-18｜维权部｜补录」还没有做，未记录[\s\S]*请确认以下 1 条记录/);
    await say('林晓', '确认');
    expect(rows().map((r) => r[1])).toEqual(['2026-11-04']);
  });

  it.each([['取消'], ['不记了']])('「%s」 while a list waits for an answer drops the whole report', async (word) => {
    await say('林晓', '11月份纪检工作：\n1. 11月4日 对办公室开展了作风纪律检查\n2. 对康复中心开展作风暗访');
    expect(lastText()).toMatch(/是哪一天/);
    await say('林晓', word);
    expect(lastText()).toMatch(/已取消这条上报/);
    expect(activities()).toEqual([]);
  });
});
