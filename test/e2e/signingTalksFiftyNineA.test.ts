// Round 59 (issue 10), fixer fca: the talk after a signing (t61a F1, F2).
// 1. 「…签了责任书，之后又和她们谈了话」: the talks asked their kind beside the signings, all stored after the answer (was: the
//    signings stored at once, the talks lost).
// 2. 「责任书刚才已经记过了，不用再记」 while the question or the card waits: only the signings leave (was: the talks dropped, the
//    signings put on a card).
// 3. 「补一下，签完责任书后还和她们分别谈了话」 after the signings were stored: the talks alone, on the signings' day with the same
//    people (was: 「没有完全听懂」, read as a query).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai, the corpus's day. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { answerText, say, rows } = chat;

/** Sends `text` as `from` and taps 确认 when a card waits: `count` records stored. */
async function stored(from: string, text: string, count: number): Promise<void> {
  await say(from, text);
  if (rows().length === 0) await say(from, '确认');
  expect(rows()).toHaveLength(count);
}

const SIGNED = [
  ['pledge_sign', '2026-11-28', 'liufang', 'zhoutao'],
  ['pledge_sign', '2026-11-28', 'liufang', 'wujing'],
];
const TALKS = [
  ['talk_integrity', '2026-11-28', 'liufang', 'zhoutao'],
  ['talk_integrity', '2026-11-28', 'liufang', 'wujing'],
];

describe('1. the talk after signings with several is asked its kind, never lost', () => {
  it.each([
    ['11月28日和周涛、吴静签了责任书，之后又和她们谈了话'],
    ['11月28日和周涛、吴静签了责任书，签完后又分别谈了话'],
    ['11月28日和周涛、吴静签了责任书，然后又分别谈了话'],
    ['28号 和 周涛、吴静 签了 责任书 之后 又 和 她们 谈了 话'],
  ])('刘芳 「%s」 → 哪一类谈话; 廉政谈话 → the signings and both talks after 确认', async (text) => {
    const asked = await answerText('刘芳', text);
    expect(asked).toMatch(/与周涛、吴静的这 2 次谈话是哪一类谈话/);
    expect(rows()).toEqual([]);
    expect(await answerText('刘芳', '廉政谈话')).toMatch(/请确认以下 4 条记录/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([...SIGNED, ...TALKS]);
  });

  it('near-miss: 「…签了责任书，谈话下周再谈」 is no talk; the signings only', async () => {
    const answer = await answerText('刘芳', '11月28日和周涛、吴静签了责任书，谈话下周再谈');
    expect(answer).not.toMatch(/谈话是哪一类/);
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows()).toEqual(SIGNED);
  });
});

describe('2. 「责任书刚才已经记过了，不用再记」 leaves only the signings out', () => {
  it.each([['责任书刚才已经记过了，不用再记'], ['签责任书的之前已经报过了，这次不用重复记'], ['承诺书那两条已经记了']])(
    'to the question on the talks: 「%s」 → the talk still asked; 廉政谈话 → 2 talks, no signing',
    async (reply) => {
      await say('刘芳', '11月28日和周涛、吴静签了责任书，之后又和她们谈了话');
      const after = await answerText('刘芳', reply);
      expect(after).toMatch(/已去掉/);
      expect(after).toMatch(/谈话是哪一类谈话/);
      expect(after).toMatch(/好的，已去掉「签订责任书\/承诺书｜2026-11-28｜对象：周涛.*」「签订责任书\/承诺书｜2026-11-28｜对象：吴静/);
      expect(after).not.toMatch(/同一条消息里还有/);
      const card = await answerText('刘芳', '廉政谈话');
      expect(card).toMatch(/请确认以下 2 条记录/);
      await say('刘芳', '确认');
      expect(rows()).toEqual(TALKS);
    },
  );

  it('on the 确认 card of signings and typed talks: the signings leave, the talks stay for 确认', async () => {
    expect(await answerText('刘芳', '11月28日和周涛、吴静签订了责任书，签完后又和她们开展了廉政谈话')).toMatch(/请确认以下 4 条记录/);
    const card = await answerText('刘芳', '责任书刚才已经记过了，不用再记');
    expect(card).toMatch(/已去掉第1条.*第2条/);
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(rows()).toEqual([]);
    await say('刘芳', '确认');
    expect(rows()).toEqual(TALKS);
  });
});

describe('3. 「补一下，签完责任书后还和她们分别谈了话」 after the signings were stored: the talks alone', () => {
  it.each([
    ['补一下，签完责任书后还和她们分别谈了话'],
    ['补充一下，签完责任书之后又和她们谈了话'],
    ['补一下 签完责任书后 还和她俩 分别谈了话'],
  ])('刘芳 「%s」 → 哪一类谈话 with 周涛、吴静 on 11-28; 廉政谈话, 确认 → 2 talks added', async (text) => {
    await stored('刘芳', '11月28日和周涛、吴静签了责任书', 2);
    expect(rows()).toEqual(SIGNED);
    const asked = await answerText('刘芳', text);
    expect(asked).toMatch(/2026-11-28｜对象：周涛（组联部部长）、吴静（康复部部长）/);
    expect(asked).toMatch(/谈话是哪一类谈话/);
    expect(await answerText('刘芳', '廉政谈话')).toMatch(/补记：日期和对象按您刚才记录的签订责任书填写/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([...SIGNED, ...TALKS]);
  });

  it('typed: 陈志强 「补充一下：签订责任书之后又和两位部长分别进行了廉政谈话」 → a card of two 廉政谈话 on the signing day', async () => {
    await stored('陈志强', '11月26日和郑华、冯雪签订了党风廉政建设责任书', 2);
    const card = await answerText('陈志强', '补充一下：签订责任书之后又和两位部长分别进行了廉政谈话');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).toMatch(/廉政谈话｜2026-11-26｜对象：郑华/);
    expect(card).toMatch(/廉政谈话｜2026-11-26｜对象：冯雪/);
    await say('陈志强', '确认');
    expect(rows().filter((r) => r[0] === 'talk_integrity')).toEqual([
      ['talk_integrity', '2026-11-26', 'chenzhiqiang', 'zhenghua'],
      ['talk_integrity', '2026-11-26', 'chenzhiqiang', 'fengxue'],
    ]);
  });

  it('near-miss: 「和他」 after signings with two is not guessed as either: nothing added without a question', async () => {
    await stored('刘芳', '11月28日和周涛、吴静签了责任书', 2);
    await answerText('刘芳', '补一下，签完责任书后还和他谈了话');
    expect(rows()).toEqual(SIGNED);
  });
});
