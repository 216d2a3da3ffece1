// Round 53 (issue 10), fixer fkc: answers and corrections typed while a card or a question waits (t55a F6, F7, left-alones).
// 1. t55a F6/A12: on a waiting card, 「第2条也是宣文部的」 was 「这条消息没有记录」 and 「第2条不对，是11月10日组织的」 was 「没有在通讯录
//    里找到「11月10日」」; only 「第2条部门改成宣文部」 worked. Now 也是 · 都是 · 是…组织的 · 不对，是… · 应该是 · 改一下，X · 改成, and item
//    numbers as 第N条 · 第N项 · 第N个 · (N) · N. · 中文 numerals, change the field named, shown again for 确认 (cardEditWords).
// 2. t55a F7: 「不在名单里」 to 「小王」是哪一位？ (several 王 offered) had to be pressed twice: the first press asked for the full name.
//    One press now leaves that record out, says so, and the rest goes on; 都不是 (none of those offered) still asks the full name.
// 3. Left-alones: 「李娟也在」 · 「还有李明也谈了」 right after a talk is stored offer another talk with that person on the same day,
//    on a card (checked here so they stay so); 「11月20日，还有李明也谈了」 to 是哪一天 keeps 李明 (asked, never dropped).
import { describe, expect, it } from 'vitest';
import { cardText } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** 孙丽's card of two: 1. 廉政教育 11-25 财务科 《廉洁自律准则》; 2. 警示教育 11-26 《迷途》, no department. */
const TWO = '11月25日财务科集中学习了《廉洁自律准则》，11月26日组织观看警示教育片《迷途》';
/** 李明's card of three: 1. 廉政谈话 11-03 王芳; 2. 廉政教育 11-09 《廉洁自律准则》 12人; 3. 警示教育 11-16 《围猎》. */
const THREE = '1. 11月3日 与王芳进行廉政谈话\n2. 11月9日 组织学习《廉洁自律准则》，参加12人\n3. 11月16日 组织观看警示教育片《围猎》';
/** 王磊's card of two (t55a A12). */
const A12 = '昨天宣文部 开会学习了 中央八项规定精神 ，然后还观看了 警示片，，';

const departmentsOf = (a: { departmentId?: string; departmentIds?: string[] }) => a.departmentIds ?? (a.departmentId ? [a.departmentId] : []);

/** One stored record's field, as the checks below name it. */
function field(a: ReturnType<typeof activities>[number], name: string): unknown {
  if (name === 'dept') return departmentsOf(a).join();
  if (name === 'date') return a.date;
  if (name === 'type') return a.type;
  if (name === 'actor') return a.actorId;
  if (name === 'with') return a.counterpartIds.join();
  if (name === 'title') return a.title;
  if (name === 'count') return a.attendees;
  throw new Error(name);
}

describe('t55a F6: 「item N\'s field is V」 said naturally on a waiting card changes that field', () => {
  it.each([
    ['孙丽', TWO, '第2条也是财务科的', 2, 'dept', 'finance'],
    ['孙丽', TWO, '第2条部门也是财务科', 2, 'dept', 'finance'],
    ['孙丽', TWO, '第二条也是财务科的', 2, 'dept', 'finance'],
    ['孙丽', TWO, '第2项也是财务科组织的', 2, 'dept', 'finance'],
    ['孙丽', TWO, '(2)部门是财务科', 2, 'dept', 'finance'],
    ['孙丽', TWO, '（2）部门改成财务科', 2, 'dept', 'finance'],
    ['孙丽', TWO, '第2条改一下，财务科', 2, 'dept', 'finance'],
    ['孙丽', TWO, '第二条应该是财务科', 2, 'dept', 'finance'],
    ['孙丽', TWO, '两条都是财务科的', 2, 'dept', 'finance'],
    ['孙丽', TWO, '部门都是财务科', 2, 'dept', 'finance'],
    ['孙丽', TWO, '第2条不对，是11月10日组织的', 2, 'date', '2026-11-10'],
    ['孙丽', TWO, '第2条不对 应该是11月24号看的', 2, 'date', '2026-11-24'],
    ['孙丽', TWO, '第二个是11月27日开展的', 2, 'date', '2026-11-27'],
    ['孙丽', TWO, '第2条应该是上周五组织的', 2, 'date', '2026-11-27'],
    ['孙丽', TWO, '第2条也是11月25日', 2, 'date', '2026-11-25'],
    ['孙丽', TWO, '都是11月20日', 1, 'date', '2026-11-20'],
    ['孙丽', TWO, '都是11月20日', 2, 'date', '2026-11-20'],
    ['孙丽', TWO, '2. 日期是11月28日', 2, 'date', '2026-11-28'],
    ['孙丽', TWO, '第2条也是12人参加', 2, 'count', 12],
    ['孙丽', TWO, '第2条人数也是9人', 2, 'count', 9],
    ['孙丽', TWO, '第1条也是警示教育', 1, 'type', 'edu_warning'],
    ['孙丽', TWO, '第1条改一下，是警示教育', 1, 'type', 'edu_warning'],
    ['孙丽', TWO, '第2条题目也是廉洁自律准则', 2, 'title', '廉洁自律准则'],
    ['孙丽', TWO, '第1条是王建国副理事长组织的', 1, 'actor', 'wangjianguo'],
    ['李明', THREE, '第3项也是12人参加', 3, 'count', 12],
    ['李明', THREE, '第三条也是11月9日组织的', 3, 'date', '2026-11-09'],
    ['李明', THREE, '(3)也是办公室的', 3, 'dept', 'office'],
    ['李明', THREE, '第2个部门是办公室', 2, 'dept', 'office'],
    ['李明', THREE, '第1条对象应该是胡军', 1, 'with', 'hujun'],
    ['李明', THREE, '第1条不对，是和胡军谈的', 1, 'with', 'hujun'],
    ['王磊', A12, '第2条也是11月28日组织的', 2, 'date', '2026-11-28'],
  ])('%s: after 「%s」, 「%s」 → record %i\'s %s is %s', async (who, report, said, n, name, value) => {
    const card = await answerText(who, report);
    expect(card).toMatch(/请确认/);
    const answer = await answerText(who, said);
    expect(answer).not.toMatch(/没有记录|没看懂|没有在通讯录/);
    expect(answer).toMatch(/已按您的更正修改/);
    expect(activities()).toEqual([]);
    await say(who, '确认');
    expect(field(activities()[n - 1]!, name)).toEqual(value);
  });

  it.each([
    ['孙丽', TWO, '第3条删掉', /只有 2 条记录，没有第3条/],
    ['孙丽', TWO, '时间是明天', /还没到/],
    ['孙丽', TWO, '第2条是明天', /还没到/],
    ['孙丽', TWO, '第5项也是财务科的', /仍在等您确认/],
  ])('%s: after 「%s」, 「%s」: said why, nothing changed, the card still waits', async (who, report, said, why) => {
    await answerText(who, report);
    const answer = await answerText(who, said);
    expect(answer).toMatch(why);
    expect(answer).toMatch(/请确认/);
    expect(activities()).toEqual([]);
    await say(who, '确认');
    expect(activities().map((a) => a.date)).toEqual(['2026-11-25', '2026-11-26']);
  });

  it('「第3条删掉」 on a card of three leaves 3 out', async () => {
    await answerText('李明', THREE);
    expect(await answerText('李明', '第3条删掉')).toMatch(/请确认/);
    await say('李明', '确认');
    expect(activities().map((a) => a.type)).toEqual(['talk_integrity', 'edu_integrity']);
  });

  it('near-miss: a new numbered report while a card waits is no edit of it', async () => {
    await answerText('孙丽', TWO);
    const answer = await answerText('孙丽', '1. 11月27日 与王强进行廉政谈话\n2. 11月28日 与李娟进行谈心谈话');
    expect(answer).not.toMatch(/已按您的更正修改/);
  });
});

describe('t55a F7: 「不在名单里」 about an unknown name is one press', () => {
  it.each([
    ['吴静', '昨天和新来的实习生小王谈心谈话，还有刘洋', '小王', ['liuyang']],
    ['吴静', '昨天和刘洋、小王分别谈心谈话', '小王', ['liuyang']],
    ['孙丽', '上周五和小张进行了廉政谈话，又和王强谈了一次', '小张', ['wangqiang']],
    ['王芳', '今天和小刘、胡军进行了谈心谈话', '小刘', ['hujun']],
    ['李明', '11月20日与小王、王芳分别进行廉政谈话', '小王', ['wangfang']],
    ['王建国', '昨天和小李、孙丽分别进行了廉政谈话', '小李', ['sunli']],
    ['张伟', '上周四与小孙、周涛进行了谈心谈话', '小孙', ['zhoutao']],
    ['何平', '11月18日和小陈 徐辉谈心谈话', '小陈', ['xuhui']],
    ['吴静', '昨天和刘洋谈心谈话 还有新来的小李', '小李', ['liuyang']],
    ['孙丽', '今天和王强、小刘进行廉政谈话', '小刘', ['wangqiang']],
  ])('%s 「%s」 → 「%s」是哪一位？ → 不在名单里: left out at once and said, the rest on the card', async (who, report, name, kept) => {
    const question = await answerText(who, report);
    expect(question).toContain(`「${name}」是哪一位？`);
    const answer = await answerText(who, '不在名单里');
    expect(answer).toContain(`「${name}」不在名单（通讯录）里`);
    expect(answer).not.toMatch(/请回复全名|是哪一位/);
    if (activities().length === 0) await say(who, '确认');
    expect(activities().flatMap((a) => a.counterpartIds)).toEqual(kept);
  });

  it.each([
    ['王芳', '今天和小刘进行了谈心谈话', '小刘', '不在名单里'],
    ['王芳', '今天和小刘进行了谈心谈话', '小刘', '不在名单里。'],
    ['王芳', '今天和小刘进行了谈心谈话', '小刘', '名单里没有'],
    ['孙丽', '上周五和小张进行了廉政谈话', '小张', '不在名单里'],
    ['孙丽', '上周五和小张进行了廉政谈话', '小张', '都不在名单里'],
    ['李娟', '昨天和小王谈心谈话了', '小王', '不在名单里'],
    ['胡军', '11月26日与小王进行了廉政谈话', '小王', '不在名单上'],
    ['周涛', '上周三和小张谈了心', '小张', '不在名单中'],
    ['王建国', '昨天和小李进行了廉政谈话', '小李', '不在名单里'],
    ['张伟', '上周四与小孙进行了谈心谈话', '小孙', '不在名单里'],
    ['何平', '11月18日和小陈谈心谈话', '小陈', '不在名单里'],
    ['赵敏', '11月20号和小王谈心谈话了', '小王', '不在名单里！'],
  ])('%s 「%s」 → 「%s」是哪一位？ → 「%s」: nothing recorded, the question ends', async (who, report, name, said) => {
    expect(await answerText(who, report)).toContain(`「${name}」是哪一位？`);
    const answer = await answerText(who, said);
    expect(answer).toContain(`「${name}」不在名单（通讯录）里`);
    expect(answer).not.toContain('请回复全名');
    expect(await answerText(who, '刘洋')).not.toMatch(/已记录|请确认/);
    expect(activities()).toEqual([]);
  });

  it.each([['都不是'], ['以上都不是'], ['不是这几位']])('near-miss: 「%s」 (none of those offered) still asks the full name', async (said) => {
    await answerText('王芳', '今天和小刘进行了谈心谈话');
    const answer = await answerText('王芳', said);
    expect(answer).toContain('请回复全名');
    await say('王芳', '刘洋');
    expect(activities()).toMatchObject([{ type: 'talk_heart', counterpartIds: ['liuyang'] }]);
  });

  it('tapped: the button 不在名单里 on 「小王」是哪一位？ leaves it out in one tap', async () => {
    const [question] = await chat.answers('吴静', '昨天和新来的实习生小王谈心谈话，还有刘洋');
    const answer = await chat.t.click('吴静', question!.messageId, { action: 'answer', text: '不在名单里' });
    expect(answer.status).toBe(200);
    await chat.t.running.drain();
    const shown = answer.body.card ? cardText(answer.body.card.data) : chat.lastText();
    expect(shown).toContain('「小王」不在名单（通讯录）里');
    expect(shown).not.toContain('请回复全名');
  });
});

describe('left-alones: one more person right after a talk', () => {
  it.each([
    ['孙丽', '上周五和王强进行了廉政谈话', '李娟也在', 'lijuan', '2026-11-27'],
    ['孙丽', '上周五和王强进行了廉政谈话', '还有李娟也谈了', 'lijuan', '2026-11-27'],
    ['孙丽', '上周五和王强进行了廉政谈话', '李娟也参加了', 'lijuan', '2026-11-27'],
    ['孙丽', '11月20日和王强进行了廉政谈话', '还有李娟', 'lijuan', '2026-11-20'],
    ['孙丽', '11月20日和王强进行了廉政谈话', '另外还有李娟同志', 'lijuan', '2026-11-20'],
    ['王建国', '昨天和李明主任进行了廉政谈话', '孙丽科长也谈了', 'sunli', '2026-11-29'],
    ['王建国', '昨天和李明主任进行了廉政谈话', '还有孙丽', 'sunli', '2026-11-29'],
    ['周涛', '11月24日与张颖开展谈心谈话', '还有胡军也谈了', 'hujun', '2026-11-24'],
    ['周涛', '11月24日与张颖开展谈心谈话', '胡军当天也谈了', 'hujun', '2026-11-24'],
    ['吴静', '今天和刘洋进行了谈心谈话', '何平也在', 'heping', '2026-11-30'],
    ['孙丽', '上周五和王强进行了廉政谈话', '还有李娟，也是那天谈的', 'lijuan', '2026-11-27'],
    ['孙丽', '上周五和王强进行了廉政谈话', '刚才那条，李娟也谈了', 'lijuan', '2026-11-27'],
    ['李明', '昨天和王芳谈心谈话', '胡军也在', 'hujun', '2026-11-29'],
    ['李明', '昨天和王芳谈心谈话', '还有胡军也谈了', 'hujun', '2026-11-29'],
    ['吴静', '今天和刘洋进行了谈心谈话', '还有何平也谈了', 'heping', '2026-11-30'],
  ])('%s 「%s」 stored, then 「%s」 → a card of a talk with that person on the same day', async (who, report, more, id, day) => {
    expect(await answerText(who, report)).toMatch(/已记录/);
    const card = await answerText(who, more);
    expect(card).toMatch(/请确认/);
    await say(who, '确认');
    expect(activities().at(-1)).toMatchObject({ counterpartIds: [id], date: day });
    expect(activities()).toHaveLength(2);
  });

  it.each([
    ['孙丽', '和王强进行了廉政谈话', '11月20日，还有李娟也谈了', 'lijuan', '2026-11-20'],
    ['孙丽', '和王强进行了廉政谈话', '11月20日 还有李娟也谈了', 'lijuan', '2026-11-20'],
    ['孙丽', '和王强进行了廉政谈话', '上周五，还有李娟也谈了', 'lijuan', '2026-11-27'],
    ['李明', '和王芳进行了谈心谈话', '11月20日，还有胡军也谈了', 'hujun', '2026-11-20'],
    ['李明', '和王芳进行了谈心谈话', '11月20日。另外胡军也谈了', 'hujun', '2026-11-20'],
  ])('%s 「%s」 asked the day; 「%s」: that person too, on the day answered, on a card', async (who, report, answer, id, day) => {
    expect(await answerText(who, report)).toContain('是哪一天');
    expect(await answerText(who, answer)).toMatch(/请确认/);
    expect(activities()).toEqual([]);
    await say(who, '确认');
    expect(activities().map((a) => [a.counterpartIds.join(), a.date])).toEqual([[who === '孙丽' ? 'wangqiang' : 'wangfang', day], [id, day]]);
  });

  it('near-miss: 「11月20日，还有11月25日也谈了一次」 is two days of the one talk, as before', async () => {
    await answerText('孙丽', '和王强进行了廉政谈话');
    await answerText('孙丽', '11月20日，还有11月25日也谈了一次');
    if (activities().length === 0) await say('孙丽', '确认');
    expect(activities().map((a) => [a.counterpartIds.join(), a.date])).toEqual([['wangqiang', '2026-11-20'], ['wangqiang', '2026-11-25']]);
  });
});
