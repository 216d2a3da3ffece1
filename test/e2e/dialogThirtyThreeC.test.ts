// Round 33c (issue 10): shapes of correction and choice left open by the last session's helpers.
// - 「孙丽的廉政谈话不用记」「和王强那条不算」「刚才那条警示教育不用记了」 with nothing waiting were read as new reports (asked
//   the day, or stored at once as a new 警示教育). Now the named record of the latest report is withdrawn as 撤销 does, or
//   the bot says none fits and how to withdraw an older one.
// - A loose department name that fits two departments (到中心康复科室检查: 康复部 or 残疾人康复中心) was named on the card and
//   stored with no department; now it is asked, the choices listed, answered by name or number.
// - After 确认 of a change said of every record (三条都改成11月20日), the receipt showed before → after on the first
//   record only; the others looked unchanged. Each changed record now shows its own old value.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

describe('a change confirmed on every record of the latest report', () => {
  it('「三条都改成11月20日」 → 确认: each receipt line shows its own day before → after', async () => {
    await say('刘芳', '和周涛进行了谈心谈话');
    await say('刘芳', '11月3日、11月10日、11月17日');
    expect(rows().map((r) => r[1])).toEqual(['2026-11-03', '2026-11-10', '2026-11-17']);
    await say('刘芳', '三条都改成11月20日');
    expect(lastText()).toContain('请确认修改');
    await say('刘芳', '确认');
    const receipt = lastText();
    expect(receipt).toContain('已修改');
    for (const day of ['2026-11-03', '2026-11-10', '2026-11-17']) expect(receipt).toMatch(new RegExp(`原来：~~谈心谈话｜${day}[^~]*~~\\n改为：谈心谈话｜2026-11-20`));
    expect(receipt.match(/原来：/g)).toHaveLength(3);
    expect(rows().map((r) => r[1])).toEqual(['2026-11-20', '2026-11-20', '2026-11-20']);
  });

  it('a change of one record still marks that record alone', async () => {
    await say('刘芳', '和周涛进行了谈心谈话');
    await say('刘芳', '11月3日');
    await say('刘芳', '刚才那条日期错了，应该是11月12日');
    await say('刘芳', '确认');
    expect(lastText()).toMatch(/原来：~~谈心谈话｜2026-11-03[^~]*~~\n改为：谈心谈话｜2026-11-12/);
    expect(lastText().match(/原来：/g)).toHaveLength(1);
  });
});

describe('a department written loosely that fits two is asked', () => {
  const placed = () => activities().map((a) => [a.type, a.date, a.actorId, a.departmentId]);

  it('「到中心康复科室」 asks which, the two listed; 「康复部」 records the check there', async () => {
    await say('林晓', '11月20日到中心康复科室开展作风纪律检查');
    expect(lastText()).toContain('「中心康复科室」是哪个部门？1. 康复部  2. 残疾人康复中心');
    expect(activities()).toHaveLength(0);
    await say('林晓', '康复部');
    expect(placed()).toEqual([['inspect_style', '2026-11-20', 'linxiao', 'rehab']]);
  });

  it('two checks of one place are asked once; 「2」 is the second listed', async () => {
    await say('何平', '11月11日、11月25日分别对中心康复科室开展作风纪律检查');
    expect(lastText()).toContain('是哪个部门？');
    await say('何平', '2');
    expect(placed()).toEqual([
      ['inspect_style', '2026-11-11', 'heping', 'center'],
      ['inspect_style', '2026-11-25', 'heping', 'center'],
    ]);
  });

  it('an answer that is no department asks again; 取消 gets out with nothing stored', async () => {
    await say('林晓', '11月20日到中心康复科室开展作风纪律检查');
    await say('林晓', '不知道');
    expect(lastText()).toContain('是哪个部门？');
    await say('林晓', '取消');
    expect(lastText()).toContain('已取消');
    expect(activities()).toHaveLength(0);
  });

  it('宣文科室 (one fits) is still resolved on the card, not asked', async () => {
    await say('林晓', '11月20日到宣文科室开展作风纪律检查');
    expect(lastText()).toContain('「宣文科室」按宣文部记录');
    expect(lastText()).not.toContain('是哪个部门');
    await say('林晓', '确认');
    expect(placed()).toEqual([['inspect_style', '2026-11-20', 'linxiao', 'publicity']]);
  });
});

describe('a record of the latest report named to be left out, nothing waiting', () => {
  it('「孙丽的廉政谈话不用记」 withdraws that one record of the four confirmed; no new report is asked', async () => {
    await say('王建国', '11月30日和李明、孙丽签订了责任书，并进行了廉政谈话');
    await say('王建国', '确认');
    expect(rows()).toHaveLength(4);
    await say('王建国', '孙丽的廉政谈话不用记');
    expect(lastText()).toContain('已撤销：廉政谈话｜2026-11-30');
    expect(lastText()).not.toContain('是哪一天');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-30', 'wangjianguo', 'liming'],
      ['pledge_sign', '2026-11-30', 'wangjianguo', 'sunli'],
      ['talk_integrity', '2026-11-30', 'wangjianguo', 'liming'],
    ]);
  });

  it('「刚才那条警示教育不用记了」 withdraws the 警示教育 just stored, and stores no new one', async () => {
    await say('王磊', '今天组织部里观看了警示教育片，参加6人');
    expect(rows()).toEqual([['edu_warning', '2026-11-30', 'wanglei', '']]);
    await say('王磊', '刚才那条警示教育不用记了');
    expect(lastText()).toContain('已撤销：警示教育');
    expect(rows()).toEqual([]);
  });

  it('「和王强那条不算」 when the latest report has none with 王强: said plainly, nothing withdrawn or recorded', async () => {
    await say('刘芳', '昨天和周涛进行了谈心谈话');
    await say('刘芳', '和王强那条不算');
    expect(lastText()).toContain('没有找到「王强」');
    expect(lastText()).toContain('如要撤销更早的记录');
    expect(rows()).toEqual([['talk_heart', '2026-11-29', 'liufang', 'zhoutao']]);
  });

  it('beside a new deed, 「刚才那条警示教育不算」 makes no second record: the deed on a card that says so', async () => {
    await say('王建国', '今天和孙丽进行了廉政谈话，刚才那条警示教育不算');
    expect(lastText()).toContain('「刚才那条警示教育不算」说的是之前的记录，没有记成新的一条');
    await say('王建国', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'wangjianguo', 'sunli']]);
  });

  it('two records that fit are shown with a 撤销 each, none withdrawn; with no record at all it is said', async () => {
    await say('陈志强', '11月30日和郑华、冯雪分别进行了廉政谈话');
    if (lastText().includes('请确认')) await say('陈志强', '确认');
    expect(rows()).toHaveLength(2);
    await say('陈志强', '刚才的廉政谈话不算');
    expect(lastText()).toContain('有 2 项是「廉政谈话」，还没有撤销任何一项');
    expect(rows()).toHaveLength(2);
    await say('赵磊', '孙丽的廉政谈话不用记');
    expect(lastText()).toContain('您还没有上报过记录');
    expect(rows()).toHaveLength(2);
  });
});
