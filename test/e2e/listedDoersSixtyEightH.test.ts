// Round 68 (issue 10), helper ghh: doers of listed and summarised items, over HTTP (t71a on main d9ad6b3c, its clock Tue
// 2026-12-08 06:40 in Shanghai).
// F1 王芳 (科员)「张伟书记11月份廉政谈话情况：⏎1. 11月4日 与王建国副理事长⏎…」 was asked 「这条廉政谈话是谁的？」 of item 1, and
//    after 「张伟」 the card had 1. 活动人：张伟 but 2 and 3 活动人：您本人. Now all three 张伟's on a card at once, no question.
//    With no one in the heading (11月份廉政谈话情况：) whose is asked once and the one answer goes on every item; a head's own
//    list over her staff (孙丽) stays hers, unasked.
// F2 黄志刚「11月份机关纪委共开展谈心谈话3人次，其中黄志刚与王强、李娟各谈1次（11月17日），林晓与张颖谈1次（11月19日）；组织警示教育1次
//    （11月26日…参加45人）」 gave the 警示教育 to 林晓, asked 林晓's talk its kind and said 「其中写明的有2次，另1次没有写明，未记录」.
//    Now four records on a card, 林晓's a 谈心谈话, the 警示教育 the sender's, 「写明的3次已逐条列出」. Outside a summary,
//    「11月17日林晓与张颖谈心谈话；11月26日组织警示教育…」 from 黄志刚 gives the 警示教育 to him, not 林晓; 陈静's 郑部长… stays 郑华's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 06:40 in Shanghai (the tester's clock). */
const chat = useChatBot(new Date('2026-12-08T06:40:00+08:00'));
const { activities, answerText, say, rows } = chat;

const F1 = '张伟书记11月份廉政谈话情况：\n1. 11月4日 与王建国副理事长\n2. 11月6日 与刘芳副理事长\n3. 11月9日 与陈志强副理事长';
const ZHANG_WEI_TALKS = [
  ['talk_integrity', '2026-11-04', 'zhangwei', 'wangjianguo'],
  ['talk_integrity', '2026-11-06', 'zhangwei', 'liufang'],
  ['talk_integrity', '2026-11-09', 'zhangwei', 'chenzhiqiang'],
];

describe('F1: a heading naming whose list of talks it is', () => {
  it('王芳: all three 张伟\'s on a card at once, no 是谁的, no 您本人; 确认 stores them', async () => {
    const card = await answerText('王芳', F1);
    expect(card).toMatch(/请确认以下 3 条记录/);
    expect(card).not.toMatch(/是谁的/);
    expect(card).not.toMatch(/活动人：您本人/);
    expect(card.match(/活动人：张伟/g)?.length).toBe(3);
    expect(activities()).toEqual([]);
    await say('王芳', '确认');
    expect(rows()).toEqual(ZHANG_WEI_TALKS);
  });

  it.each([
    ['胡军', '党组书记张伟同志11月份廉政谈话情况：\n(1) 11月4日 与王建国副理事长\n(2) 11月6日 与刘芳副理事长\n(3) 11月9日 与陈志强副理事长'],
    ['王芳', '11月份廉政谈话情况（张伟书记）：\n①11月4日 与王建国副理事长\n②11月6日 与刘芳副理事长\n③11月9日 与陈志强副理事长'],
    ['王芳', '張偉書記11月份廉政談話情況：\n1. 11月4日 與王建國副理事長\n2. 11月6日 與劉芳副理事長\n3. 11月9日 與陳志強副理事長'],
  ])('%s 「%s」: the same three talks of 张伟', async (from, text) => {
    const card = await answerText(from, text);
    expect(card).toMatch(/请确认以下 3 条记录/);
    expect(card).not.toMatch(/活动人：您本人/);
    await say(from, '确认');
    expect(rows()).toEqual(ZHANG_WEI_TALKS);
  });

  it('取消 on the card stores nothing', async () => {
    expect(await answerText('王芳', F1)).toMatch(/请确认以下 3 条记录/);
    await say('王芳', '取消');
    expect(activities()).toEqual([]);
  });

  it('孙杰 about 何平: both talks 何平\'s, 孙杰 the one talked with in the second', async () => {
    const card = await answerText('孙杰', '何平主任11月份谈心谈话情况：\n①11月18日 与徐辉副主任\n②11月25日 与孙杰');
    expect(card).toMatch(/请确认以下 2 条记录/);
    await say('孙杰', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-18', 'heping', 'xuhui'],
      ['talk_heart', '2026-11-25', 'heping', 'sunjie'],
    ]);
  });
});

describe('F1: a clerk\'s list under a heading naming no one', () => {
  it('王芳: whose asked once; 「张伟」 goes on all three, none 您本人', async () => {
    const asked = await answerText('王芳', '11月份廉政谈话情况：\n1. 11月4日 与王建国副理事长\n2. 11月6日 与刘芳副理事长\n3. 11月9日 与陈志强副理事长');
    expect(asked).toMatch(/是谁的/);
    expect(activities()).toEqual([]);
    const card = await answerText('王芳', '张伟');
    expect(card).not.toMatch(/是谁的/);
    expect(card).not.toMatch(/活动人：您本人/);
    const stored = await chat.confirmIfAsked('王芳', card);
    expect(stored).not.toMatch(/是谁的/);
    expect(rows()).toEqual(ZHANG_WEI_TALKS);
  });

  it('near-miss: 孙丽 over her own staff — her talks, nothing asked', async () => {
    const card = await answerText('孙丽', '11月份谈心谈话情况：\n1. 11月24日 与王强\n2. 11月25日 与李娟');
    expect(card).not.toMatch(/是谁的/);
    await chat.confirmIfAsked('孙丽', card);
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-24', 'sunli', 'wangqiang'],
      ['talk_heart', '2026-11-25', 'sunli', 'lijuan'],
    ]);
  });
});

describe('F2: a counted summary with 各 and bracketed days, then a unit\'s activity', () => {
  const F2 = '11月份机关纪委共开展谈心谈话3人次，其中黄志刚与王强、李娟各谈1次（11月17日），林晓与张颖谈1次（11月19日）；组织警示教育1次（11月26日，观看警示教育片《镜鉴》，参加45人）。';

  it('黄志刚: four records on a card, 林晓\'s a 谈心谈话, the 警示教育 his, the count note true; 撤回 takes them back', async () => {
    const card = await answerText('黄志刚', F2);
    expect(card).toMatch(/请确认以下 4 条记录/);
    expect(card).toMatch(/写明的3次已逐条列出/);
    expect(card).not.toMatch(/没有写明/);
    expect(card).not.toMatch(/是哪类|哪一类/);
    expect(card).not.toMatch(/镜鉴[^\n]*活动人：林晓/);
    await say('黄志刚', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.attendees ?? null])).toEqual([
      ['talk_heart', '2026-11-17', 'huangzhigang', 'wangqiang', null],
      ['talk_heart', '2026-11-17', 'huangzhigang', 'lijuan', null],
      ['talk_heart', '2026-11-19', 'linxiao', 'zhangying', null],
      ['edu_warning', '2026-11-26', 'huangzhigang', '', 45],
    ]);
    expect(await answerText('黄志刚', '刚才那4条都撤销')).toMatch(/已撤销 4 项/);
    expect(activities()).toEqual([]);
  });

  it('林晓 about 黄志刚 with 分别谈话1次: his two talks, hers, and the 警示教育 hers as the sender', async () => {
    const card = await answerText('林晓', '11月份机关纪委共开展廉政谈话3人次，其中黄志刚书记与王强、李娟分别谈话1次（11月17日），林晓与张颖谈1次（11月19日）；组织警示教育1次（11月26日，参加45人）。');
    expect(card).toMatch(/请确认以下 4 条记录/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-17', 'huangzhigang', 'wangqiang'],
      ['talk_integrity', '2026-11-17', 'huangzhigang', 'lijuan'],
      ['talk_integrity', '2026-11-19', 'linxiao', 'zhangying'],
      ['edu_warning', '2026-11-26', 'linxiao', ''],
    ]);
  });

  it('黄志刚, no summary: 「…林晓与张颖谈心谈话；11月26日组织警示教育」 — the 警示教育 his', async () => {
    const card = await answerText('黄志刚', '11月17日林晓与张颖谈心谈话；11月26日组织警示教育，参加45人。');
    expect(card).toMatch(/请确认以下 2 条记录/);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-17', 'linxiao', 'zhangying'],
      ['edu_warning', '2026-11-26', 'huangzhigang', ''],
    ]);
  });

  it('near-miss: 陈静「郑部长11月12日和我谈话；11月19日组织部门观看警示教育片《镜鉴》」 — the film stays 郑华\'s', async () => {
    const asked = await answerText('陈静', '郑部长11月12日和我谈话；11月19日组织部门观看警示教育片《镜鉴》');
    expect(asked).toMatch(/哪类|哪一类|廉政谈话还是谈心谈话/);
    expect(asked).toMatch(/郑华/);
    expect(activities()).toEqual([]);
  });
});
