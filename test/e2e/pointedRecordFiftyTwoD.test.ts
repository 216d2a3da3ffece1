// Round 52 (issue 10), fixer fwd: a message about a record already stored is a correction or a withdrawal of that record,
// never a second record.
// t54b B-F2: 林晓's 「黄书记11月13日查财务科那次其实是专项资金检查，麻烦改一下」 made a second check (专项资金检查 shown 完成); now the
// record pointed at is found and changed on a 请确认修改 card, or its reporter is named, and nothing new is recorded.
// Round 51's left-alones: 时间是3号 · 刚才报的财务科谈话不算 · 那个谈心是上周五的 after a receipt, 撤销… with a reason after it,
// and 台账里第3行…撤销掉 (was a 台账 export).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, recorded } = chat;

const CHECK = '黄书记11月13日到财务科开展了作风纪律检查';
const FIX = '黄书记11月13日查财务科那次其实是专项资金检查，麻烦改一下';

/** Sends `text` as `who`, and 确认 when a card is shown, so the report is recorded. */
describe('t54b B-F2: a record pointed back at and changed is that record changed', () => {
  it.each([
    [FIX],
    ['11月13日那次检查其实是专项资金检查'],
    ['不好意思，11月13日那次检查搞错了，应该是专项资金检查'],
    ['财务科那次检查应该是专项资金检查，谢谢'],
  ])('「%s」 from the clerk who reported it: a 请确认修改 card, one 专项资金检查 at 确认', async (said) => {
    await recorded('林晓', CHECK);
    expect(rows()).toEqual([['inspect_style', '2026-11-13', 'huangzhigang', '']]);
    const answer = await answerText('林晓', said);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/专项资金检查/);
    await say('林晓', '确认');
    expect(rows()).toEqual([['inspect_funds', '2026-11-13', 'huangzhigang', '']]);
  });

  it('the record reported by 黄志刚 himself: its reporter named, nothing changed, nothing new', async () => {
    await recorded('黄志刚', '11月13日到财务科开展了作风纪律检查');
    const answer = await answerText('林晓', FIX);
    expect(answer).toMatch(/黄志刚上报的/);
    expect(answer).not.toMatch(/请确认|已记录/);
    expect(rows()).toEqual([['inspect_style', '2026-11-13', 'huangzhigang', '']]);
  });

  it('no such record: said, nothing recorded', async () => {
    const answer = await answerText('林晓', '11月13日那次检查其实是专项资金检查');
    expect(answer).toMatch(/没有找到/);
    expect(activities()).toHaveLength(0);
  });

  it('王理事长和孙丽那次谈话其实是13号 from 王芳, who reported it: the day changed', async () => {
    await recorded('王芳', '11月12日王建国副理事长和孙丽进行了廉政谈话');
    expect(await answerText('王芳', '王理事长和孙丽那次谈话其实是13号，麻烦改一下')).toMatch(/请确认修改/);
    await say('王芳', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-13', 'wangjianguo', 'sunli']]);
  });

  it('near-miss: 「另外11月13日黄书记还查了财务科的专项资金」 is a new check', async () => {
    await recorded('林晓', CHECK);
    await recorded('林晓', '另外11月13日黄书记还查了财务科的专项资金');
    expect(rows().map((r) => r[0]).sort()).toEqual(['inspect_funds', 'inspect_style']);
  });
});

describe('round 51 left-alones: a bare change right after a receipt applies to the record just reported', () => {
  const TALK = '今天到财务科和王强进行了廉政谈话';
  it.each([
    ['时间是3号', '2026-11-03'],
    ['谈话时间是上周五', '2026-11-27'],
    ['那个谈话是3号的', '2026-11-03'],
    ['那次谈话应该是上周五', '2026-11-27'],
    ['那个日期写错了，是3号', '2026-11-03'],
  ])('「%s」: a 请确认修改 card, the day %s at 确认', async (said, day) => {
    await recorded('孙丽', TALK);
    expect(await answerText('孙丽', said)).toMatch(/请确认修改/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', day, 'sunli', 'wangqiang']]);
  });

  it.each([['刚才报的财务科谈话不算'], ['刚才报的财务科那次谈话不算'], ['撤销刚才报的财务科谈话']])('「%s」 withdraws it', async (said) => {
    await recorded('孙丽', TALK);
    expect(await answerText('孙丽', said)).toMatch(/已撤销/);
    expect(activities()).toHaveLength(0);
  });

  it('「刚才报的办公室谈话不算」 when it was at 财务科: none withdrawn, said', async () => {
    await recorded('孙丽', TALK);
    expect(await answerText('孙丽', '刚才报的办公室谈话不算')).toMatch(/没有找到/);
    expect(activities()).toHaveLength(1);
  });
});

describe('round 51 left-alones: typed 撤销 with a reason, or of a 台账 row', () => {
  const TALK = '11月19日和冯雪进行了廉政谈话';
  it.each([
    ['撤销陈志强和冯雪11月19日那次廉政谈话，时间还没定'],
    ['撤销11月19日和冯雪的廉政谈话 改期了'],
    ['刚才台账里第3行陈志强和冯雪那次谈话撤销掉，时间还没定下来'],
    ['台账第3行和冯雪那次谈话撤销'],
  ])('「%s」: the record found with its 撤销, then 撤销 withdraws it', async (said) => {
    await recorded('陈志强', TALK);
    const answer = await answerText('陈志强', said);
    expect(answer).toMatch(/找到 1 条/);
    expect(answer).not.toMatch(/已导出|没看懂/);
    expect(activities()).toHaveLength(1);
    expect(await answerText('陈志强', '撤销')).toMatch(/已撤销/);
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: 「导出陈志强和冯雪的台账」 still exports', async () => {
    await recorded('陈志强', TALK);
    expect(await answerText('陈志强', '导出陈志强和冯雪的台账')).toMatch(/已导出/);
  });
});
