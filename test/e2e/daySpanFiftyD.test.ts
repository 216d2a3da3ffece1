// Over HTTP, round 50 fixer D (tester t52b on the round-49 merge, /work/rounds/r49/t52b-findings.md; issue 10):
//  t52b F7  冯雪's list 「…⏎10月下旬 部门集中学习《廉洁自律准则》⏎…」: the day question offered 今天/昨天 and did not say
//           「消息说的是10月下旬」; now it says the span with its days and offers only days inside it;
//  t52b F4  「11月20日向党组书面报告上半年维权信访工作中廉政风险情况」 was answered as a completion query (「没有完全听懂」), and
//           the list's line 「11月 向党组书面报告…」 was 「没有读出可记录的活动」; now both are the 向党组报告 (its day asked);
//  t52b F6  「…张伟与各科室（中心）主要负责人签订了…责任书，共8份。」 asked 「张伟是和谁签订的？」; now the eight heads on a card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { buttonValues, sentText } from '../support/testBot.js';

/** Saturday 2026-12-05, 10:00 in Shanghai (the testers' day). */
const chat = useChatBot(new Date('2026-12-05T10:00:00+08:00'));
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** What the bot answered `from`'s message, as text, and the answers its buttons offer. */
async function asked(from: string, text: string): Promise<{ said: string; offered: string[] }> {
  const sent = await chat.answers(from, text);
  return { said: sent.map(sentText).join('\n'), offered: sent.flatMap((m) => buttonValues(m.content).filter((v) => v.action === 'answer').map((v) => v.text as string)) };
}

const LIST = '维权部10月、11月党风廉政工作：\n10月12日 冯雪与赵磊廉政谈话\n10月下旬 部门集中学习《廉洁自律准则》\n11月5日 参加机关警示教育大会，观看《零容忍》第三集\n11月 向党组书面报告上半年维权信访工作中廉政风险情况';

describe('t52b F7: a day question for part of a month says it and offers days inside it', () => {
  it('冯雪’s list: 10月下旬 is said with its days, no 今天/昨天; the 11月 report is asked its day too, then the three deeds stored', async () => {
    const { said, offered } = await asked('冯雪', LIST);
    expect(said).toContain('消息说的是10月下旬（10月21日—10月31日）');
    expect(offered).not.toContain('今天');
    expect(offered).not.toContain('昨天');
    expect(said).not.toContain('没有读出可记录的活动');
    await chat.say('冯雪', '10月27日');
    expect(chat.lastText()).toContain('消息说的是11月（11月1日—11月30日）');
    await chat.say('冯雪', '11月20日');
    if (chat.activities().length === 0) await chat.say('冯雪', '确认');
    expect(chat.activities().map((a) => [a.type, a.date, a.departmentId])).toEqual([
      ['talk_integrity', '2026-10-12', 'rights'],
      ['edu_integrity', '2026-10-27', 'rights'],
      // 11月5日 参加机关警示教育大会: the 机关's conference only attended, no record (round 51 fzc, policy).
      ['report_to_party', '2026-11-20', 'rights'],
    ]);
  });

  it('alone, 10月下旬 (one month named) is said as the part of the month, not only 「10月」', async () => {
    const offered = await chat.offered('冯雪', '10月下旬 部门集中学习《廉洁自律准则》');
    expect(chat.lastText()).toContain('消息说的是10月下旬（10月21日—10月31日），请回复日期，如「10月26日」');
    expect(offered.filter((o) => o !== '取消')).toEqual([]);
  });

  it('月初 on 12-05 offers 今天 and 昨天, which are inside it', async () => {
    const offered = await chat.offered('吴静', '月初和刘洋进行了谈心谈话');
    expect(chat.lastText()).toContain('消息说的是月初（12月1日—12月5日）');
    expect(offered.filter((o) => o !== '取消')).toEqual(['今天', '昨天']);
  });

  it('near-miss: 上个月 (a whole month, the message’s frame) keeps 「消息说的是11月」', async () => {
    await chat.say('孙丽', '上个月和王强谈心谈话了一次');
    expect(chat.lastText()).toMatch(/是哪一天进行的？消息说的是11月，/);
  });
});

describe('t52b F4: a report to the 党组 told done is no completion query', () => {
  it('「11月20日向党组书面报告上半年…情况」 is recorded, never 「没有完全听懂」', async () => {
    const said = await chat.answerText('冯雪', '11月20日向党组书面报告上半年维权信访工作中廉政风险情况');
    expect(said).not.toContain('没有完全听懂');
    if (chat.activities().length === 0) await chat.say('冯雪', '确认');
    expect(chat.activities().map((a) => [a.type, a.date, a.departmentId])).toEqual([['report_to_party', '2026-11-20', 'rights']]);
  });

  it('「11月向党组书面报告…情况」 asks its day in November', async () => {
    const said = await chat.answerText('冯雪', '11月向党组书面报告上半年维权信访工作中廉政风险情况');
    expect(said).not.toContain('没有完全听懂');
    expect(said).toContain('消息说的是11月');
  });

  it('near-miss: 「向党组报告全面从严治党情况完成情况」 is still the completion query', async () => {
    const said = await chat.answerText('冯雪', '向党组报告全面从严治党情况完成情况');
    expect(said).not.toContain('是哪一天');
    expect(chat.activities()).toHaveLength(0);
  });
});

describe('t52b F6: the heads written with brackets are the heads’ group', () => {
  it('黄志刚’s 3月 补录 of 张伟 with 各科室（中心）主要负责人, 共8份: eight signings on a card, no 「和谁」', async () => {
    const said = await chat.answerText('黄志刚', '3月份补录：3月15日党组书记张伟与各科室（中心）主要负责人签订了2026年度党风廉政建设责任书，共8份。');
    expect(said).not.toContain('是和谁签订的');
    await chat.say('黄志刚', '确认');
    expect(chat.activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual(
      ['liming', 'sunli', 'zhoutao', 'wujing', 'zhenghua', 'wanglei', 'fengxue', 'heping'].map((id) => ['pledge_sign', '2026-03-15', 'zhangwei', id]),
    );
  });

  it('共7份 beside the eight heads is said on the card', async () => {
    const said = await chat.answerText('张伟', '3月15日与各科室（中心）主要负责人签订了责任书，共7份');
    expect(said).toContain('消息写的是「7份」，与按签订人记录的8人不一致');
  });
});
