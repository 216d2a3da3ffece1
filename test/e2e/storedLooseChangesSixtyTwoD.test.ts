// Round 62 (issue 10), fixer gbd: a stored record's kind or count changed in loose words, a misheard name in a correction,
// one more person with nothing waiting (t64a Part B G5/G10; gaf's left-alone).
// 1. 查的三公经费，算专项资金检查吧 after a stored 作风纪律检查 (was: a query, 「没能识别「三公经费」」): the 请确认修改 card, kind and
//    title changed on 确认; named by day or place; two checks that fit → asked which; near-misses keep their reading.
// 2. 跟周滔那次是廉政谈话 不是谈心 (was: 「没有找到…「跟周滔」的记录」): the record found by 周涛, said back, changed on 确认.
// 3. 刚才学条例那条人数是3人 陈静后来赶回来了 (was: 没看懂): the study's head-count on the card, the remark said back.
// 4. 还有李明也谈了 · 谈话对象加一个李明 after a check, or hours after the talk (was: a new talk asked its kind): the latest
//    stored talk's kind, day and doer for 李明 on a 确认 card; never a talk older than 14 days; 也参加了 after a check is not a talk.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, recorded } = chat;

/** Moves the bot's clock on by `hours`. */
const later = (hours: number) => {
  chat.t.clock.now = new Date(chat.t.clock.now.getTime() + hours * 3600_000);
};

describe('1. a stored check\'s kind in loose words, what was checked its title', () => {
  it.each([
    ['查的三公经费，算专项资金检查吧'],
    ['查的三公经费 算专项资金检查吧'],
    ['查的是三公经费，应该算专项资金检查'],
    ['那次检查其实是专项资金检查 查的三公经费'],
    ['11月26日那次检查算专项资金检查吧 查的是三公经费'],
    ['财务科那次检查查的是三公经费，应该算专项资金检查'],
    ['11.26那次检查 应该算专项资金检查 查的三公经费'],
  ])('林晓 stored a 作风纪律检查 of 财务科, then 「%s」 → the 请确认修改 card; 确认 changes it', async (change) => {
    await recorded('林晓', '11月26日到财务科开展了作风纪律检查');
    const before = rows();
    const card = await answerText('林晓', change);
    expect(card).toMatch(/请确认修改/);
    expect(card).toMatch(/原来：作风纪律检查｜2026-11-26/);
    expect(card).toMatch(/改为：专项资金检查｜2026-11-26｜《三公经费》/);
    expect(card).not.toMatch(/没能识别|没看懂|已记录/);
    expect(rows()).toEqual(before);
    await say('林晓', '确认');
    expect(rows()).toEqual([['inspect_funds', '2026-11-26', 'linxiao', '']]);
    expect(activities()[0]!.title).toBe('三公经费');
  });

  it('a talk stored after the check: 查的三公经费… still changes the check, nothing new', async () => {
    await recorded('林晓', '11月26日到财务科开展了作风纪律检查');
    await recorded('林晓', '今天和胡军进行了谈心谈话');
    const card = await answerText('林晓', '查的三公经费，算专项资金检查吧');
    expect(card).toMatch(/原来：作风纪律检查｜2026-11-26/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['inspect_funds', '2026-11-26', 'linxiao', ''],
      ['talk_heart', '2026-11-30', 'linxiao', 'hujun'],
    ]);
  });

  it('two checks before a talk: asked which, nothing changed', async () => {
    await recorded('林晓', '11月25日到办公室开展了作风纪律检查');
    await recorded('林晓', '11月26日到财务科开展了作风纪律检查');
    await recorded('林晓', '今天和胡军进行了谈心谈话');
    const before = rows();
    const answer = await answerText('林晓', '查的三公经费，算专项资金检查吧');
    expect(answer).toMatch(/2 条/);
    expect(answer).not.toMatch(/请确认修改|已记录/);
    expect(rows()).toEqual(before);
  });

  it('孙丽 「和王强那次算谈心谈话吧」 after a 廉政谈话 with 王强: the card; 确认 makes it a 谈心谈话', async () => {
    await recorded('孙丽', '11月27日和王强进行了廉政谈话');
    const card = await answerText('孙丽', '和王强那次算谈心谈话吧');
    expect(card).toMatch(/请确认修改/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-27', 'sunli', 'wangqiang']]);
  });

  it('near-misses: 算了，不改了 changes nothing; 今天检查了三公经费 is a new check asked its kind', async () => {
    await recorded('林晓', '11月26日到财务科开展了作风纪律检查');
    const before = rows();
    const never = await answerText('林晓', '算了，不改了');
    expect(never).not.toMatch(/请确认|已记录/);
    expect(rows()).toEqual(before);
    const fresh = await answerText('林晓', '今天检查了三公经费');
    expect(fresh).toMatch(/是哪类活动/);
    expect(fresh).not.toMatch(/请确认修改/);
    expect(rows()).toEqual(before);
  });
});

describe('2. a misheard name in a correction: the record found by the directory name, said back', () => {
  it.each([['跟周滔那次是廉政谈话 不是谈心'], ['周滔那条改成廉政谈话'], ['跟 周滔 那次是廉政谈话 不是谈心'], ['和周滔部长那次是廉政谈话，不是谈心谈话']])(
    '刘芳 stored a 谈心 with 周涛, then 「%s」 → 「周滔」按…「周涛」, the card; 确认 makes it a 廉政谈话',
    async (change) => {
      await recorded('刘芳', '11月26日和周涛进行了谈心谈话');
      const card = await answerText('刘芳', change);
      expect(card).toMatch(/「周滔」按通讯录里的「周涛」查找记录/);
      expect(card).toMatch(/请确认修改/);
      expect(card).toMatch(/原来：谈心谈话｜2026-11-26｜对象：周涛/);
      expect(rows()).toEqual([['talk_heart', '2026-11-26', 'liufang', 'zhoutao']]);
      await say('刘芳', '确认');
      expect(rows()).toEqual([['talk_integrity', '2026-11-26', 'liufang', 'zhoutao']]);
    },
  );

  it('孙丽 「和王墙那条改成谈心谈话」 with a talk with 王强 stored: found by 王强', async () => {
    await recorded('孙丽', '11月27日和王强进行了廉政谈话');
    const card = await answerText('孙丽', '和王墙那条改成谈心谈话');
    expect(card).toMatch(/「王墙」按通讯录里的「王强」/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-27', 'sunli', 'wangqiang']]);
  });

  it('no record with the person it sounds like: said not found, nothing changed or added', async () => {
    await recorded('刘芳', '11月26日和吴静进行了谈心谈话');
    const answer = await answerText('刘芳', '跟周滔那次是廉政谈话 不是谈心');
    expect(answer).toMatch(/没有找到/);
    expect(answer).not.toMatch(/请确认|已记录/);
    expect(rows()).toEqual([['talk_heart', '2026-11-26', 'liufang', 'wujing']]);
  });
});

describe('3. a study named by what it studied, its head-count, a who-came remark', () => {
  it.each([
    ['刚才学条例那条人数是3人 陈静后来赶回来了', true],
    ['刚才学条例那条人数是3人，陈静后来赶回来了', true],
    ['学条例那条人数是三人', false],
    ['学条例那次人数改成3个人', false],
    ['学条例那次到了3个人', false],
  ])('郑华 stored a study of 2, then 「%s」 → the card, 3 on 确认', async (change, remark) => {
    await recorded('郑华', '11月27日组织学习《纪律处分条例》，参加2人');
    const card = await answerText('郑华', change);
    expect(card).toMatch(/请确认修改/);
    expect(card).toMatch(/改为：廉政教育｜2026-11-27｜《纪律处分条例》｜3人参加/);
    if (remark) expect(card).toMatch(/「陈静后来赶回来了」没有单独记录/);
    expect(activities()[0]!.attendees).toBe(2);
    await say('郑华', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.attendees).toBe(3);
  });
});

describe('4. one more person for the latest stored talk, nothing waiting', () => {
  it.each([['还有李明也谈了'], ['谈话对象加一个李明'], ['还有李明 也谈了']])(
    '张伟 stored a talk with 王建国, then a check; 「%s」 → 李明 on a 确认 card like the talk',
    async (more) => {
      await recorded('张伟', '11月27日和王建国进行了廉政谈话');
      await recorded('张伟', '今天到财务科开展了作风纪律检查');
      const card = await answerText('张伟', more);
      expect(card).toMatch(/请确认/);
      expect(card).toMatch(/廉政谈话｜2026-11-27｜对象：李明/);
      expect(card).toMatch(/按您最近的一条谈话或签订记录/);
      expect(activities()).toHaveLength(2);
      await say('张伟', '确认');
      expect(rows()).toEqual([
        ['talk_integrity', '2026-11-27', 'zhangwei', 'wangjianguo'],
        ['inspect_style', '2026-11-30', 'zhangwei', ''],
        ['talk_integrity', '2026-11-27', 'zhangwei', 'liming'],
      ]);
    },
  );

  it('three hours after the talk: 还有李明也谈了 still takes that talk', async () => {
    await recorded('张伟', '今天和王建国进行了廉政谈话');
    later(3);
    const card = await answerText('张伟', '还有李明也谈了');
    expect(card).toMatch(/廉政谈话｜2026-11-30（今天）｜对象：李明/);
    await say('张伟', '确认');
    expect(rows().at(-1)).toEqual(['talk_integrity', '2026-11-30', 'zhangwei', 'liming']);
  });

  it('a talk older than 14 days is no one\'s to add to: asked as a new talk, nothing stored', async () => {
    await recorded('张伟', '11月10日和王建国进行了廉政谈话');
    later(24 * 15);
    const answer = await answerText('张伟', '还有李明也谈了');
    expect(answer).not.toMatch(/按您最近的一条/);
    expect(activities()).toHaveLength(1);
  });

  it('还有李明也参加了 after a check is not a talk: no talk card', async () => {
    await recorded('张伟', '11月27日和王建国进行了廉政谈话');
    await recorded('张伟', '今天到财务科开展了作风纪律检查');
    const answer = await answerText('张伟', '还有李明也参加了');
    expect(answer).not.toMatch(/对象：李明/);
    expect(activities()).toHaveLength(2);
  });
});
