// Round 59 (issue 10), fixer fcb: kinds of talk named by their form, and counted tallies, over HTTP.
// 1. 黄志刚「11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话」: 王强's talk is asked its type, nothing stored before the answer
//    (was: two 廉政谈话 stored at once). 2. 「…，王强那个函询不算」: the card holds 孙杰's talk only and says 王强's was taken off
//    (was: 王强's on the card). 3. 林晓「黄书记本月共开展谈话3次，其中…」: 黄志刚 the 活动人 of each, 林晓 no one's counterpart.
// 4. Fewer days than the tally: no record given a day. 5. 「本月开展检查3次，谈话5次」: what each deed needs, not 没看懂.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's today). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, lastText, rows } = chat;

describe('1. a 函询/诫勉 clause beside a duty talk: its type asked, nothing stored at once', () => {
  it.each([
    ['黄志刚', '11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话'],
    ['黄志刚', '11月24日对孙杰进行了提醒谈话；对王强开展了函询'],
    ['林晓', '11.24对孙杰进行了提醒谈话，对王强进行了诫勉谈话'],
    ['黄志刚', '11月24日分别对孙杰、王强进行了提醒谈话和函询谈话'],
  ])('%s 「%s」 → 王强 (类型未知), 孙杰 廉政谈话 waiting; 「谈心谈话」 stores both', async (from, text) => {
    const answer = await answerText(from, text);
    expect(answer).toMatch(/（类型未知）｜2026-11-24｜对象：王强/);
    expect(answer).toMatch(/廉政谈话｜2026-11-24｜对象：孙杰/);
    expect(answer).toMatch(/是哪类活动/);
    expect(activities()).toHaveLength(0);
    await say(from, '谈心谈话');
    if (activities().length === 0 && /请确认/.test(lastText())) await say(from, '确认');
    expect(rows().sort()).toEqual([
      ['talk_heart', '2026-11-24', expect.anything(), 'wangqiang'],
      ['talk_integrity', '2026-11-24', expect.anything(), 'sunjie'],
    ].sort());
  });

  it('「取消」 to the type question stores neither talk', async () => {
    await say('黄志刚', '11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话');
    await say('黄志刚', '取消');
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: two duty talks are stored as before', async () => {
    await say('黄志刚', '11月24日对王强进行了提醒谈话，对孙杰进行了廉政谈话');
    if (activities().length === 0 && /请确认/.test(lastText())) await say('黄志刚', '确认');
    expect(rows().map((r) => [r[0], r[3]]).sort()).toEqual([['talk_integrity', 'sunjie'], ['talk_integrity', 'wangqiang']]);
  });
});

describe('2. 「X那个函询不算」 inside the report: X\'s item off the card, said so', () => {
  it.each([
    '11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话，王强那个函询不算',
    '11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话，王强那次不用记',
    '11月24日与孙杰、王强进行了廉政谈话，王强的函询不算',
  ])('黄志刚 「%s」 → a card of 孙杰\'s talk only; 确认 stores it alone', async (text) => {
    const answer = await answerText('黄志刚', text);
    expect(answer).toMatch(/请确认以下 1 条记录/);
    expect(answer).toMatch(/廉政谈话｜2026-11-24｜对象：孙杰/);
    expect(answer).not.toMatch(/对象：王强/);
    expect(answer).toMatch(/与王强的那条已从本次记录中去掉，不记录/);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'huangzhigang', 'sunjie']]);
  });

  it('near-miss: 「刚才那条警示教育不算」 still speaks of an earlier record', async () => {
    const answer = await answerText('黄志刚', '今天和孙丽进行了廉政谈话，刚才那条警示教育不算');
    expect(answer).toMatch(/说的是之前的记录/);
    expect(answer).toMatch(/对象：孙丽/);
  });
});

describe('3–4. tallies: the lead\'s doer, and days that do not add up', () => {
  it('林晓 「黄书记本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次」 → 活动人 黄志刚, no talk with 林晓 or 黄志刚', async () => {
    const answer = await answerText('林晓', '黄书记本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次');
    expect(answer).toMatch(/活动人 黄志刚/);
    expect(answer).not.toMatch(/对象：(?:林晓|黄志刚)/);
    expect(answer).toMatch(/哪一天/);
    expect(activities()).toHaveLength(0);
  });

  it.each([
    '本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日',
    '黄书记本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日',
  ])('林晓 「%s」 → no record given 11-09 or 11-16; each asked its day', async (text) => {
    const answer = await answerText('林晓', text);
    expect(answer).not.toMatch(/2026-11-09|2026-11-16/);
    expect(answer.match(/（日期未知）/g)).toHaveLength(3);
    // The days written are named in the question, never lost from sight.
    expect(answer).toMatch(/消息里写了2个日期（11月9日、11月16日），与次数对不上/);
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: as many days as the tally fill the records in order', async () => {
    const answer = await answerText('林晓', '本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日和11月23日');
    expect(answer).toMatch(/2026-11-09/);
    expect(answer).toMatch(/谈心谈话｜2026-11-23/);
  });
});

describe('5. counts against items, and bare tallies', () => {
  it('林晓 「本月开展廉政谈话4人次，具体为：11月9日与何平，11月16日与徐辉」 → the two written, the other two asked whom', async () => {
    const answer = await answerText('林晓', '本月开展廉政谈话4人次，具体为：11月9日与何平，11月16日与徐辉');
    expect(answer).toMatch(/廉政谈话｜2026-11-09｜对象：何平/);
    expect(answer).toMatch(/廉政谈话｜2026-11-16｜对象：徐辉/);
    expect(answer).toMatch(/和谁谈的/);
    expect(activities()).toHaveLength(0);
  });

  it.each(['本月开展检查3次，谈话5次', '本月共开展检查3次、谈话5次。', '上周谈话2次'])('林晓 「%s」 → what each deed needs, nothing stored', async (text) => {
    const answer = await answerText('林晓', text);
    expect(answer).not.toMatch(/没看懂/);
    expect(answer).toMatch(/只有次数，没有每一次的日期和对象，清风没有记录/);
    expect(answer).toMatch(/谈话写明哪天、和谁/);
    expect(activities()).toHaveLength(0);
  });
});
