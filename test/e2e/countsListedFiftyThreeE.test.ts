// Round 53 (issue 10), fixer fke: a count in a list is never silently dropped or doubled in the dialog.
// t55b F1's short form (林晓: 「报一下11月份机关纪委工作：1、11月4日黄志刚书记带队…，本人参加；2、报送廉政信息3篇。」): asked whose the
// papers are, answered 林晓, the next question must still ask the three papers' days (fixed in round 52, fwgg; checked here for
// the sender's own answer). 「11月20日报送廉政信息2篇，另有1篇」: the third paper's day is asked, and the answer makes three.
// 「1、11月4日…检查；2、报送廉政信息3篇，其中11月20日2篇」: three papers (was: five, the 3篇 put on the check's day).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

const papers = () => activities().filter((a) => a.type === 'report_info');

/** Confirms a card still open after the last answer, when nothing was stored yet. */
async function confirmIfCard(reply: string): Promise<void> {
  if (/确认/.test(reply) && papers().length === 0) await say('林晓', '确认');
}

describe('t55b F1: the sender answering whose the counted papers are keeps their count', () => {
  it('whose → 林晓, then the days: three 信息报送 stored', async () => {
    const first = await answerText('林晓', '报一下11月份机关纪委工作：1、11月4日黄志刚书记带队对财务科开展作风纪律检查，本人参加；2、报送廉政信息3篇。');
    expect(first).toMatch(/谁|哪位/);
    const second = await answerText('林晓', '林晓');
    expect(second).toMatch(/共 ?3 ?次信息报送/);
    const third = await answerText('林晓', '都是11月27日');
    await confirmIfCard(third);
    expect(papers()).toHaveLength(3);
    expect(papers().every((a) => a.date === '2026-11-27')).toBe(true);
  });
});

describe('另有1篇 beside a dated count: the third paper asked its day', () => {
  it('「11月20日报送廉政信息2篇，另有1篇」 → 还有 1 次 … → 11月27日: three papers, two on 11-20 and one on 11-27', async () => {
    const first = await answerText('林晓', '11月20日报送廉政信息2篇，另有1篇');
    expect(first).toMatch(/还有 ?1 ?次信息报送|哪一天/);
    const second = await answerText('林晓', '11月27日');
    await confirmIfCard(second);
    expect(papers().map((a) => a.date).sort()).toEqual(['2026-11-20', '2026-11-20', '2026-11-27']);
  });
});

describe('a total and its dated part after a check of another day: never five papers', () => {
  it('「1、11月4日…检查；2、报送廉政信息3篇，其中11月20日2篇」 → the third asked → 11月25日', async () => {
    const first = await answerText('林晓', '1、11月4日对财务科开展作风纪律检查；2、报送廉政信息3篇，其中11月20日2篇');
    expect(first).toMatch(/哪一天/);
    const second = await answerText('林晓', '11月25日');
    await confirmIfCard(second);
    expect(papers().map((a) => a.date).sort()).toEqual(['2026-11-20', '2026-11-20', '2026-11-25']);
    expect(activities().filter((a) => a.type === 'inspect_style')).toHaveLength(1);
  });
});
