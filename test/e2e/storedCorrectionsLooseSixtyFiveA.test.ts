// Round 65 (issue 10), fixer gea: stored records corrected in loose words — a denial first, someone else's report, a kind
// that does not fit (clock Mon 2026-12-07).
// (a) 孙丽 「不是王副理事长，那两份承诺书是我和王强签的」 about her stored 王建国–孙丽 and 王建国–王强 signings was a NEW signing
//     孙丽–王强 asked its day: now ONE 孙丽–王强 on 请确认修改 replacing the two, nothing new (as round 64's denial-last words).
// (b) 冯雪 「维权部那次算作风纪律检查吧」 about her stored 警示教育 film was a 请确认修改 card making it a check: now said a film is
//     no check and asked whether another check is to be recorded, nothing changed; within a family the change card stands.
// (c) 刘芳 「其实是我和郑华签的 不是周涛」 when 周涛 reported the signing 刘芳–周涛 was the generic help: now 请确认修改 naming
//     who reported it (周涛12月6日报的), the reporter kept; someone no side of it is told who may change it.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, stored } = chat;

describe('(a) the stored doer denied first, then the claim', () => {
  it.each([
    ['不是王副理事长，那两份承诺书是我和王强签的'],
    ['不是王副理事长 那两份承诺书是我跟王强签的'],
    ['不是王建国签的 是我跟王强签的'],
    ['不是王副理事长 是我签的 和王强'],
    ['那两份不是王副理事长签的，是我和王强'],
    ['不是王副理事长签的，其实是我和王强签的。'],
    ['不对 不是王副理事长 上周三那两份承诺书是我和王强签的'],
  ])('孙丽 「%s」 → one 孙丽–王强 on 请确认修改 replacing the two, nothing new', async (text) => {
    await stored('孙丽', '上周三王副理事长和我、王强签了廉政承诺书', 2);
    const answer = await answerText('孙丽', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).not.toMatch(/是哪一天/);
    expect(activities()).toHaveLength(2);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-02', 'sunli', 'wangqiang']]);
  });

  it.each([['不是王副理事长 那两份承诺书 是我和王强签的'], ['不是王副理事长，那两份承诺书是我和王强签的！']])('voice spaces, full-width marks: 孙丽 「%s」', async (text) => {
    await stored('孙丽', '上周三王副理事长和我、王强签了廉政承诺书', 2);
    expect(await answerText('孙丽', text)).toMatch(/请确认修改/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-02', 'sunli', 'wangqiang']]);
  });

  it('the other party, not the reporter: 王强 「不是王副理事长，那两份是孙科长和我签的」 → one 孙丽–王强, 孙丽 still the reporter', async () => {
    await stored('孙丽', '上周三王副理事长和我、王强签了廉政承诺书', 2);
    const answer = await answerText('王强', '不是王副理事长，那两份是孙科长和我签的');
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/孙丽上报的记录/);
    await say('王强', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-02', 'sunli', 'wangqiang']]);
    expect(activities()[0]!.reporter).toBe(chat.t.openId('孙丽'));
  });

  it('a talk: 「不是王副理事长，那两次谈话是我和王强谈的」 → one 孙丽–王强 talk', async () => {
    await stored('孙丽', '上周三王副理事长和我、王强进行了廉政谈话', 2);
    const answer = await answerText('孙丽', '不是王副理事长，那两次谈话是我和王强谈的');
    expect(answer).toMatch(/请确认修改/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'sunli', 'wangqiang']]);
  });

  it('a check: 林晓 「不是黄书记带队，那次检查是我带队的」 → the check\'s doer 林晓', async () => {
    await stored('林晓', '12月3日黄书记带队到财务科开展了作风纪律检查', 1);
    const answer = await answerText('林晓', '不是黄书记带队，那次检查是我带队的');
    expect(answer).toMatch(/请确认修改/);
    await say('林晓', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-03', 'linxiao', '']]);
  });

  it('near-miss: nothing of 王建国\'s stored → 没有找到, nothing new, nothing waiting', async () => {
    await stored('孙丽', '上周三和王强签了廉政承诺书', 1);
    const answer = await answerText('孙丽', '不是王副理事长，那两份承诺书是我和王强签的');
    expect(answer).toMatch(/没有找到/);
    expect(answer).not.toMatch(/请确认|是哪一天/);
    await say('孙丽', '今天');
    expect(rows()).toEqual([['pledge_sign', '2026-12-02', 'sunli', 'wangqiang']]);
  });

  it('near-miss: 「不是王副理事长签的，是陈副理事长」 (no pointer, another doer) offers no change to 孙丽', async () => {
    await stored('孙丽', '上周三王副理事长和我、王强签了廉政承诺书', 2);
    const answer = await answerText('孙丽', '不是王副理事长签的，是陈副理事长');
    expect(answer).not.toMatch(/活动人改为孙丽/);
    expect(rows().map((r) => r[2])).toEqual(['wangjianguo', 'wangjianguo']);
  });
});

describe('(b) a kind of another family said of a stored record', () => {
  it.each([
    ['维权部那次算作风纪律检查吧'],
    ['维权部那次应该算作风纪律检查'],
    ['维权部那次改成作风纪律检查'],
    ['12月2日那次算作风纪律检查吧'],
    ['刚才那次算专项资金检查吧'],
  ])('冯雪 (her 警示教育 film stored) 「%s」 → said a film is no check, asked, nothing changed', async (text) => {
    await stored('冯雪', '12月2日组织维权部观看警示教育片', 1);
    const answer = await answerText('冯雪', text);
    expect(answer).not.toMatch(/请确认修改/);
    expect(answer).toMatch(/这次是警示教育，不是检查/);
    expect(answer).toMatch(/是要另记一次/);
    await say('冯雪', '确认');
    expect(rows()).toEqual([['edu_warning', '2026-12-02', 'fengxue', '']]);
  });

  it('voice spaces: 冯雪 「维权部那次 改成 作风纪律检查」 → said, nothing changed', async () => {
    await stored('冯雪', '12月2日组织维权部观看警示教育片', 1);
    const answer = await answerText('冯雪', '维权部那次 改成 作风纪律检查');
    expect(answer).not.toMatch(/请确认修改/);
    expect(answer).toMatch(/不是检查/);
    expect(rows()).toEqual([['edu_warning', '2026-12-02', 'fengxue', '']]);
  });

  it('a bare 「算作风纪律检查吧」 after the film → gdc\'s words: the latest said, nothing changed', async () => {
    await stored('冯雪', '12月2日组织维权部观看警示教育片', 1);
    const answer = await answerText('冯雪', '算作风纪律检查吧');
    expect(answer).toMatch(/教育不能改成作风纪律检查/);
    expect(rows()).toEqual([['edu_warning', '2026-12-02', 'fengxue', '']]);
  });

  it('a talk called a study: 「和孙丽那次改成廉政教育」 → said, nothing changed', async () => {
    await stored('王建国', '今天和孙丽进行了廉政谈话', 1);
    const answer = await answerText('王建国', '和孙丽那次改成廉政教育');
    expect(answer).not.toMatch(/请确认修改/);
    expect(answer).toMatch(/谈话不能直接改成廉政教育/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'wangjianguo', 'sunli']]);
  });

  it('within a family: 「刚才那次算谈心谈话吧」 after a 廉政谈话 → the change card', async () => {
    await stored('王建国', '今天和孙丽进行了廉政谈话', 1);
    const answer = await answerText('王建国', '刚才那次算谈心谈话吧');
    expect(answer).toMatch(/请确认修改/);
    await say('王建国', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'wangjianguo', 'sunli']]);
  });

  it('within a family: 「维权部那次算廉政教育吧」 after a film → the change card', async () => {
    await stored('冯雪', '12月2日组织维权部观看警示教育片', 1);
    const answer = await answerText('冯雪', '维权部那次算廉政教育吧');
    expect(answer).toMatch(/请确认修改/);
  });

  it('near-miss: a check of 维权部 stored → 「维权部那次算作风纪律检查吧」 changes the check', async () => {
    await stored('黄志刚', '12月2日到维权部开展了专项资金检查', 1);
    const answer = await answerText('黄志刚', '维权部那次算作风纪律检查吧');
    expect(answer).toMatch(/请确认修改/);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-02', 'huangzhigang', '']]);
  });
});

describe('(c) the person of a colleague\'s report of the member\'s own deed', () => {
  it.each([['其实是我和郑华签的 不是周涛'], ['其实是和郑华签的，不是周涛'], ['不是和周涛 是和郑华签的']])(
    '刘芳 「%s」 (周涛 reported 刘芳–周涛) → 请确认修改 naming 周涛\'s report, changed on 确认, reporter kept',
    async (text) => {
      chat.t.clock.now = new Date('2026-12-06T16:00:00+08:00');
      await stored('周涛', '今天刘副理事长和我签了责任书', 1);
      chat.t.clock.now = MONDAY;
      const answer = await answerText('刘芳', text);
      expect(answer).toMatch(/请确认修改/);
      expect(answer).toMatch(/周涛12月6日报的/);
      expect(rows()).toEqual([['pledge_sign', '2026-12-06', 'liufang', 'zhoutao']]);
      await say('刘芳', '确认');
      expect(rows()).toEqual([['pledge_sign', '2026-12-06', 'liufang', 'zhenghua']]);
      expect(activities()[0]!.reporter).toBe(chat.t.openId('周涛'));
    },
  );

  it('someone no side of it (王芳 「其实是和郑华签的 不是周涛」) is told who may change it, nothing changed', async () => {
    await stored('周涛', '昨天刘副理事长和我签了责任书', 1);
    const answer = await answerText('王芳', '其实是和郑华签的 不是周涛');
    expect(answer).not.toMatch(/请确认修改/);
    expect(answer).toMatch(/不是这次活动的当事人/);
    expect(rows()).toEqual([['pledge_sign', '2026-12-06', 'liufang', 'zhoutao']]);
  });

  it('a talk: 陈志强 「其实是和冯雪谈的 不是郑华」 (郑华 reported 陈志强–郑华) → 陈志强–冯雪 after 确认', async () => {
    await stored('郑华', '今天陈副理事长和我进行了廉政谈话', 1);
    const answer = await answerText('陈志强', '其实是和冯雪谈的 不是郑华');
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/郑华12月7日报的/);
    await say('陈志强', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'chenzhiqiang', 'fengxue']]);
  });

  it('her own record still comes first (round 64, gdj): her own signing with 周涛 changed', async () => {
    await stored('刘芳', '今天和周涛签订了廉政责任书', 1);
    const answer = await answerText('刘芳', '其实是我和郑华签的 不是周涛');
    expect(answer).toMatch(/请确认修改/);
    expect(answer).not.toMatch(/报的/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-07', 'liufang', 'zhenghua']]);
  });
});
