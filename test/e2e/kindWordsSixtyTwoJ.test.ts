// Round 62 (issue 10), fixer gbj: a stored check's kind said with the short word 专项检查, and its day put right in the same
// message (t65a B-F3).
// 1. 黄志刚 「维权部那次算专项检查吧」 (was: 没看懂) · 「维权部那次改成专项检查」 (was: 「没有在通讯录里找到「专项检查」」): the 请确认修改
//    card, 作风纪律检查 → 专项资金检查; 确认 changes it.
// 2. 「去维权部查公务用车那次不是周三是周四 算专项检查吧」 (was: 没看懂): the kind and the day on one card (日期改为 2026-12-03).
// Near-misses: 今天到维权部开展了专项检查 is still a new check asked its kind; 取消 changes nothing.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock; 上周三 = 12-02). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { answerText, say, rows, recorded } = chat;

const STORED = '上周三到维权部检查公务用车使用情况';

describe('1. 专项检查 as the right kind of a stored check', () => {
  it.each([
    ['维权部那次算专项检查吧'],
    ['维权部那次改成专项检查'],
    ['维权部那次应该是专项检查'],
    ['维权部那次其实是专项检查'],
    ['刚才那条改为专项检查'],
  ])('黄志刚 「%s」 → 请确认修改 (类型改为专项资金检查); 确认 changes it', async (change) => {
    await recorded('黄志刚', STORED);
    expect(rows()).toEqual([['inspect_style', '2026-12-02', 'huangzhigang', '']]);
    const card = await answerText('黄志刚', change);
    expect(card).toMatch(/请确认修改/);
    expect(card).toMatch(/原来：作风纪律检查｜2026-12-02/);
    expect(card).toMatch(/改为：专项资金检查｜2026-12-02/);
    expect(card).not.toMatch(/通讯录|没看懂|没有完全听懂|已记录/);
    expect(rows()).toEqual([['inspect_style', '2026-12-02', 'huangzhigang', '']]);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([['inspect_funds', '2026-12-02', 'huangzhigang', '']]);
  });
});

describe('2. the day and the kind in one message', () => {
  it.each([
    ['去维权部查公务用车那次不是周三是周四 算专项检查吧'],
    ['维权部那次不是周三是周四，算专项检查吧'],
  ])('黄志刚 「%s」 → both on the card; 确认 changes both', async (change) => {
    await recorded('黄志刚', STORED);
    const card = await answerText('黄志刚', change);
    expect(card).toMatch(/请确认修改/);
    expect(card).toMatch(/日期改为 2026-12-03/);
    expect(card).toMatch(/改为：专项资金检查｜2026-12-03/);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([['inspect_funds', '2026-12-03', 'huangzhigang', '']]);
  });

  it('取消 changes nothing', async () => {
    await recorded('黄志刚', STORED);
    await answerText('黄志刚', '去维权部查公务用车那次不是周三是周四 算专项检查吧');
    await say('黄志刚', '取消');
    expect(rows()).toEqual([['inspect_style', '2026-12-02', 'huangzhigang', '']]);
  });
});

describe('near-misses', () => {
  it('今天到维权部开展了专项检查 after the stored check: a new check asked its kind, the stored one untouched', async () => {
    await recorded('黄志刚', STORED);
    const answer = await answerText('黄志刚', '今天到维权部开展了专项检查');
    expect(answer).not.toMatch(/请确认修改/);
    expect(rows()[0]).toEqual(['inspect_style', '2026-12-02', 'huangzhigang', '']);
  });
});

// 3. (t65a B-F1) 赵敏 「今天和王磊谈心那次 是刘芳谈的不是我 我只是在场」 · 「不对，今天和王磊那条谈心谈话是刘芳谈的，不是我」 (was: a duplicate
//    王磊 talk and a new talk 赵敏–刘芳 offered): the stored talk's doer → 刘芳 on the 请确认修改 card; 我只是在场 said back.
describe('3. a stored talk\'s doer put right, the member only present', () => {
  it.each([
    ['今天和王磊谈心那次 是刘芳谈的不是我 我只是在场', true],
    ['不对，今天和王磊那条谈心谈话是刘芳谈的，不是我', false],
  ])('赵敏 「%s」 → 活动人改为刘芳 on the card; 确认 changes it, nothing new', async (change, present) => {
    await recorded('赵敏', '今天和王磊进行了谈心谈话');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'zhaomin', 'wanglei']]);
    const card = await answerText('赵敏', change);
    expect(card).toMatch(/请确认修改/);
    expect(card).toMatch(/活动人改为刘芳/);
    if (present) expect(card).toMatch(/您只是在场/);
    expect(card).not.toMatch(/已记录/);
    await say('赵敏', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'liufang', 'wanglei']]);
  });
});

// 4. (t65a B-F5) 王芳 「12月1日张书记课后谈话那条漏了我，张书记也和我谈了」 (was: a new talk asked its type): the doer named again
//    before 也和我谈了 is leftOutMeAdd's shape — the type, day and doer taken from the named record, on a 确认 card.
describe('4. left out of a stored talk, the doer named again', () => {
  it.each([['12月1日张书记谈话那条漏了我，张书记也和我谈了'], ['12月1日张书记课后谈话那条漏了我，张书记也和我谈了']])('王芳 「%s」 → a card for a talk like 张伟\'s of 12-01; nothing stored before 确认', async (said) => {
    await recorded('张伟', '12月1日和胡军进行了廉政谈话');
    const before = rows();
    const card = await answerText('王芳', said);
    expect(card).toMatch(/按已记录的那次/);
    expect(card).not.toMatch(/什么类型|哪种/);
    expect(rows()).toEqual(before);
  });
});
