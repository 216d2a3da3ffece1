// r2 (issue 10) over HTTP: a question with asking words beside the deeds, a 责任书 drafted or issued, a marked day that
// contradicts the month heading.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: the day the report corpus is read. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, rows, say, answerText } = chat;

describe('a question among the deeds', () => {
  it('as a list’s last item: the deeds on the card, then the question answered; 确认 stores both deeds', async () => {
    const said = await answerText('孙丽', '1. 11月3日与王强进行了廉政谈话\n2. 11月10日组织观看警示教育片，参加15人\n3. 帮我看看本月完成情况');
    expect(activities()).toEqual([]);
    expect(said).toMatch(/请确认/);
    expect(said).toContain('完成情况');
    expect(said).not.toContain('是一个问题，未记录');
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-03', 'sunli', 'wangqiang'],
      ['edu_warning', '2026-11-10', 'sunli', ''],
    ]);
  });

  it('asked first, before the deeds: the deeds still read and the question answered', async () => {
    const said = await answerText('孙丽', '帮我看下本季度完成情况。11月3日与王强进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-11-03', 'sunli', 'wangqiang']]);
    expect(said).toContain('已记录 1 项');
    expect(said).toContain('完成情况');
  });

  it('顺便问下… after a report with no ？: recorded and answered, never dropped', async () => {
    const said = await answerText('孙丽', '11月3日与王强进行了廉政谈话，顺便问下本季度完成情况');
    expect(rows()).toEqual([['talk_integrity', '2026-11-03', 'sunli', 'wangqiang']]);
    expect(said).toContain('完成情况');
  });

  it('另外想问一下我还差什么 no longer takes the talk with it', async () => {
    const said = await answerText('孙丽', '今天和王强进行了廉政谈话。另外想问一下我还差什么');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'sunli', 'wangqiang']]);
    expect(said).toContain('我的任务');
  });

  it('a question it cannot read is named, with how to ask, and the talk still recorded', async () => {
    const said = await answerText('孙丽', '今天和王强进行了廉政谈话，顺便问下那个事怎么弄');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'sunli', 'wangqiang']]);
    expect(said).toContain('「顺便问下那个事怎么弄」我没能完全看懂，请换个说法单独发一次');
  });

  it('near-miss: a question alone is answered as before and records nothing', async () => {
    const said = await answerText('孙丽', '帮我看看本月完成情况');
    expect(activities()).toEqual([]);
    expect(said).toContain('完成情况');
  });
});

describe('a 责任书 drafted or issued', () => {
  it('alone: nothing recorded, the clause named and how a signing is reported', async () => {
    const said = await answerText('王芳', '起草了《2026年度党风廉政建设责任书》');
    expect(activities()).toEqual([]);
    expect(said).toContain('「起草了《2026年度党风廉政建设责任书》」是起草、修订或印发责任书文本，不是签订责任书，未记录');
    expect(said).toContain('请写明日期和与谁签订');
  });

  it('beside a study: the study recorded, the drafting named as not recorded', async () => {
    const said = await answerText('王芳', '11月12日组织学习了《廉洁自律准则》，参加12人；起草了《2027年度党风廉政建设责任书》');
    expect(said).toContain('不是签订责任书，未记录');
    // Round 36 (ffc): the office's study, done together (参加12人), is 李明's, on the card.
    expect(said).toContain('活动人：李明');
    await say('王芳', '确认');
    expect(rows()).toEqual([['edu_integrity', '2026-11-12', 'liming', '']]);
  });
});

describe('a marked day the month heading contradicts', () => {
  it('1.5日 under 11月工作 is asked in November, never stored as January; the answer records it', async () => {
    const said = await answerText('李娟', '11月工作\n1.5日对财务科开展作风纪律检查');
    expect(activities()).toEqual([]);
    expect(said).toContain('11月的作风纪律检查是哪一天？');
    await say('李娟', '11月5日');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['inspect_style', '2026-11-05']]);
  });
});
