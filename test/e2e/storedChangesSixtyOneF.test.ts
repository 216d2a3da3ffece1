// Round 61 (issue 10), fixer gaf: a stored record's day or doer changed, and edits typed on a waiting card
// (t63a/t63b Part B: 没看懂, days looked up as names, a new talk asked its kind, the card shown again).
// 1. 不是D1是D2 on a record named by its person (weekdays, bare days, a week before the day): the 请确认修改 card; a day ahead said.
// 2. 杨帆那次是王磊谈的不是我 (第2条撤了 before it): the doer changed on the card, nothing withdrawn.
// 3. 林晓说上周五…那次检查 她没去: the companion taken off, or said never recorded.
// 4. A clerk's 撤销 of a leader's record reported before her latest report: found among what she reported, offered.
// 5. 还有办公室李明主任，漏了 · 对象加上李明 on a waiting card: one more record; 对 没问题 confirms a card; 对了… does not.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, recorded, rows } = chat;

describe('1. 不是D1是D2 on a stored record named by its person', () => {
  it.each([
    ['郑华', '11月26日和陈静进行了廉政谈话', '刚才和陈静那次 不是上周四 是上周三', '2026-11-26', '2026-11-25'],
    ['郑华', '11月26日和陈静进行了廉政谈话', '和陈静那次不是周四 是周三谈的', '2026-11-26', '2026-11-25'],
    ['郑华', '11月1日和陈静进行了廉政谈话', '和陈静那条不是1号 是2号单独谈的', '2026-11-01', '2026-11-02'],
    ['张伟', '昨天和王建国进行了廉政谈话', '和王建国那条不是昨天 是上周的 上周四', '2026-11-29', '2026-11-26'],
    ['张伟', '昨天和王建国进行了廉政谈话', '和王副理事长那条不是昨天 是上周四谈的', '2026-11-29', '2026-11-26'],
    ['孙丽', '11月20日和王强签订了党风廉政建设责任书', '和王强那条不是11.20 是11.19', '2026-11-20', '2026-11-19'],
    ['何平', '11月24日和孙杰进行了廉政谈话', '和孙杰那次 不是24号 是23号', '2026-11-24', '2026-11-23'],
  ])('%s (%s) 「%s」 → 原来 %s 改为 %s; 确认 changes it', async (from, report, text, before, after) => {
    await recorded(from, report);
    const answer = await answerText(from, text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(new RegExp(`原来：[^\\n]*${before}`));
    expect(answer).toMatch(new RegExp(`改为：[^\\n]*${after}`));
    expect(answer).not.toMatch(/没有在通讯录/);
    expect(activities()[0]!.date).toBe(before);
    await say(from, '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.date).toBe(after);
  });

  it('「对 没问题」 confirms the 请确认修改 card', async () => {
    await recorded('郑华', '11月26日和陈静进行了廉政谈话');
    await say('郑华', '刚才和陈静那次 不是上周四 是上周三');
    const answer = await answerText('郑华', '对 没问题');
    expect(answer).toMatch(/已修改/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-25', 'zhenghua', 'chenjing']]);
  });

  it('near-miss: a day still ahead (是下周三) is said, nothing changed', async () => {
    await recorded('郑华', '11月26日和陈静进行了廉政谈话');
    const answer = await answerText('郑华', '和陈静那条不是上周四 是下周三');
    expect(answer).toMatch(/还没到/);
    expect(answer).not.toMatch(/请确认修改/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-26', 'zhenghua', 'chenjing']]);
  });
});

describe('2. the doer of a stored record', () => {
  it('林晓 「刚才第2条撤了 杨帆那次是王磊谈的不是我」 → 第2条 not withdrawn, its doer 王磊 on the card; 确认 changes it', async () => {
    await answerText('林晓', '11月24日和孙杰进行了提醒谈话，11月25日和杨帆进行了谈心谈话');
    await say('林晓', '确认');
    expect(activities()).toHaveLength(2);
    const answer = await answerText('林晓', '刚才第2条撤了 杨帆那次是王磊谈的不是我');
    expect(answer).toMatch(/「第2条撤了」：没有撤销任何记录/);
    expect(answer).toMatch(/改为：谈心谈话｜2026-11-25｜对象：杨帆[^\n]*活动人：王磊/);
    expect(answer).not.toMatch(/哪一类谈话/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-24', 'linxiao', 'sunjie'],
      ['talk_heart', '2026-11-25', 'wanglei', 'yangfan'],
    ]);
  });

  it.each([['孙杰那次是何平谈的不是我'], ['孙杰那次是何平谈的，不是我'], ['和孙杰那条 不是我谈的 是何主任谈的'], ['孙杰那次其实是何平谈的']])(
    '林晓 (talk with 孙杰 stored as hers) 「%s」 → doer 何平 after 确认',
    async (text) => {
      await recorded('林晓', '11月24日和孙杰进行了提醒谈话');
      const answer = await answerText('林晓', text);
      expect(answer).toMatch(/活动人改为何平/);
      await say('林晓', '确认');
      expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'heping', 'sunjie']]);
    },
  );

  it('the doer already so is said, nothing changed', async () => {
    await answerText('林晓', '11月24日何平和孙杰进行了廉政谈话');
    await say('林晓', '确认');
    const answer = await answerText('林晓', '孙杰那次是何平谈的不是我');
    expect(answer).toMatch(/已经是何平/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'heping', 'sunjie']]);
  });
});

describe('3. a stored check\'s companion said not there', () => {
  it('黄志刚 (check with 林晓 陪同 stored) 「林晓说11月26日财务科那次检查她没去 是我一个人查的」 → 林晓 off after 确认', async () => {
    await recorded('黄志刚', '11月26日到财务科开展了作风纪律检查，林晓陪同');
    expect(activities()[0]!.companionIds).toEqual(['linxiao']);
    const answer = await answerText('黄志刚', '林晓说11月26日财务科那次检查她没去 是我一个人查的');
    expect(answer).toMatch(/林晓不记为同行/);
    await say('黄志刚', '确认');
    expect(activities()[0]!.companionIds ?? []).toEqual([]);
    expect(rows()).toEqual([['inspect_style', '2026-11-26', 'huangzhigang', '']]);
  });

  it('黄志刚 (和林晓到维权部检查 stored, 林晓 only a remark) 「林晓说上周五维权部那次检查 她没去 是我一个人去的」 → said never recorded', async () => {
    await recorded('黄志刚', '上周五和林晓到维权部开展了作风纪律检查');
    const answer = await answerText('黄志刚', '林晓说上周五维权部那次检查 她没去 是我一个人去的');
    expect(answer).toMatch(/没有记林晓/);
    expect(answer).not.toMatch(/没看懂/);
    expect(rows()).toEqual([['inspect_style', '2026-11-27', 'huangzhigang', '']]);
  });
});

describe('4. a clerk withdrawing a leader\'s record she reported before her latest report', () => {
  it.each([['撤销张书记和王建国那条'], ['撤销11月20日张书记和王建国那条']])('王芳 「%s」 → found among what she reported, offered; 撤销 withdraws it', async (text) => {
    await recorded('王芳', '11月20日张伟书记与王建国进行了廉政谈话');
    await recorded('王芳', '11月25日组织学习《廉洁自律准则》，参加8人');
    const answer = await answerText('王芳', text);
    expect(answer).toMatch(/找到 1 条/);
    expect(answer).toMatch(/廉政谈话｜2026-11-20｜对象：王建国/);
    expect(answer).toMatch(/还没有撤销任何记录/);
    expect(activities()).toHaveLength(2);
    await say('王芳', '撤销');
    expect(rows()).toEqual([['edu_integrity', '2026-11-25', 'liming', '']]);
  });
});

describe('5. typed on a waiting card', () => {
  const NEWS = '今天与王芳、胡军开展了谈心谈话，内容包括工作纪律和廉洁自律等方面要求，会后签字';
  it.each([['还有办公室李明主任，漏了', 'liming'], ['对象加上李明', 'liming'], ['把孙丽科长也加上', 'sunli'], ['漏了李明主任', 'liming'], ['谈话对象加一个李明', 'liming']])(
    '张伟 「%s」 → one more talk on the card; 确认 stores three',
    async (text, id) => {
      await say('张伟', NEWS);
      const answer = await answerText('张伟', text);
      expect(answer).toMatch(/已在卡片上加上第3条/);
      expect(activities()).toHaveLength(0);
      await say('张伟', '确认');
      expect(rows().map((r) => r[3])).toEqual(['wangfang', 'hujun', id]);
    },
  );

  it('「对，没问题」 confirms a 请确认 card; 「对了，还有一件事」 does not', async () => {
    await say('何平', '11月26日与孙杰进行了提醒谈话，了解了思想动态和工作情况并提出要求');
    const not = await answerText('何平', '对了，还有一件事');
    expect(not).toMatch(/仍在等您确认/);
    expect(activities()).toHaveLength(0);
    const yes = await answerText('何平', '对，没问题');
    expect(yes).toMatch(/已记录 1 项/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-26', 'heping', 'sunjie']]);
  });
});
