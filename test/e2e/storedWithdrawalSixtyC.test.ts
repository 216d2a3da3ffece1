// Round 60 (issue 10), fixer fbc: a stored record withdrawn or corrected in a sentence that names it by its person, day or
// kind (t62a B-F1/B-F5/B-F6, t62b G5–G7: read as a deed not held, 没看懂, or a new talk asked its day).
// 1. Named by day and kind with a reason (…删掉吧，那天其实没学成): the record offered with 撤销, a typed 撤销 withdraws it.
// 2. Named by its counterpart, the rest said kept (跟李明那条没问题): only that record offered; the kept one untouched.
// 3. One person off a stored group (冯雪部长没参加 … 把她去掉): that person's record only.
// 4. <name>那条日期错了 是周五不是周四: the 原来/改为 card in the stored day's week.
// 5. A day corrected to a day still ahead: said so, nothing changed; a past day with the doer and counterpart: one record.
// 6. 刚才发的那个表格撤回一下，人数填错了: the latest report's records withdrawn.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: no reminder's hour interleaves a notice. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, recorded, rows, stored } = chat;

const STUDY = '11月19日组织集中学习《廉洁自律准则》，参加8人';

describe('1. a stored record named by day and kind, a withdrawal verb and a reason: offered, never read as not held', () => {
  it.each([
    ['11月19日那次集中学习删掉吧，那天其实没学成'],
    ['撤销11月19日那条学习'],
    ['11.19那次学习作废 没学成'],
    ['19号那次集中学习删掉吧 那天其实没学成'],
    ['把11月19日那次学习删了吧，那天停电没学成'],
    ['李主任说11月19日那次集中学习撤销，那天没学成'],
    ['撤销 11月 19日 那条 学习'],
  ])('胡军 「%s」 → the 11-19 study offered with 撤销; 撤销 then withdraws it', async (text) => {
    await recorded('胡军', STUDY);
    const answer = await answerText('胡军', text);
    expect(answer).toMatch(/找到 1 条/);
    expect(answer).toMatch(/廉政教育｜2026-11-19｜《廉洁自律准则》/);
    expect(answer).toMatch(/还没有改动任何记录/);
    expect(answer).not.toMatch(/没有进行|没看懂/);
    expect(activities()).toHaveLength(1);
    await say('胡军', '撤销');
    expect(activities()).toHaveLength(0);
  });

  it('another member\'s record is never offered: 李明 「11月19日那次集中学习删掉吧」 finds none of his own', async () => {
    await recorded('胡军', STUDY);
    const answer = await answerText('王芳', '11月19日那次集中学习删掉吧，那天其实没学成');
    expect(answer).toMatch(/没有找到您上报的/);
    expect(activities()).toHaveLength(1);
  });
});

describe('2. named by its counterpart, the others kept', () => {
  // Round 62 (gbb; gae's left-alone, the README's undo promise): a record of the latest report named by its person is
  // withdrawn at once with or without a reason after it, as 王强那条撤销 and 撤销和孙丽那条 withdraw it (was: offered first).
  it('王建国 「今天跟孙丽那条撤销 记错了 跟李明那条没问题」 → 孙丽\'s withdrawn at once, 李明 said kept', async () => {
    await stored('王建国', '今天分别和李明、孙丽进行了廉政谈话', 2);
    const answer = await answerText('王建国', '今天跟孙丽那条撤销 记错了 跟李明那条没问题');
    expect(answer).toMatch(/「跟李明那条没问题」：那条保留不动/);
    expect(answer).toMatch(/已撤销：[^\n]*对象：孙丽/);
    expect(answer).not.toMatch(/已撤销：[^\n]*对象：李明/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-04', 'wangjianguo', 'liming']]);
  });

  it.each([['王强那条撤销 他没谈'], ['王强那条撤销，他没谈'], ['和王强的那条删掉，他那天请假了'], ['11月27日和王强那条撤销，他没谈']])(
    '孙丽 「%s」 → the talk with 王强 withdrawn at once, the reason said back, 李娟\'s kept', async (text) => {
      await stored('孙丽', '11月27日分别和王强、李娟进行了廉政谈话', 2);
      const answer = await answerText('孙丽', text);
      expect(answer).toMatch(/已撤销：[^\n]*对象：王强/);
      expect(answer).toMatch(/只作说明/);
      expect(rows()).toEqual([['talk_integrity', '2026-11-27', 'sunli', 'lijuan']]);
    },
  );

  it('two records fit (今天那次谈话删掉吧 记错了): both listed, none withdrawn', async () => {
    await stored('王建国', '今天分别和李明、孙丽进行了廉政谈话', 2);
    const answer = await answerText('王建国', '今天那次谈话删掉吧 记错了');
    expect(answer).toMatch(/找到 2 条/);
    expect(activities()).toHaveLength(2);
  });

  it('near-miss: 「跟李明那条没问题」 alone changes nothing', async () => {
    await stored('王建国', '今天分别和李明、孙丽进行了廉政谈话', 2);
    const answer = await answerText('王建国', '跟李明那条没问题');
    expect(answer).not.toMatch(/已撤销|找到/);
    expect(activities()).toHaveLength(2);
  });
});

describe('3. one person off a stored group', () => {
  it.each([
    ['张书记说上周五集体谈话那个 冯雪部长没参加 她出差了 把她去掉'],
    ['上周五集体谈话那个，冯雪部长没参加，她出差了，把她去掉'],
    ['张书记说上周五的集体谈话 冯雪部长请假了 把她删掉'],
  ])('王芳 (张伟\'s talks with 8 heads on 11-27 stored) 「%s」 → 冯雪\'s record only; 确认 leaves 7', async (text) => {
    await stored('王芳', '上周五张伟书记与各部门负责人开展了集体廉政谈话', 8);
    const answer = await answerText('王芳', text);
    // Round 69 (gid; t71c): the one record found is withdrawn on a 请确认修改 card at once (was: 「找到 1 条」, then 撤销 typed).
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/原来：廉政谈话｜2026-11-27｜对象：冯雪[^\n]*\n\s*改为：（撤销：冯雪没参加）/);
    expect(activities()).toHaveLength(8);
    await say('王芳', '确认');
    expect(activities()).toHaveLength(7);
    expect(activities().some((a) => a.counterpartIds.includes('fengxue'))).toBe(false);
  });
});

describe('4. a day correction of the record named by its person', () => {
  it.each([['孙杰那条日期错了 是周五不是周四'], ['孙杰那条日期错了，是周五不是周四'], ['孙杰那次日期不对 应该是27号'], ['孙杰那条日期写错了，应该是11月27日']])(
    '何平 (talk with 孙杰 on Thu 11-26) 「%s」 → 原来 11-26 改为 11-27; 确认 changes it', async (text) => {
      await recorded('何平', '11月26日和孙杰进行了廉政谈话');
      const answer = await answerText('何平', text);
      expect(answer).toMatch(/原来：廉政谈话｜2026-11-26｜对象：孙杰/);
      expect(answer).toMatch(/改为：廉政谈话｜2026-11-27｜对象：孙杰/);
      await say('何平', '确认');
      expect(rows()).toEqual([['talk_integrity', '2026-11-27', 'heping', 'sunjie']]);
    },
  );
});

describe('5. a day corrected: still ahead said so; doer and counterpart pick one record', () => {
  const TWO = '11月27日王建国副理事长分别与孙丽、李明进行了廉政谈话';

  it.each([['刚才那条王建国和孙丽的谈话日期写错了，是12月5号'], ['刚才那条日期错了，应该是12月5号'], ['刚才那条和孙丽的谈话日期写错了，是下周一']])(
    '王芳 「%s」 → the day has not come, nothing changed or recorded', async (text) => {
      await stored('王芳', TWO, 2);
      const answer = await answerText('王芳', text);
      expect(answer).toMatch(/还没到/);
      expect(answer).not.toMatch(/类型未知|是哪一天/);
      expect(rows()).toEqual([
        ['talk_integrity', '2026-11-27', 'wangjianguo', 'sunli'],
        ['talk_integrity', '2026-11-27', 'wangjianguo', 'liming'],
      ]);
    },
  );

  it('王芳 「刚才那条王建国和孙丽的谈话日期写错了，是12月3号」 → the talk with 孙丽 only, not asked which', async () => {
    await stored('王芳', TWO, 2);
    const answer = await answerText('王芳', '刚才那条王建国和孙丽的谈话日期写错了，是12月3号');
    expect(answer).toMatch(/原来：廉政谈话｜2026-11-27｜对象：孙丽/);
    await say('王芳', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-03', 'wangjianguo', 'sunli'],
      ['talk_integrity', '2026-11-27', 'wangjianguo', 'liming'],
    ]);
  });
});

describe('6. 刚才发的那个表格 = the records of the latest report', () => {
  const LIST = '1. 11月2日 与王强进行廉政谈话\n2. 11月9日 组织学习《廉洁自律准则》，参加12人\n3. 11月16日 与李娟进行廉政谈话';
  it.each([['刚才发的那个表格撤回一下，人数填错了'], ['刚才发的那个表格撤回一下 人数填错了'], ['刚才那个列表撤销'], ['上面那个表格里的记录都删掉吧']])(
    '孙丽 「%s」 → the 3 records withdrawn', async (text) => {
      await stored('孙丽', LIST, 3);
      expect(await answerText('孙丽', text)).toMatch(/已撤销 3 项/);
      expect(activities()).toHaveLength(0);
    },
  );

  it('near-miss: a film titled 《撤回测试》 is a report', async () => {
    await recorded('周涛', '今天组织观看警示教育片《撤回测试》，参加8人');
    expect(rows()).toEqual([['edu_warning', '2026-12-04', 'zhoutao', '']]);
  });
});
