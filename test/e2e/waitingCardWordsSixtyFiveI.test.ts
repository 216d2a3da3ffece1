// Round 65, gei: loose words on a waiting 确认 card (t68a on main f8da23c5).
// B6 吴静 「孙丽只是陪着来的 没跟她谈」 (孙丽 on the card as talked to; was 「这条消息没有记录」): her talk leaves the card.
// B7 冯雪 「第2条对象是部门全体人员 不光赵磊」 (refused while 「第2条对象是维权部全体人员」 worked): 部门 is the sender's own; the reply
//    says 签订对象 of a signing (was 谈话对象). 「最后两条先不用记 回头再报」 (not understood): the last two leave the card.
// B8 林晓 「第2条维权部那次 王强也去了 他是配合检查的」 (没看懂): 王强 along on item 2's check (同行).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, confirmIfAsked } = chat;

describe('B6. one talked to said to have come along only', () => {
  it.each([['孙丽只是陪着来的 没跟她谈'], ['孙丽只是陪着来的，没跟她谈。']])('吴静 「%s」 → 孙丽\'s talk leaves the card', async (text) => {
    const card = await answerText('吴静', '今天和刘洋、孙丽进行了谈心谈话 还有上周三和刘洋签了承诺书');
    expect(card).toMatch(/请确认以下 3 条记录/);
    const answer = await answerText('吴静', text);
    expect(answer).not.toMatch(/这条消息没有记录/);
    await say('吴静', '确认');
    expect(activities().some((a) => a.counterpartIds.includes('sunli'))).toBe(false);
    expect(activities()).toHaveLength(2);
  });
});

describe('B7. 部门全体人员 and 先不用记 on 冯雪\'s card', () => {
  const report = '今天和赵磊谈心谈话\n今天和赵磊签订了廉政承诺书\n上周三开展了警示教育';

  it('「第2条对象是部门全体人员 不光赵磊」 → the signing is with 维权部\'s members, said 签订对象', async () => {
    await answerText('冯雪', report);
    const answer = await answerText('冯雪', '第2条对象是部门全体人员 不光赵磊');
    expect(answer).not.toMatch(/没看懂/);
    expect(answer).toMatch(/签订对象改为维权部全体人员/);
  });

  it.each([['最后两条先不用记 回头再报'], ['最后两条暂时不用记，以后再说']])('「%s」 → only the first record is left', async (text) => {
    await answerText('冯雪', report);
    const answer = await answerText('冯雪', text);
    expect(answer).not.toMatch(/这条消息没有记录/);
    await confirmIfAsked('冯雪', answer);
    expect(activities().map((a) => a.type)).toEqual(['talk_heart']);
  });
});

describe('B8. one more went along on a numbered check', () => {
  it.each([['第2条维权部那次 王强也去了 他是配合检查的'], ['第2条 王强也去了']])('林晓 「%s」 → 王强 along on the check', async (text) => {
    await answerText('林晓', '今天和王强谈话提醒\n今天到维权部开展作风纪律检查');
    const answer = await answerText('林晓', text);
    expect(answer).not.toMatch(/没看懂/);
    await say('林晓', '确认');
    const check = activities().find((a) => a.type === 'inspect_style');
    expect(check?.companionIds).toEqual(['wangqiang']);
    expect(check?.actorId).toBe('linxiao');
  });
});
