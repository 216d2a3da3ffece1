// Round 69, gid (issue 10; t71c on main, clock Tue 2026-12-08 08:50): corrections and answers in one step. A person said
// absent from a stored record (刘洋没参加，删掉) was found and left for a second tap; 第2条是重复的 alone left the card as it
// was; 漏了2个人 was read as two more deeds; 谈话吧 to 是哪类活动 got a 完成情况 answer; 参加人数也要填吗？ with nothing
// waiting was 没看懂; 这次谈心的内容是工作纪律 after a stored talk asked a new talk's day and whom; the day question of the
// doer's own talks did not say 您.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 08:50 in Shanghai (the tester's clock). */
const chat = useChatBot(new Date('2026-12-08T08:50:00+08:00'));
const { activities, answerText, rows } = chat;

describe('a person said absent from a stored record: one 请确认修改, 确认 does it', () => {
  it.each([['刘洋那条不对，刘洋没参加，删掉'], ['刘洋没参加，删掉'], ['劉洋那條不對，劉洋沒參加，刪掉'], ['刘洋不在，去掉']])(
    '王强 reported 王建国\'s talks with 吴静 and 刘洋 → 「%s」: the pair record withdrawn on 确认, 吴静\'s kept',
    async (said) => {
      await chat.stored('王强', '上周三王建国副理事长跟吴静部长进行了集体廉政谈话，参加的还有刘洋', 2);
      const card = await answerText('王强', said);
      expect(card).toContain('请确认修改');
      expect(card).toContain('（撤销：刘洋没参加）');
      expect(card).toContain('（保留，不变）');
      expect(rows()).toHaveLength(2);
      const done = await answerText('王强', '确认');
      expect(done).toContain('已修改');
      expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'wangjianguo', 'wujing']]);
    },
  );

  it('取消 keeps both records', async () => {
    await chat.stored('王强', '上周三王建国副理事长跟吴静部长进行了集体廉政谈话，参加的还有刘洋', 2);
    expect(await answerText('王强', '刘洋没参加，删掉')).toContain('请确认修改');
    await answerText('王强', '取消');
    expect(rows()).toHaveLength(2);
  });

  it('「删掉」 alone asks which and changes nothing; 「刘洋也参加了」 removes no one', async () => {
    await chat.stored('王强', '上周三王建国副理事长跟吴静部长进行了集体廉政谈话，参加的还有刘洋', 2);
    const asked = await answerText('王强', '删掉');
    expect(asked).not.toContain('已撤销');
    expect(rows()).toHaveLength(2);
    await answerText('王强', '取消');
    const also = await answerText('王强', '刘洋也参加了');
    expect(also).not.toMatch(/撤销：刘洋|已撤销/);
    expect(rows().filter((r) => r[3] === 'liuyang')).toHaveLength(1);
  });
});

describe('第2条是重复的 alone', () => {
  it('on a waiting card of two: item 2 left out, one stored on 确认', async () => {
    expect(await answerText('李明', '11月20日组织学习廉洁自律准则，11月20日组织学习廉洁自律准则')).toContain('请确认以下 2 条记录');
    const card = await answerText('李明', '第2条是重复的');
    expect(card).toContain('已去掉第2条');
    expect(activities()).toEqual([]);
    await answerText('李明', '确认');
    expect(rows()).toEqual([['edu_integrity', '2026-11-20', 'liming', '']]);
  });

  it('after a receipt of two: that record withdrawn and named, as 撤销第2条 does', async () => {
    await chat.stored('李明', '11月20日和王芳谈心谈话，11月21日和胡军谈心谈话', 2);
    const done = await answerText('李明', '第2条是重复的');
    expect(done).toContain('已撤销第2条');
    expect(done).toContain('胡军');
    expect(rows()).toEqual([['talk_heart', '2026-11-20', 'liming', 'wangfang']]);
  });
});

describe('people left out of the count', () => {
  it.each([['漏了2个人'], ['还有2个人没算上'], ['漏掉了两个人'], ['刚才那条漏了2个人']])(
    '周涛 stored a film of 7 → 「%s」: 7 → 9 on 请确认修改, 确认 stores 9',
    async (said) => {
      await chat.recorded('周涛', '昨天组织观看警示教育片，参加7人');
      const card = await answerText('周涛', said);
      expect(card).toContain('请确认修改');
      expect(card).toContain('原来记的7人，改为9人');
      expect(activities()).toHaveLength(1);
      await answerText('周涛', '确认');
      expect(activities().map((a) => [a.type, a.attendees])).toEqual([['edu_warning', 9]]);
    },
  );

  it('「还有2个人」 alone moves no count', async () => {
    await chat.recorded('周涛', '昨天组织观看警示教育片，参加7人');
    await answerText('周涛', '还有2个人');
    expect(activities().map((a) => a.attendees)).toEqual([7]);
  });
});

describe('a kind answer naming no kind', () => {
  it.each([['谈话吧'], ['嗯 谈话吧'], ['就是谈话吧'], ['談話吧']])('「%s」 to 是哪类活动: the talk kinds again, no 完成情况; then 谈心谈话 records it', async (said) => {
    expect(await answerText('周涛', '上周五和张颖谈了一次')).toContain('是哪类活动');
    const again = await answerText('周涛', said);
    expect(again).toContain('没有说是哪一类');
    expect(again).toContain('谈心谈话、廉政谈话');
    expect(again).toContain('是哪类活动');
    expect(again).not.toContain('完成情况');
    expect(activities()).toEqual([]);
    await answerText('周涛', '谈心谈话');
    expect(rows()).toEqual([['talk_heart', '2026-12-04', 'zhoutao', 'zhangying']]);
  });

  it('「谈心谈话吧」 still answers it at once', async () => {
    await answerText('周涛', '上周五和张颖谈了一次');
    await answerText('周涛', '谈心谈话吧');
    expect(rows()).toEqual([['talk_heart', '2026-12-04', 'zhoutao', 'zhangying']]);
  });
});

describe('a field question with nothing waiting', () => {
  it.each([
    ['参加人数也要填吗？', '参加人数可以不填'],
    ['日期必须写吗', '日期必须有'],
    ['題目一定要填嗎', '题目可以不填'],
  ])('「%s」 → 「%s」, nothing stored, nothing waiting', async (said, answer) => {
    const reply = await answerText('周涛', said);
    expect(reply).toContain(answer);
    expect(reply).not.toContain('没看懂');
    expect(activities()).toEqual([]);
    expect(await answerText('周涛', '确认')).toContain('没有等待确认');
  });
});

describe('a talk\'s content told after it', () => {
  it.each([['这次谈心的内容是工作纪律'], ['刚才那次谈心主要内容是工作纪律'], ['這次談心的內容是工作紀律']])(
    '李明 stored his 谈心谈话 with 王芳 → 「%s」: the talk named unchanged, the content not kept, nothing asked',
    async (said) => {
      await chat.recorded('李明', '昨天和王芳谈心谈话');
      const reply = await answerText('李明', said);
      expect(reply).toContain('谈话内容按规定不记入台账');
      expect(reply).toContain('没有改动');
      expect(reply).not.toMatch(/哪一天|和谁/);
      expect(rows()).toEqual([['talk_heart', '2026-12-07', 'liming', 'wangfang']]);
      expect(activities()[0]!.note).toBeUndefined();
    },
  );
});

describe('the day question of the doer\'s own talks says 您', () => {
  it('李明 「和王芳、胡军谈心谈话」 → 「您与王芳、胡军的谈心谈话是哪一天」', async () => {
    expect(await answerText('李明', '和王芳、胡军谈心谈话')).toContain('您与王芳、胡军的谈心谈话是哪一天进行的？');
  });

  it('a clerk asked of her leader\'s talks: the leader named, no 您', async () => {
    const asked = await answerText('胡军', '王建国副理事长和李明、孙丽进行了廉政谈话');
    expect(asked).toContain('王建国与李明、孙丽的廉政谈话是哪一天');
    expect(asked).not.toContain('您与');
  });
});
