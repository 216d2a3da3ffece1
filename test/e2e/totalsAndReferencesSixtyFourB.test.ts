// Round 64 (issue 10), fixer gdb: totals and references on cards.
// 1. 张伟「本月共开展廉政谈话3人次」 alone (was: one talk asked its day and person, the question waiting): a total, nothing stored or
//    waiting; the next report is its own. 2. 「11月24日共开展廉政谈话3人次：⏎1. 与孙杰…」 (was: one talk of no one): the items on the
//    heading's day, a count that differs said on the card. 3. 「2号那条不用记」 on a card of 12-02 and 12-01 items: the 12-02 item.
// 4. 「最后三条不用记」 on a card of two: said, nothing taken. 5. 「第2条不是谈心 算廉政谈话吧」 with no card, two talks stored: record 2's
//    kind on 请确认修改 (was: two new talks). 6. The change card of two records changed together names them.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock). */
const NOW = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(NOW);
const { activities, answerText, say, rows } = chat;

describe('1. a total alone', () => {
  it.each([
    ['张伟', '本月共开展廉政谈话3人次', /和谁/],
    ['王建国', '本周开展谈心谈话5次', /和谁/],
    ['王建国', '截至目前共签订责任书12份', /和谁签的/],
    ['张伟', '本月 共开展廉政谈话 3人次', /和谁/],
    ['林晓', '本月共开展作风纪律检查6次', /哪个部门/],
  ])('%s 「%s」 → no record, the deeds asked one by one, nothing waiting', async (who, text, needs) => {
    const answer = await answerText(who, text);
    expect(answer).not.toMatch(/没看懂|还差一点|是哪一天/);
    expect(answer).toMatch(/合计数|累计数|只有次数/);
    expect(answer).toMatch(needs);
    expect(activities()).toEqual([]);
    // Nothing waits to eat the next message: a complete report is stored as itself.
    await say(who, '12月1日与李明进行了廉政谈话');
    expect(rows().map((r) => [r[0], r[1], r[3]])).toEqual([['talk_integrity', '2026-12-01', 'liming']]);
  });

  it('今年以来累计开展警示教育4次 → the 累计数 reply, nothing stored', async () => {
    const answer = await answerText('赵敏', '今年以来累计开展警示教育4次');
    expect(answer).toMatch(/累计数/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 本月和孙杰谈了3次 → still asked (a person named), as before', async () => {
    const answer = await answerText('张伟', '本月和孙杰谈了3次');
    expect(answer).not.toMatch(/合计数/);
    expect(answer).toMatch(/还差一点/);
    expect(activities()).toEqual([]);
  });
});

describe('2. a counted heading with a day over a numbered list', () => {
  it('three listed under 3人次 → three talks of 11-24 on the card, no count remark → 确认', async () => {
    const card = await answerText('张伟', '12月1日共开展廉政谈话3人次：\n1. 与孙杰进行廉政谈话\n2. 与李明进行廉政谈话\n3. 与孙丽进行廉政谈话');
    expect(card).toMatch(/请确认以下 3 条记录/);
    expect(card).not.toMatch(/不一致|日期未知/);
    await say('张伟', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'zhangwei', 'sunjie'],
      ['talk_integrity', '2026-12-01', 'zhangwei', 'liming'],
      ['talk_integrity', '2026-12-01', 'zhangwei', 'sunli'],
    ]);
  });

  it('two listed under 3人次, items of no kind → two talks, the difference said on the card, nothing stored', async () => {
    const card = await answerText('张伟', '12月1日共开展廉政谈话3人次：\n1. 与孙杰\n2. 与李明');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).toMatch(/与下面列出的2项不一致/);
    expect(activities()).toEqual([]);
  });
});

describe('3. 2号那条 on a card is the item of that day', () => {
  const CARD = '12月2日与王强进行了谈心谈话；12月1日与李娟进行了谈心谈话';
  it.each([['2号那条不用记'], ['12月2日那条不用记'], ['周三那条不用记']])('孙丽 「%s」 → the 12-02 talk leaves (it is item 1) → 确认 stores 12-01', async (text) => {
    expect(await answerText('孙丽', CARD)).toMatch(/请确认以下 2 条记录/);
    await answerText('孙丽', text);
    if (activities().length === 0) await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'sunli', 'lijuan']]);
  });

  it('near-miss: 第2条不用记 stays item 2 (12-01)', async () => {
    await say('孙丽', CARD);
    await answerText('孙丽', '第2条不用记');
    if (activities().length === 0) await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'sunli', 'wangqiang']]);
  });
});

describe('4. more items than the card holds', () => {
  it('最后三条不用记 on a card of two → said the card has 2, nothing taken → 确认 stores both', async () => {
    await say('孙丽', '12月2日与王强进行了谈心谈话；12月1日与李娟进行了谈心谈话');
    const answer = await answerText('孙丽', '最后三条不用记');
    expect(answer).toMatch(/只有 2 条/);
    expect(answer).toMatch(/请确认以下 2 条记录/);
    await say('孙丽', '确认');
    expect(activities()).toHaveLength(2);
  });
});

describe('5. 第2条不是谈心 算廉政谈话吧 with no card waiting', () => {
  it('两 talks stored → record 2 changed to 廉政谈话 on 请确认修改, no new talk', async () => {
    await say('张伟', '今天分别与王建国、刘芳进行了谈心谈话');
    if (activities().length === 0) await say('张伟', '确认');
    expect(activities()).toHaveLength(2);
    const card = await answerText('张伟', '第2条不是谈心 算廉政谈话吧');
    expect(card).toMatch(/请确认修改/);
    expect(card).toMatch(/类型改为廉政谈话/);
    expect(activities()).toHaveLength(2);
    await say('张伟', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-07', 'zhangwei', 'wangjianguo'],
      ['talk_integrity', '2026-12-07', 'zhangwei', 'liufang'],
    ]);
  });

  it('a kind denied that record 2 is not → said, nothing changed or new', async () => {
    await say('张伟', '今天分别与王建国、刘芳进行了廉政谈话');
    if (activities().length === 0) await say('张伟', '确认');
    const answer = await answerText('张伟', '第2条不是谈心，是廉政谈话');
    expect(answer).toMatch(/已经记为廉政谈话|记的是廉政谈话/);
    expect(activities()).toHaveLength(2);
  });

  it('nothing reported yet → no list, nothing recorded', async () => {
    const answer = await answerText('张伟', '第2条不是谈心 算廉政谈话吧');
    expect(answer).toMatch(/没有对应的列表/);
    expect(activities()).toEqual([]);
  });
});

describe('6. records changed together, named on the card', () => {
  it('two talks just stored, both changed → 「您刚才的 2 条记录」', async () => {
    await say('李明', '12月4日和王芳、胡军分别进行了谈心谈话');
    if (activities().length === 0) await say('李明', '确认');
    const card = await answerText('李明', '12月4日那两条谈心谈话的活动人改成王建国');
    expect(card).toMatch(/您刚才的 2 条记录/);
  });
});
