// Round 64 (issue 10), fixer gdc: corrections and additions to STORED records in loose words (t66a B-F9, gca's left-alone).
// 1. 张伟 「上午那个廉政谈话 陈志强下午回来了 也补谈了」 after his stored talks with 王建国, 刘芳, 赵敏: one more 廉政谈话
//    张伟–陈志强 today at once, its receipt saying it joins that batch (a clerk's batch of the leader's signings: a card).
// 2. 「是我找他谈的」 to 「陈志强是和谁谈的？」: the member's talk with 陈志强.
// 3. 孙丽 「上周三那两份承诺书其实是我和王强签的 不是王副理事长」 after 王建国's two signings: ONE 孙丽–王强 on 请确认修改, 王建国 kept
//    as reporter, 孙丽 in the audit.
// 4. 「算专项资金检查吧」 after a stored talk: said that a talk cannot become a check, nothing changed.
// Near-misses: 下午又和陈志强谈了一次 (a new talk), 陈志强下午回来了 alone (nothing recorded, said), 孙丽说明天要和王强签 (a plan).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock: 上周三 is 12-02). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
/** The afternoon of that day, when the one away came back. */
const AFTERNOON = new Date('2026-12-07T16:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, confirmIfAsked, stored } = chat;

/** 张伟's morning talks with the 班子成员 but 陈志强, who was away. */
const MORNING = '今天上午和班子成员逐一谈了廉政谈话 陈志强出差了没谈';
const BATCH = [
  ['talk_integrity', '2026-12-07', 'zhangwei', 'wangjianguo'],
  ['talk_integrity', '2026-12-07', 'zhangwei', 'liufang'],
  ['talk_integrity', '2026-12-07', 'zhangwei', 'zhaomin'],
];

describe('1. 补谈 of the one left out of a stored batch', () => {
  it.each([
    ['上午那个廉政谈话 陈志强下午回来了 也补谈了'],
    ['上午那个廉政谈话，陈志强下午回来了，也补谈了。'],
    ['上午那个廉政谈话陈志强下午回来了也补谈了'],
    ['陈志强下午回来了 也补谈了'],
    ['陈副理事长出差回来了，下午也给他补谈了'],
    ['下午和陈志强补谈了'],
    ['上午那個廉政談話 陳志強下午回來了 也補談了'],
    ['上午那个廉政谈话 陈志强下午回来了 也谈了'],
  ])('张伟 「%s」 → 张伟–陈志强 廉政谈话 today at once, the receipt naming the batch', async (text) => {
    await stored('张伟', MORNING, 3);
    chat.t.clock.now = AFTERNOON;
    const answer = await answerText('张伟', text);
    expect(answer).toMatch(/已记录 1 项/);
    expect(answer).toMatch(/补谈：和12月7日（今天）和王建国、刘芳、赵敏的廉政谈话是同一批/);
    expect(answer).not.toMatch(/是和谁谈的/);
    expect(rows()).toEqual([...BATCH, ['talk_integrity', '2026-12-07', 'zhangwei', 'chenzhiqiang']]);
  });

  it('a 谈心 batch gives a 谈心; the day said beside the verb is the record\'s (上周三 batch, 昨天 made up)', async () => {
    await stored('张伟', '上周三和王建国、刘芳谈心谈话', 2);
    const answer = await answerText('张伟', '上周三那次谈心谈话 赵敏昨天回来了 也补谈了');
    expect(answer).toMatch(/已记录 1 项/);
    expect(rows()).toContainEqual(['talk_heart', '2026-12-06', 'zhangwei', 'zhaomin']);
    expect(rows()).toHaveLength(3);
  });

  it('a clerk\'s batch of the leader\'s signings: 补签 is the leader\'s, on a card, stored on 确认', async () => {
    await stored('胡军', '今天上午王副理事长和李明、王芳签订了廉政承诺书', 2);
    chat.t.clock.now = AFTERNOON;
    const answer = await answerText('胡军', '上午那批承诺书 林晓下午回来了 也补签了');
    expect(answer).toMatch(/请确认/);
    expect(answer).toMatch(/活动人：王建国/);
    expect(answer).toMatch(/补签：和12月7日（今天）王建国和李明、王芳的签订责任书\/承诺书是同一批/);
    expect(activities()).toHaveLength(2);
    await say('胡军', '确认');
    expect(rows()).toContainEqual(['pledge_sign', '2026-12-07', 'wangjianguo', 'linxiao']);
  });

  it('someone already in the batch: said, nothing new', async () => {
    await stored('张伟', MORNING, 3);
    const answer = await answerText('张伟', '刘芳下午回来了 也补谈了');
    expect(answer).toMatch(/和刘芳的廉政谈话已经记过了/);
    expect(rows()).toEqual(BATCH);
  });

  it('with no batch stored: the sender\'s talk with 陈志强 on a card (the naming words name nothing stored), never 陈志强\'s', async () => {
    chat.t.clock.now = AFTERNOON;
    const answer = await answerText('张伟', '上午那个廉政谈话 陈志强下午回来了 也补谈了');
    expect(answer).toMatch(/请确认/);
    expect(answer).not.toMatch(/是和谁谈的/);
    expect(activities()).toHaveLength(0);
    await say('张伟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhangwei', 'chenzhiqiang']]);
  });

  it('near-misses: 「陈志强下午回来了」 alone is said to record nothing; 「下午又和陈志强谈了一次」 stays a new talk asked its kind', async () => {
    await stored('张伟', MORNING, 3);
    chat.t.clock.now = AFTERNOON;
    const back = await answerText('张伟', '陈志强下午回来了');
    expect(back).toMatch(/没有说做了什么活动，没有记录/);
    expect(back).not.toMatch(/没看懂/);
    expect(rows()).toEqual(BATCH);
    const again = await answerText('张伟', '下午又和陈志强谈了一次');
    expect(again).toMatch(/是哪类活动/);
    expect(again).not.toMatch(/同一批/);
    expect(rows()).toEqual(BATCH);
  });

  it('near-miss: 「陈志强回来再补谈」 (put off) records nothing', async () => {
    await stored('张伟', MORNING, 3);
    await answerText('张伟', '陈志强回来再补谈');
    expect(rows()).toEqual(BATCH);
  });
});

describe('2. 「是我找他谈的」 to 「陈志强是和谁谈的？」', () => {
  it.each([['是我找他谈的'], ['我找他谈的'], ['是我和他谈的，不是他找我'], ['不对 是我找他谈的']])('张伟 「%s」 → his talk with 陈志强', async (reply) => {
    const asked = await answerText('张伟', '陈志强今天进行了廉政谈话');
    expect(asked).toMatch(/陈志强是和谁谈的/);
    const answer = await answerText('张伟', reply);
    expect(answer).not.toMatch(/没能把这条回复读成/);
    expect(answer).not.toMatch(/按陈志强的活动记录/);
    await confirmIfAsked('张伟', answer);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhangwei', 'chenzhiqiang']]);
  });

  it('near-miss: 「和我」 still makes the member the one talked to (陈志强–张伟)', async () => {
    await answerText('张伟', '陈志强今天进行了廉政谈话');
    const answer = await answerText('张伟', '和我');
    await confirmIfAsked('张伟', answer);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'chenzhiqiang', 'zhangwei']]);
  });
});

describe('3. a party of stored signings says whose they were', () => {
  it.each([
    ['孙丽', '上周三那两份承诺书其实是我和王强签的 不是王副理事长'],
    ['孙丽', '上周三的那两份承诺书，其实是我和王强签的，不是王副理事长签的。'],
    ['孙丽', '上周三财务科那两份承诺书其实是我和王强签的 不是王建国'],
    ['王强', '上周三那两份承诺书其实是孙科长和我签的 不是王副理事长'],
  ])('%s 「%s」 → ONE 孙丽–王强 after 确认, 王建国 still the reporter, the member in the audit', async (who, text) => {
    await stored('王建国', '上周三到财务科和孙丽、王强签了廉政承诺书', 2);
    const answer = await answerText(who, text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/王建国上报的记录/);
    expect(answer).toMatch(/改为：[^\n]*对象：王强[^\n]*活动人：孙丽/);
    expect(answer).toMatch(/撤销：与上面改后的是同一次/);
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'sunli'],
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'wangqiang'],
    ]);
    await say(who, '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-02', 'sunli', 'wangqiang']]);
    const all = chat.t.running.store.read((db) => db.activities);
    expect(all.every((a) => a.reporter === chat.t.openId('王建国'))).toBe(true);
    const audit = chat.t.running.store.read((db) => db.audit);
    expect(audit.filter((e) => e.by === chat.t.openId(who)).map((e) => e.action).sort()).toEqual(['delete', 'update']);
  });

  it('someone outside the deed (李娟) saying it of 王建国\'s records changes nothing and records nothing', async () => {
    await stored('王建国', '上周三到财务科和孙丽、王强签了廉政承诺书', 2);
    const answer = await answerText('李娟', '上周三那两份承诺书其实是孙科长和王强签的 不是王副理事长');
    expect(answer).not.toMatch(/请确认/);
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'sunli'],
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'wangqiang'],
    ]);
  });

  it('near-miss: 孙丽 「孙丽说明天要和王强签」 is a plan — nothing changed or recorded', async () => {
    await stored('王建国', '上周三到财务科和孙丽、王强签了廉政承诺书', 2);
    const answer = await answerText('孙丽', '孙丽说明天要和王强签');
    expect(answer).not.toMatch(/请确认/);
    expect(rows()).toHaveLength(2);
    expect(activities().every((a) => a.actorId === 'wangjianguo')).toBe(true);
  });
});

describe('4. a kind that does not fit the latest record', () => {
  it.each([['算专项资金检查吧'], ['应该算专项资金检查'], ['算是专项资金检查吧']])('黄志刚 「%s」 after his stored talk: said, nothing changed', async (text) => {
    await stored('黄志刚', '今天和王强进行了提醒谈话', 1);
    const answer = await answerText('黄志刚', text);
    expect(answer).toMatch(/您最近上报的是：廉政谈话/);
    expect(answer).toMatch(/谈话不能改成专项资金检查，没有改动/);
    expect(answer).not.toMatch(/完成情况|请确认/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'huangzhigang', 'wangqiang']]);
  });

  it('with an earlier check of his own, the bot asks which, naming it by day and place', async () => {
    await stored('黄志刚', '12月2日到维权部开展了作风纪律检查', 1);
    await stored('黄志刚', '今天和王强进行了提醒谈话', 2);
    const answer = await answerText('黄志刚', '算专项资金检查吧');
    expect(answer).toMatch(/要改的是哪次检查/);
    expect(answer).toMatch(/12月2日维权部那次算专项资金检查吧/);
    expect(rows().map((r) => r[0])).toEqual(['inspect_style', 'talk_integrity']);
  });

  it('after a stored check it still changes the kind, as in round 63', async () => {
    await stored('黄志刚', '今天到维权部开展了作风纪律检查', 1);
    const answer = await answerText('黄志刚', '算专项资金检查吧');
    expect(answer).toMatch(/请确认修改/);
    await say('黄志刚', '确认');
    expect(rows().map((r) => r[0])).toEqual(['inspect_funds']);
  });

  it('「算廉政谈话吧」 after a stored check: a check cannot become a talk, nothing changed', async () => {
    await stored('黄志刚', '今天到维权部开展了作风纪律检查', 1);
    const answer = await answerText('黄志刚', '算廉政谈话吧');
    expect(answer).toMatch(/检查不能改成廉政谈话/);
    expect(rows().map((r) => r[0])).toEqual(['inspect_style']);
  });
});
