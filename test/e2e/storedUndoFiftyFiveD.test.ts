// Round 55 (issue 10), fixer fhd: typed corrections and undos of a record already STORED (fjaa's left-alone list, t57a F6).
// 1. 是和李娟廉政谈话 after a 谈心 with 李娟 asked its day as a new talk: now the stored talk's type on 请确认修改.
// 2. 刚才报的本周四和李明的谈心谈话撤销，记错了 · 上午报的那个检查不算，删掉吧 · 那条记错了，撤回 were 没看懂: found, 撤销 offered.
// 3. 李娟 「刚才那条人数写错了，是7人」 with only 孙丽's 警示教育 stored was 「您还没有可以修改的记录。」: whose it is, said.
// 4. 11月20日那次检查，之前报的写错了，请更正 · 之前报的写错了，请修改 were 没看懂: the record shown, what to change asked.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: no reminder's hour interleaves a notice; 本周四 is yesterday. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, recorded } = chat;

describe('1. the talk type of a stored talk restated: its type changed at 确认, never a new talk', () => {
  it.each([
    ['昨天和李娟进行了廉政谈话', '是谈心不是廉政谈话', 'talk_heart'],
    ['昨天和李娟进行了廉政谈话', '刚才那条是谈心谈话', 'talk_heart'],
    ['昨天和李娟进行了廉政谈话', '类型错了，应该是谈心谈话', 'talk_heart'],
    ['昨天和李娟进行了谈心谈话', '是和李娟廉政谈话', 'talk_integrity'],
    ['昨天和李娟进行了谈心谈话', '不对，应该是和李娟的廉政谈话', 'talk_integrity'],
    ['昨天和李娟进行了谈心谈话', '刚才说的是和李娟的廉政谈话', 'talk_integrity'],
    ['昨天和李娟进行了廉政谈话', '是跟李娟谈心谈话', 'talk_heart'],
    ['昨天和李娟进行了廉政谈话', '其实是和李娟谈心', 'talk_heart'],
  ])('王强: 「%s」 stored, then 「%s」 → 请确认修改 of the type → 确认 → %s with 李娟', async (report, correction, type) => {
    await recorded('王强', report);
    const answer = await answerText('王强', correction);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).not.toMatch(/对象改为/);
    expect(activities()).toHaveLength(1);
    await say('王强', '确认');
    expect(activities().map((a) => [a.type, a.counterpartIds])).toEqual([[type, ['lijuan']]]);
  });

  it('the person and the type both restated: both changed on the one card', async () => {
    await recorded('王强', '昨天和李娟进行了廉政谈话');
    expect(await answerText('王强', '刚才说的是和王芳谈心')).toMatch(/请确认修改/);
    await say('王强', '确认');
    expect(activities().map((a) => [a.type, a.counterpartIds])).toEqual([['talk_heart', ['wangfang']]]);
  });

  it('the same type restated: said, nothing changed, nothing new', async () => {
    await recorded('王强', '昨天和李娟进行了廉政谈话');
    expect(await answerText('王强', '是和李娟廉政谈话')).toMatch(/已经是廉政谈话，没有改动/);
    expect(activities().map((a) => a.type)).toEqual(['talk_integrity']);
  });

  it('near-miss: a new talk with 李娟 on another day is recorded at once', async () => {
    await recorded('王强', '昨天和李娟进行了谈心谈话');
    await answerText('王强', '11月25日和李娟进行了廉政谈话');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['talk_heart', '2026-12-03'], ['talk_integrity', '2026-11-25']]);
  });
});

describe('2. a stored record named, a slip, 撤销/删掉 after it: found with its 撤销, withdrawn only by a 撤销', () => {
  it.each([
    ['王建国', '周四和李明进行了谈心谈话', '刚才报的本周四和李明的谈心谈话撤销，记错了'],
    ['王建国', '周四和李明进行了谈心谈话', '那条记错了，撤回'],
    ['王建国', '周四和李明进行了谈心谈话', '刚才报的那条谈心谈话报重复了，麻烦删除一下'],
    ['王建国', '周四和李明进行了谈心谈话', '和李明那次谈心谈话记错了，撤销'],
    ['林晓', '今天上午对财务科开展了作风纪律检查', '上午报的那个检查不算，删掉吧'],
    ['孙丽', '昨天组织财务科观看警示教育片，6人参加', '之前报的警示教育重复了，请删除'],
  ])('%s: 「%s」 stored, then 「%s」 → 找到 1 条, nothing withdrawn; 撤销 → withdrawn', async (who, report, said) => {
    await recorded(who, report);
    const answer = await answerText(who, said);
    expect(answer).toMatch(/找到 1 条/);
    expect(answer).not.toMatch(/没看懂/);
    expect(activities()).toHaveLength(1);
    expect(await answerText(who, '撤销')).toMatch(/已撤销/);
    expect(activities()).toHaveLength(0);
  });

  it('和李明那条删除 stays round 33c’s: the latest report’s record withdrawn at once, said', async () => {
    await recorded('王建国', '周四和李明进行了谈心谈话');
    expect(await answerText('王建国', '和李明那条删除')).toMatch(/已撤销/);
    expect(activities()).toHaveLength(0);
  });

  it('nothing stored: said, nothing new', async () => {
    const answer = await answerText('王建国', '那条记错了，撤回');
    expect(answer).toMatch(/还没有可以修改或撤销的记录/);
    expect(activities()).toHaveLength(0);
  });
});

describe('3. a colleague’s record corrected: whose it is and who may change it, nothing stored', () => {
  it.each([['刚才那条人数写错了，是7人'], ['刚才那条日期错了，应该是昨天'], ['刚才那条人数不对，是7人']])('李娟 「%s」 after 孙丽’s 警示教育', async (said) => {
    await recorded('孙丽', '今天组织财务科观看警示教育片，6人参加');
    expect(await answerText('李娟', said)).toMatch(/孙丽上报的12月4日的警示教育（6人参加），只能由上报人孙丽修改/);
    expect(activities().map((a) => [a.attendees, a.date])).toEqual([[6, '2026-12-04']]);
  });

  it('李娟 「之前报的写错了，请修改」 after 孙丽’s 警示教育: whose it is, nothing stored', async () => {
    await recorded('孙丽', '今天组织财务科观看警示教育片，6人参加');
    expect(await answerText('李娟', '之前报的写错了，请修改')).toMatch(/孙丽上报的12月4日的警示教育（6人参加），只能由上报人孙丽修改/);
    expect(activities()).toHaveLength(1);
  });
});

describe('4. 之前报的写错了，请更正 with no new value: the record shown, what to change asked', () => {
  it.each([['11月20日那次检查，之前报的写错了，请更正'], ['之前报的写错了，请修改'], ['那条检查记录有误，麻烦更正一下']])('林晓 「%s」', async (said) => {
    await recorded('林晓', '11月20日对财务科开展了作风纪律检查');
    const answer = await answerText('林晓', said);
    expect(answer).toMatch(/找到 1 条.*要改哪一项/);
    expect(answer).toMatch(/2026-11-20/);
    expect(activities()).toHaveLength(1);
  });

  it('near-miss: a new check on another day is recorded at once', async () => {
    await recorded('林晓', '11月20日对财务科开展了作风纪律检查');
    await answerText('林晓', '12月1日对办公室开展了作风纪律检查');
    expect(activities()).toHaveLength(2);
  });
});
