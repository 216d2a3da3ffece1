// Round 69, gic: t71c's days (main, the tester's clock Tue 2026-12-08 ~08:50 Shanghai).
// - 王芳's 11月份小结 of four talks and a 警示教育 with no days was asked five questions, one item at a time; now ONE question lists
//   every dateless item numbered (「1. 王建国与李明的谈心谈话 …」), read by number, kind or 其他, a part answered leaving the rest
//   asked again as one list; 「月底」 alone gets the reply that a day is needed, naming 11月底; nothing stored before 确认.
// - 郑华 at 08:46 「今天下午三点 陈志强副理事长 跟我 进行了 廉政谈话 …」 was a card of a talk of today; now its day is asked, the
//   time said not come yet, nothing stored; 今天早上8点…谈了 at 08:50 is past and still a card of today.
// - 黄志刚's summary gave 林晓's dateless talk the 11-26 of the 警示教育 after it (「…（11月26日…）」); now it is asked.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 08:50 in Shanghai (the tester's clock). */
const chat = useChatBot(new Date('2026-12-08T08:50:00+08:00'));
const { activities, answerText, say, datedRows } = chat;

const SUMMARY = '11月份党风廉政建设工作小结：本月共开展谈心谈话6次，其中王建国副理事长与李明、孙丽各谈1次，刘芳副理事长与周涛谈1次；组织警示教育1次，参加32人。';
/** After the days, who organised the 32-person 警示教育 is asked (round 69, gia); 「党组」 answers it (张伟's). */
const ORGANISER = /这次警示教育（32人参加）是谁组织的？/;

const LISTED = /这 4 项还没有具体日期：\n1\. 王建国与李明的谈心谈话\n2\. 王建国与孙丽的谈心谈话\n3\. 刘芳与周涛的谈心谈话\n4\. 警示教育（32人参加）/;

describe('a summary’s dateless items, asked in one question', () => {
  it('王芳: one numbered question, 「1、2是11月12日，3是11月20日，警示教育11月26日」 dates all four, 确认 stores them', async () => {
    const asked = await answerText('王芳', SUMMARY);
    expect(asked).toContain('消息说的是11月（11月1日—11月30日）');
    expect(asked).toMatch(LISTED);
    expect(asked).not.toMatch(/是哪一天进行的/);
    const organiser = await answerText('王芳', '1、2是11月12日，3是11月20日，警示教育11月26日');
    expect(organiser).toMatch(ORGANISER);
    expect(organiser).not.toMatch(/已放弃/);
    const card = await answerText('王芳', '党组');
    expect(card).toMatch(/请确认以下 4 条记录/);
    expect(card).not.toMatch(/已放弃/);
    expect(activities()).toEqual([]);
    await say('王芳', '确认');
    expect(datedRows()).toEqual([
      ['talk_heart', '2026-11-12', 'wangjianguo', 'liming', null],
      ['talk_heart', '2026-11-12', 'wangjianguo', 'sunli', null],
      ['talk_heart', '2026-11-20', 'liufang', 'zhoutao', null],
      ['edu_warning', '2026-11-26', 'zhangwei', '', 32],
    ]);
  });

  it.each([
    ['第一个12号 其他的20号', ['2026-11-12', '2026-11-20', '2026-11-20', '2026-11-20']],
    ['分别是11月5日、12日、19日、26日', ['2026-11-05', '2026-11-12', '2026-11-19', '2026-11-26']],
    ['都是11月12日', ['2026-11-12', '2026-11-12', '2026-11-12', '2026-11-12']],
    ['1和2是12号 3是20号 4是26号', ['2026-11-12', '2026-11-12', '2026-11-20', '2026-11-26']],
    ['第一個12號 其他的20號', ['2026-11-12', '2026-11-20', '2026-11-20', '2026-11-20']],
  ])('王芳 answers 「%s」: every item its day in one answer, on the card', async (answer, days) => {
    expect(await answerText('王芳', SUMMARY)).toMatch(LISTED);
    expect(await answerText('王芳', answer)).toMatch(ORGANISER);
    expect(await answerText('王芳', '党组')).toMatch(/请确认以下 4 条记录/);
    await say('王芳', '确认');
    expect(activities().map((a) => a.date)).toEqual(days);
  });

  it('a part answered keeps the rest in one question; 「月底」 alone says a day is needed; nothing stored until 确认', async () => {
    await answerText('王芳', SUMMARY);
    const rest = await answerText('王芳', '1、2是11月12日');
    expect(rest).toMatch(/这 2 项还没有具体日期：\n3\. 刘芳与周涛的谈心谈话\n4\. 警示教育（32人参加）/);
    const rough = await answerText('王芳', '月底');
    expect(rough).toContain('您说的是11月底，记录需要具体是哪一天');
    expect(rough).toMatch(/这 2 项还没有具体日期/);
    expect(activities()).toEqual([]);
    const organiser = await answerText('王芳', '3是11月20日，警示教育11月26日');
    expect(organiser).toMatch(ORGANISER);
    expect(organiser).not.toMatch(/已放弃/);
    const card = await answerText('王芳', '党组');
    expect(card).toMatch(/请确认以下 4 条记录/);
    expect(card).not.toMatch(/已放弃/);
    await say('王芳', '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([
      ['talk_heart', '2026-11-12'],
      ['talk_heart', '2026-11-12'],
      ['talk_heart', '2026-11-20'],
      ['edu_warning', '2026-11-26'],
    ]);
  });

  it('a day outside the month said is refused, the list asked again', async () => {
    await answerText('王芳', SUMMARY);
    const again = await answerText('王芳', '1、2是12月2日，3是11月20日，4是11月26日');
    expect(again).toMatch(/不在这段时间/);
    expect(again).toMatch(LISTED);
    expect(activities()).toEqual([]);
  });

  it('黄志刚: 林晓’s dateless talk is asked with the others, never given the 警示教育’s 11-26', async () => {
    const asked = await answerText('黄志刚', '11月份机关纪委共开展谈心谈话3人次，其中黄志刚与王强、李娟各谈1次，林晓与张颖谈1次；组织警示教育1次（11月26日，观看警示教育片《镜鉴》，参加45人）。');
    expect(asked).toMatch(/这 3 项还没有具体日期/);
    expect(asked).toMatch(/林晓与张颖的谈心谈话/);
    expect(await answerText('黄志刚', '都是11月19日')).toMatch(/请确认以下 4 条记录/);
    await say('黄志刚', '确认');
    expect(datedRows().map((r) => [r[0], r[1], r[3]])).toEqual([
      ['talk_heart', '2026-11-19', 'lijuan'],
      ['talk_heart', '2026-11-19', 'wangqiang'],
      ['talk_heart', '2026-11-19', 'zhangying'],
      ['edu_warning', '2026-11-26', ''],
    ]);
  });
});

describe('a time of today still ahead, said done', () => {
  it('郑华 at 08:50 「今天下午三点 陈志强副理事长 跟我 进行了 廉政谈话 …」: its day asked, nothing stored; 昨天 then records it', async () => {
    const asked = await answerText('郑华', '今天下午三点 陈志强副理事长 跟我 进行了 廉政谈话 说要注意 招生就业 方面的 廉洁风险');
    expect(asked).toMatch(/陈志强的廉政谈话是哪一天进行的？/);
    expect(asked).not.toMatch(/请确认以下|2026-12-08/);
    expect(activities()).toEqual([]);
    await chat.confirmIfAsked('郑华', await answerText('郑华', '昨天'));
    expect(chat.rows()).toEqual([['talk_integrity', '2026-12-07', 'chenzhiqiang', 'zhenghua']]);
  });

  it.each([['今天下午三点，陈志强副理事长跟我进行了廉政谈话'], ['今晚陈志强副理事长和我谈了话，是廉政谈话'], ['今天下午三點 陳志強副理事長 跟我 進行了 廉政談話']])(
    '郑华 「%s」 at 08:50: asked, nothing stored',
    async (text) => {
      expect(await answerText('郑华', text)).toMatch(/哪一天/);
      expect(activities()).toEqual([]);
    },
  );

  it('near-miss: 「今天早上8点陈志强副理事长跟我进行了廉政谈话」 at 08:50 is past: a card of today', async () => {
    const card = await answerText('郑华', '今天早上8点陈志强副理事长跟我进行了廉政谈话');
    expect(card).toMatch(/廉政谈话｜2026-12-08（今天）/);
    await say('郑华', '确认');
    expect(chat.rows()).toEqual([['talk_integrity', '2026-12-08', 'chenzhiqiang', 'zhenghua']]);
  });
});
