// Round 53 (issue 10), fixer fkaa: t56a F5 and F2, dialog faults tested end to end (F1, the parser's, is corpusFiftyThreeAA).
// 1. t56a F5 (dropped silently): 张伟 「和郑华谈了话」 → 是哪类活动？ → 「廉政谈话，另外昨天还和冯雪签了责任书」 showed the 郑华 talk's
//    是哪一天进行的？ and 【已记录】 the 冯雪 signing; then 「周五」 got 「抱歉，没看懂」 and the talk was never stored nor said lost. The
//    deed beside the answer, stored at once as a new report, ended what waited alone — the question just shown. The question
//    is now saved again after the deed beside it (dialogAnswer's reportBesideKeepingQuestion), so the day answer completes it.
// 2. t56a F2: with a card waiting whose 第2条 is a 承诺书 with no 对象, 「第2条承诺书是和赵磊签的」 was read as a new report (its day
//    asked) and the card kept the signing with no one. 第N条<kind>是和X签的/谈的 now names item N (cardEditWords), so X is set.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, confirmIfAsked } = chat;

/** `[type, date, counterparts]` of every stored record, sorted. */
const stored = () => activities().map((a) => `${a.type} ${a.date} ${a.counterpartIds.join(',')}`).sort();

describe('t56a F5: the question left after an answer with a deed beside it stays answerable', () => {
  it.each([
    ['张伟', '和郑华谈了话', '廉政谈话，另外昨天还和冯雪签了责任书', '周五', ['pledge_sign 2026-11-29 fengxue', 'talk_integrity 2026-11-27 zhenghua']],
    ['张伟', '和郑华谈了话', '廉政谈话，另外昨天还和冯雪签了责任书', '11月27日', ['pledge_sign 2026-11-29 fengxue', 'talk_integrity 2026-11-27 zhenghua']],
    ['陈志强', '和郑华谈了话', '廉政谈话。另外昨天跟冯雪谈心谈话了', '11月26日', ['talk_heart 2026-11-29 fengxue', 'talk_integrity 2026-11-26 zhenghua']],
    ['陈志强', '和郑华谈了话', '廉政谈话。另外昨天跟冯雪谈心谈话了', '上周五', ['talk_heart 2026-11-29 fengxue', 'talk_integrity 2026-11-27 zhenghua']],
    ['陈志强', '和郑华谈了话', '谈心谈话，另外11月25日和冯雪签了责任书', '前天', ['pledge_sign 2026-11-25 fengxue', 'talk_heart 2026-11-28 zhenghua']],
    ['王建国', '和李明谈了话', '廉政谈话，另外昨天还和孙丽签了责任书', '周四', ['pledge_sign 2026-11-29 sunli', 'talk_integrity 2026-11-26 liming']],
    ['王建国', '跟孙丽谈了一次话', '谈心谈话 另外上周五还和李明进行了廉政谈话', '昨天', ['talk_heart 2026-11-29 sunli', 'talk_integrity 2026-11-27 liming']],
    ['刘芳', '和周涛谈了话', '廉政谈话，另外昨天还和吴静签了责任书', '11月20日', ['pledge_sign 2026-11-29 wujing', 'talk_integrity 2026-11-20 zhoutao']],
    ['刘芳', '和吴静谈了话', '谈心谈话，此外11月24日和周涛签订了责任书', '11月24日', ['pledge_sign 2026-11-24 zhoutao', 'talk_heart 2026-11-24 wujing']],
    ['赵敏', '和王磊谈了话', '廉政谈话，另外昨天还和何平签了责任书', '周三', ['pledge_sign 2026-11-29 heping', 'talk_integrity 2026-11-25 wanglei']],
    ['孙丽', '和王强谈了话', '谈心谈话，另外昨天还和李娟谈心谈话了', '上周四', ['talk_heart 2026-11-26 wangqiang', 'talk_heart 2026-11-29 lijuan']],
    ['李明', '和王芳谈了话', '廉政谈话，另外昨天还和胡军谈心谈话了', '11月23日', ['talk_heart 2026-11-29 hujun', 'talk_integrity 2026-11-23 wangfang']],
    ['冯雪', '和赵磊谈了话', '谈心谈话，另外前天还和赵磊签了承诺书', '前天', ['pledge_sign 2026-11-28 zhaolei', 'talk_heart 2026-11-28 zhaolei']],
    ['吴静', '和刘洋谈了话', '廉政谈话，另外11月27日组织全体人员学习了《廉洁自律准则》', '11月27日', ['edu_integrity 2026-11-27 ', 'talk_integrity 2026-11-27 liuyang']],
    ['何平', '和徐辉谈了话', '谈心谈话，另外昨天还和孙杰谈心谈话了', '11月25日', ['talk_heart 2026-11-25 xuhui', 'talk_heart 2026-11-29 sunjie']],
    ['郑华', '和陈静谈了话', '廉政谈话，另外昨天还和陈静签了承诺书', '昨天', ['pledge_sign 2026-11-29 chenjing', 'talk_integrity 2026-11-29 chenjing']],
  ])('%s 「%s」 → 「%s」 → 「%s」: both stored', async (who, first, answer, day, want) => {
    expect(await answerText(who, first)).toMatch(/是哪类活动/);
    expect(await answerText(who, answer)).toMatch(/是哪一天/);
    const reply = await answerText(who, day);
    expect(reply).not.toMatch(/没看懂|没有读出/);
    await confirmIfAsked(who, reply);
    expect(stored()).toEqual(want);
  });
});

describe('t56a F2: 「第N条<kind>是和X签的」 on a waiting card sets item N\'s 对象', () => {
  /** 冯雪's card: 1. 谈心 赵磊; 2. 谈心 刘洋; 3. 承诺书 with no one (他 after talks with two is not read). */
  const TWO_TALKED = '昨天和赵磊、刘洋谈心谈话，谈话后他签订了廉政承诺书';
  /** 孙丽's card: 1. 廉政谈话 王强; 2. 廉政谈话 李娟; 3. 承诺书 with no one. */
  const SUNLI = '上周五和王强、李娟分别进行了廉政谈话，谈话后她签订了廉政承诺书';
  it.each([
    ['冯雪', TWO_TALKED, '第3条承诺书是和赵磊签的', 3, 'zhaolei'],
    ['冯雪', TWO_TALKED, '第三条承诺书是和赵磊签的', 3, 'zhaolei'],
    ['冯雪', TWO_TALKED, '第3条的承诺书是跟赵磊签订的', 3, 'zhaolei'],
    ['冯雪', TWO_TALKED, '第3条承诺书应该是和赵磊签的', 3, 'zhaolei'],
    ['冯雪', TWO_TALKED, '第3条廉政承诺书是和刘洋签的', 3, 'liuyang'],
    ['冯雪', TWO_TALKED, '第3项承诺书是和赵磊签的', 3, 'zhaolei'],
    ['冯雪', TWO_TALKED, '第3个承诺书是和刘洋签的', 3, 'liuyang'],
    ['冯雪', TWO_TALKED, '第3条承诺书其实是和赵磊签的', 3, 'zhaolei'],
    ['冯雪', TWO_TALKED, '第1条谈话是和赵磊谈的', 1, 'zhaolei'],
    ['孙丽', SUNLI, '第3条承诺书是和王强签的', 3, 'wangqiang'],
    ['孙丽', SUNLI, '第3条承诺书是和李娟签的', 3, 'lijuan'],
    ['孙丽', SUNLI, '第三条责任书是和王强签的', 3, 'wangqiang'],
    ['孙丽', SUNLI, '第3条承诺书是与王强签订的', 3, 'wangqiang'],
    ['孙丽', SUNLI, '第3条承诺书是同王强签的', 3, 'wangqiang'],
    ['孙丽', SUNLI, '第2条谈话应该是跟李娟谈的', 2, 'lijuan'],
    ['孙丽', SUNLI, '第3条 承诺书是和王强签的', 3, 'wangqiang'],
  ])('%s: after 「%s」, 「%s」 → record %i with %s', async (who, report, said, n, id) => {
    expect(await answerText(who, report)).toMatch(/请确认/);
    const answer = await answerText(who, said);
    expect(answer).not.toMatch(/没有记录|没看懂|是哪一天|仍在等您确认/);
    expect(answer).toMatch(/已按您的更正修改/);
    expect(activities()).toEqual([]);
    await say(who, '确认');
    expect(activities()[n - 1]!.counterpartIds).toEqual([id]);
  });

  it('near-miss: 「第3条是签订责任书」 (no one named) is no new report', async () => {
    await answerText('冯雪', TWO_TALKED);
    expect(await answerText('冯雪', '第3条是签订责任书')).not.toMatch(/是哪一天/);
  });
});
