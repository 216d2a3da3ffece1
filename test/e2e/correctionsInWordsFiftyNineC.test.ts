// Round 59 (issue 10), fixer fcc: corrections typed as sentences, of stored records and while a change card waits.
// 1. 周部长说上次报的不对，12月3日他是和陈志强副理事长签的责任书，不是和我 (t61b F4): the stored signing becomes 陈志强→周涛.
// 2. 12月4日黄书记没去，是我自己去康复部检查的作风纪律 (t61b F6): the stored check becomes the sender's, not 没有进行.
// 3. 刚才那条有误，承诺书孙杰还没签，只和徐辉签了 (t61b F7): 孙杰's signing offered to withdraw, 徐辉's kept.
// 4. 11月20号没跟吴静谈 是跟周涛谈的廉政谈话 (voice): as the typed form.
// 5. 把11月20日那条改成廉政谈话，日期改成21日 · 撤销刚才记的两条责任书 (t61a F7): both; a second change while one waits joins it (t61a F6).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: no reminder's hour interleaves a notice. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, recorded } = chat;

const row = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(), a.companionIds?.join() ?? '']);

describe('1. a correction relayed by a clerk (X说…他是和Y签的，不是和我)', () => {
  it.each([
    ['周部长说上次报的不对，12月3日他是和陈志强副理事长签的责任书，不是和我'],
    ['周部长说上次报的不对 12月3号他是和陈志强签的 不是和我'],
    ['周涛部长反映，12月3日那天他是跟陈副理事长签的责任书，不是跟我'],
  ])('张颖 (周涛→张颖 of 12-03 stored) 「%s」 → 原来/改为 陈志强→周涛; 确认 changes it', async (text) => {
    await recorded('张颖', '12月3日和周涛部长签订了责任书');
    const answer = await answerText('张颖', text);
    expect(answer).toMatch(/原来：签订责任书\/承诺书｜2026-12-03（昨天）｜对象：张颖.*活动人：周涛/);
    expect(answer).toMatch(/改为：签订责任书\/承诺书｜2026-12-03（昨天）｜对象：周涛.*活动人：陈志强/);
    expect(row()).toEqual([['pledge_sign', '2026-12-03', 'zhoutao', 'zhangying', '']]);
    await say('张颖', '确认');
    expect(row()).toEqual([['pledge_sign', '2026-12-03', 'chenzhiqiang', 'zhoutao', '']]);
  });

  it('李娟 (孙丽→李娟 of 11-25 stored) 「孙科长说上次报错了，11月25日她是和王建国副理事长签的责任书，不是和我」 → 王建国→孙丽', async () => {
    await recorded('李娟', '11月25日和孙丽科长签订了责任书');
    expect(row()).toEqual([['pledge_sign', '2026-11-25', 'sunli', 'lijuan', '']]);
    expect(await answerText('李娟', '孙科长说上次报错了，11月25日她是和王建国副理事长签的责任书，不是和我')).toMatch(/改为：.*对象：孙丽.*活动人：王建国/);
    await say('李娟', '确认');
    expect(row()).toEqual([['pledge_sign', '2026-11-25', 'wangjianguo', 'sunli', '']]);
  });

  it('nothing of hers stored: the deed told, on a card (never 张颖 as the signer)', async () => {
    const answer = await answerText('张颖', '周部长说上次报的不对，12月3日他是和陈志强副理事长签的责任书，不是和我');
    expect(answer).toMatch(/请确认/);
    expect(answer).not.toMatch(/对象：陈志强.*活动人：您本人/);
    expect(activities()).toHaveLength(0);
  });
});

describe('2. X没去，是我去的: a change of who did it, not a deed not done', () => {
  it.each([
    ['12月4日黄书记没去，是我自己去康复部检查的作风纪律'],
    ['12月4日黄书记没去 是我自己去康复部检查的作风纪律'],
    ['刚才那条有误，12月4日黄志刚同志没有参加，是我一个人去的'],
    ['今天那次检查黄书记没去，是我带队查的'],
  ])('林晓 (黄志刚\'s check of 12-04, she along) 「%s」 → 原来/改为, 确认: hers, no 同行', async (text) => {
    await recorded('林晓', '12月4日黄书记带队到康复部检查作风纪律，我参加');
    expect(row()).toEqual([['inspect_style', '2026-12-04', 'huangzhigang', '', 'linxiao']]);
    const answer = await answerText('林晓', text);
    expect(answer).toMatch(/活动人改为您本人（您说黄志刚没有去）/);
    expect(answer).toMatch(/原来：作风纪律检查｜2026-12-04（今天）｜康复部｜陪同：林晓（纪检干事）｜活动人：黄志刚/);
    expect(answer).not.toMatch(/没有进行/);
    await say('林晓', '确认');
    expect(row()).toEqual([['inspect_style', '2026-12-04', 'linxiao', '', '']]);
  });

  it('near-miss: 「12月4日黄书记没去」 alone is a deed not done, the record untouched', async () => {
    await recorded('林晓', '12月4日黄书记带队到康复部检查作风纪律，我参加');
    expect(await answerText('林晓', '12月4日黄书记没去')).not.toMatch(/改为/);
    expect(row()).toEqual([['inspect_style', '2026-12-04', 'huangzhigang', '', 'linxiao']]);
  });
});

describe('3. X还没签，只和Y签了 with both stored: X\'s offered to withdraw, Y\'s kept', () => {
  it.each([
    ['刚才那条有误，承诺书孙杰还没签，只和徐辉签了'],
    ['承诺书孙杰还没签 只和徐辉签了'],
    ['孙杰的承诺书还没签，只和徐辉签了'],
    ['刚才报错了，孙杰还没签承诺书，只和徐辉签了'],
  ])('赵敏 「%s」 → 孙杰\'s offered, nothing withdrawn; 撤销 → 徐辉\'s stands', async (text) => {
    await say('赵敏', '12月2日和孙杰、徐辉签订了承诺书');
    const answer = await answerText('赵敏', text);
    expect(answer).toMatch(/要撤销12月2日与孙杰签订责任书的记录吗/);
    expect(answer).toMatch(/与徐辉的签订责任书（12月2日）已经记录过了/);
    expect(answer).not.toMatch(/没有进行/);
    expect(activities()).toHaveLength(2);
    await say('赵敏', '撤销');
    expect(row()).toEqual([['pledge_sign', '2026-12-02', 'zhaomin', 'xuhui', '']]);
  });
});

describe('4. voice input: a space before 是跟 after a denial', () => {
  it('刘芳 (her talk with 吴静 of 11-20 stored) 「11月20号没跟吴静谈 是跟周涛谈的廉政谈话」 → as typed: 周涛 stored, 吴静\'s named with 撤销', async () => {
    await say('刘芳', '11月20日和吴静进行了廉政谈话');
    const answer = await answerText('刘芳', '11月20号没跟吴静谈 是跟周涛谈的廉政谈话');
    expect(answer).toMatch(/要撤销请发送「撤销11月20日和吴静的谈话」/);
    expect(row()).toEqual([
      ['talk_integrity', '2026-11-20', 'liufang', 'wujing', ''],
      ['talk_integrity', '2026-11-20', 'liufang', 'zhoutao', ''],
    ]);
  });
});

describe('5. two changes in one sentence, two withdrawals, a second change while one waits', () => {
  it('孙丽 「把11月20日那条改成廉政谈话，日期改成21日」 → both on the card; 确认 makes both', async () => {
    await say('孙丽', '11月20日和王强谈心谈话');
    const answer = await answerText('孙丽', '把11月20日那条改成廉政谈话，日期改成21日');
    expect(answer).toMatch(/改为：廉政谈话｜2026-11-21｜对象：王强/);
    await say('孙丽', '确认');
    expect(row()).toEqual([['talk_integrity', '2026-11-21', 'sunli', 'wangqiang', '']]);
  });

  it('刘芳 「撤销刚才记的两条责任书」 → the latest two signings withdrawn, her talk kept', async () => {
    await say('刘芳', '12月1日和周涛签订了责任书');
    await say('刘芳', '12月1日和吴静签订了责任书');
    await say('刘芳', '12月2日和吴静进行了廉政谈话');
    expect(await answerText('刘芳', '撤销刚才记的两条责任书')).toMatch(/已撤销 2 项/);
    expect(row()).toEqual([['talk_integrity', '2026-12-02', 'liufang', 'wujing', '']]);
  });

  it('刘芳 「撤销刚才记的三条责任书」 with two standing: the number told, nothing withdrawn', async () => {
    await say('刘芳', '12月1日和周涛签订了责任书');
    await say('刘芳', '12月1日和吴静签订了责任书');
    expect(await answerText('刘芳', '撤销刚才记的三条责任书')).toMatch(/只有 2 条，和您说的 3 条对不上，没有撤销任何一项/);
    expect(activities()).toHaveLength(2);
  });

  it('孙丽: 日期 change waiting, then 对象 change → one card with both (was: the date change lost); 确认 makes both', async () => {
    await say('孙丽', '11月20日和王强谈心谈话');
    await say('孙丽', '刚才那条日期错了，应该是11月21日');
    const answer = await answerText('孙丽', '刚才那条对象错了，应该是李娟');
    expect(answer).toMatch(/日期改为 2026-11-21；对象改为「李娟」/);
    expect(answer).toMatch(/改为：谈心谈话｜2026-11-21｜对象：李娟/);
    await say('孙丽', '确认');
    expect(row()).toEqual([['talk_heart', '2026-11-21', 'sunli', 'lijuan', '']]);
  });
});
