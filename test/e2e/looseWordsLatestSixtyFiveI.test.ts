// Round 65, gei: loose words about the latest record (t68a on main f8da23c5).
// B2 赵敏 「刚才那条活动人错了，是赵敏」 after a stored talk → a card changing the COUNTERPART to 赵敏; now the doer (活动人 names
//    the field). 「刚才那条活动人改成我」 (没看懂) → the doer becomes the sender; 「刚才那条说错了 其实是我找王磊谈的 张书记只是在场」
//    (没看懂) → the doer becomes the sender, 张伟 off the record.
// B5 王芳 「第3条其实是和王强谈的 不是孙丽」 on a receipt's numbered records (「没有找到您最近上报的「其实」的记录」) → the person of
//    record 3 becomes 王强 on 请确认修改.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { answerText, say, rows, stored } = chat;

describe('B2. the doer\'s field named in loose words', () => {
  it.each([
    ['刚才那条活动人错了，是赵敏'],
    ['刚才那条活动人错了 是赵敏'],
    ['刚才那条谈话人错了，是赵敏'],
  ])('赵敏 「%s」 after 张伟→何平 she stored → the doer becomes 赵敏, 何平 kept', async (text) => {
    await stored('赵敏', '今天上午张伟书记和何平进行了廉政谈话', 1);
    const answer = await answerText('赵敏', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/活动人改为「赵敏」/);
    await say('赵敏', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhaomin', 'heping']]);
  });

  it('赵敏 「刚才那条活动人改成我」 → the doer becomes the sender', async () => {
    await stored('赵敏', '今天上午张伟书记和王磊进行了廉政谈话', 1);
    const answer = await answerText('赵敏', '刚才那条活动人改成我');
    expect(answer).toMatch(/请确认修改/);
    await say('赵敏', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhaomin', 'wanglei']]);
  });

  it.each([
    ['刚才那条说错了 其实是我找王磊谈的 张书记只是在场'],
    ['刚才那条说错了，其实是我和王磊谈的，张书记只是在场。'],
  ])('赵敏 「%s」 → the doer becomes 赵敏, 张伟 off the record', async (text) => {
    await stored('赵敏', '今天上午张伟书记和王磊进行了廉政谈话', 1);
    const answer = await answerText('赵敏', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).not.toMatch(/没看懂/);
    await say('赵敏', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhaomin', 'wanglei']]);
  });

  it('near-miss: 「刚才那条对象错了，是赵敏」 still changes the counterpart', async () => {
    await stored('张伟', '今天上午和王磊进行了廉政谈话', 1);
    const answer = await answerText('张伟', '刚才那条对象错了，是赵敏');
    expect(answer).toMatch(/对象改为「赵敏」/);
    await say('张伟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhangwei', 'zhaomin']]);
  });
});

describe('B5. filler words before 是和 on a numbered record', () => {
  it.each([
    ['第3条其实是和王强谈的 不是孙丽'],
    ['第3条确实是和王强谈的，不是孙丽'],
    ['第3条应该是跟王强谈的 不是孙丽'],
  ])('王芳 「%s」 → record 3\'s person becomes 王强 on 请确认修改', async (text) => {
    await stored('王芳', '今天和胡军谈心谈话\n今天和李娟谈心谈话\n今天和孙丽进行了廉政谈话', 3);
    const answer = await answerText('王芳', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).not.toMatch(/「其实」|「确实」|「应该」/);
    await say('王芳', '确认');
    expect(rows()).toContainEqual(['talk_integrity', '2026-12-07', 'wangfang', 'wangqiang']);
    expect(rows()).not.toContainEqual(['talk_integrity', '2026-12-07', 'wangfang', 'sunli']);
  });
});
