// Round 63 (t66a Part B), fixer gcj: corrections of STORED records in loose words, read as new reports or not understood.
// B-F10. 张伟 「上周五那两份承诺书其实是刘芳和郑华、冯雪签的 不是陈志强签的」 (his own report): both signings' doer → 刘芳.
// B-F5. 胡军 relaying 「李主任说4号那两次谈心不是他谈的，是王建国副理事长找王芳和胡军谈的」: both talks' doer → 王建国; 那两条…改成
//   王建国 both; after 「找到 2 条」, 两条都改 · 第1条和第2条「李明」都改为「王建国」 · the card's own 第1条「李明」改为「王建国」.
// B-F3. 12.1那条弄反了 … · 活动人是徐辉，对象是何平: the stored talk's sides. B-F6. 那次不算X 算Y吧: its kind. B-F7. 换成王强吧 记错人了.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock: 上周三 is 12-02, 上周五 12-04). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, stored } = chat;

describe('B-F10. the doer denied by name in the member own words', () => {
  it.each([
    ['张伟', '上周五那两份承诺书其实是刘芳和郑华、冯雪签的 不是陈志强签的'],
    ['张伟', '上周五陈志强和郑华、冯雪签的那两条，活动人改为刘芳'],
  ])('%s 「%s」 → both signings 刘芳 on one card', async (who, text) => {
    await stored('张伟', '12月4日陈志强和郑华、冯雪签了廉政承诺书', 2);
    const answer = await answerText(who, text);
    expect(answer).toMatch(/请确认修改/);
    expect(activities()).toHaveLength(2);
    await say(who, '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-04', 'liufang', 'zhenghua'],
      ['pledge_sign', '2026-12-04', 'liufang', 'fengxue'],
    ]);
  });
});

describe('B-F10. a clerk who did not report them', () => {
  it('王芳 「上周五那两份承诺书其实是刘芳和郑华、冯雪签的 不是陈志强签的」 → told 张伟 reported them, nothing changed or new', async () => {
    await stored('张伟', '12月4日陈志强和郑华、冯雪签了廉政承诺书', 2);
    const answer = await answerText('王芳', '上周五那两份承诺书其实是刘芳和郑华、冯雪签的 不是陈志强签的');
    expect(answer).toMatch(/张伟上报的/);
    expect(activities()).toHaveLength(2);
    expect(rows().map((r) => r[2])).toEqual(['chenzhiqiang', 'chenzhiqiang']);
  });
});

describe('B-F5. two talks, doer changed', () => {
  it.each([
    ['胡军', '李主任说4号那两次谈心不是他谈的，是王建国副理事长找王芳和胡军谈的'],
  ])('%s 「%s」 → both talks 王建国 on one card', async (who, text) => {
    await stored('李明', '12月4日和王芳、胡军分别进行了谈心谈话', 2);
    const answer = await answerText(who, text);
    expect(answer).toMatch(/请确认修改/);
    expect(activities()).toHaveLength(2);
    await say(who, '确认');
    expect(rows().map((r) => r[2])).toEqual(['wangjianguo', 'wangjianguo']);
  });
  it.each([['12月4日那两条谈心谈话的活动人改成王建国，不是李明'], ['12月4日那两条谈心谈话的活动人改成王建国']])('李明 「%s」 → both on one card', async (text) => {
    await stored('李明', '12月4日和王芳、胡军分别进行了谈心谈话', 2);
    const answer = await answerText('李明', text);
    expect(answer).toMatch(/请确认修改/);
    await say('李明', '确认');
    expect(rows().map((r) => r[2])).toEqual(['wangjianguo', 'wangjianguo']);
  });
  it.each([['两条都改'], ['第1条和第2条「李明」都改为「王建国」'], ['第1条「李明」改为「王建国」'], ['第1条李明改为王建国']])('which → 「%s」', async (ans) => {
    await stored('李明', '12月4日和王芳、胡军分别进行了谈心谈话', 2);
    const answer = await answerText('李明', '12月4日的谈心谈话不是李明，是王建国');
    expect(answer).toMatch(/找到 2 条/);
    const a2 = await answerText('李明', ans);
    expect(a2).toMatch(/请确认修改/);
    await say('李明', '确认');
    expect(rows().map((r) => r[2])).toEqual(/^第1条(?!和)/.test(ans) ? ['wangjianguo', 'liming'] : ['wangjianguo', 'wangjianguo']);
  });
});

describe('B-F3 sides of a stored talk · B-F6 a kind denied then said · B-F7 a person swap with a reason', () => {
  it.each([
    ['孙杰', '12.1那条弄反了 徐辉是谈话人不是对象 对象是何主任'],
    ['孙杰', '不对，12月1日那条廉政谈话，活动人是徐辉，对象是何平'],
  ])('%s 「%s」 → the stored 12-01 talk 徐辉→何平', async (who, text) => {
    await stored('孙杰', '12月1日何平和徐辉进行了廉政谈话', 1);
    const answer = await answerText(who, text);
    expect(answer).toMatch(/请确认修改/);
    await say(who, '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'xuhui', 'heping']]);
  });
  it('林晓 「12月2日维权部那次不算作风纪律检查 算专项检查吧」', async () => {
    await stored('林晓', '12月2日黄志刚带队到维权部开展作风纪律检查', 1);
    const answer = await answerText('林晓', '12月2日维权部那次不算作风纪律检查 算专项检查吧');
    expect(answer).toMatch(/请确认修改/);
    await say('林晓', '确认');
    expect(rows()[0]![0]).toBe('inspect_funds');
  });
  it('王建国 「上周三和孙丽那条谈心 换成王强吧 记错人了」', async () => {
    await stored('王建国', '上周三和孙丽进行了谈心谈话', 1);
    const answer = await answerText('王建国', '上周三和孙丽那条谈心 换成王强吧 记错人了');
    expect(answer).toMatch(/请确认修改/);
    await say('王建国', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'wangjianguo', 'wangqiang']]);
  });
});
