// Round 65, gei: loose words on a waiting question or about the latest record (t68a on main f8da23c5).
// F5 黄志刚, asked 是谁带队检查的？ of his 专项检查 会同王建国, answers 「我带的队 王副理事长是一起去的」: the card named 王建国 the
//    doer; now the sender leads, 王建国 along (陪同).
// B9 张伟 「下午那个 赵敏晚上提前回来了 也补谈了」 after his stored batch of 廉政谈话 (赵敏 put off): the type was asked; now one more
//    廉政谈话 张伟–赵敏, the batch's kind.
// B1 周涛 「不对 还是廉政教育」 right after his study was changed into a check: a NEW bare 廉政教育 was stored; now the change back is
//    shown on 请确认修改, nothing new.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, confirmIfAsked, stored } = chat;

describe('F5. 我带的队 to who led the check', () => {
  it.each([
    ['我带的队 王副理事长是一起去的'],
    ['我带的队，王副理事长是一起去的。'],
    ['是我带队的 王建国陪同'],
  ])('黄志刚 「%s」 → the check is his, 王建国 along', async (text) => {
    const first = await answerText('黄志刚', '今天上午会同王建国副理事长到财务科开展了专项检查 查了报销凭证 下午又和王强进行了廉政谈话');
    expect(first).toMatch(/是谁带队检查的/);
    const answer = await answerText('黄志刚', text);
    expect(answer).not.toMatch(/活动人：王建国/);
    await confirmIfAsked('黄志刚', answer);
    const check = activities().find((a) => a.type === 'inspect_funds' || a.type === 'inspect_style');
    expect(check?.actorId).toBe('huangzhigang');
    expect(check?.companionIds).toContain('wangjianguo');
  });

  it('near-miss: the answer 「王建国」 still names 王建国 the doer', async () => {
    await answerText('黄志刚', '今天上午会同王建国副理事长到财务科开展了专项检查 查了报销凭证 下午又和王强进行了廉政谈话');
    const answer = await answerText('黄志刚', '王建国');
    expect(answer).toMatch(/活动人：王建国/);
  });
});

describe('B9. 下午那个 … 也补谈了 after a stored batch', () => {
  it('张伟: one more 廉政谈话 with 赵敏, nothing asked', async () => {
    chat.t.clock.now = new Date('2026-12-07T17:00:00+08:00');
    await stored('张伟', '今天下午跟王建国 刘芳 陈志强分别谈了话 都是廉政谈话 赵敏出差了下周再谈', 3);
    chat.t.clock.now = new Date('2026-12-07T21:00:00+08:00');
    const answer = await answerText('张伟', '下午那个 赵敏晚上提前回来了 也补谈了');
    expect(answer).not.toMatch(/是哪类活动/);
    await confirmIfAsked('张伟', answer);
    expect(rows()).toContainEqual(['talk_integrity', '2026-12-07', 'zhangwei', 'zhaomin']);
    expect(activities()).toHaveLength(4);
  });
});

describe('B1. 不对 还是<kind> after a change of the record', () => {
  it('周涛: the check is changed back to 廉政教育 on 请确认修改, nothing new', async () => {
    await stored('周涛', '今天组织组联部开展了廉政教育', 1);
    const changed = await answerText('周涛', '不对 是作风纪律检查');
    expect(changed).toMatch(/请确认修改/);
    await say('周涛', '确认');
    expect(activities()[0]!.type).toBe('inspect_style');
    const answer = await answerText('周涛', '不对 还是廉政教育');
    expect(answer).toMatch(/请确认修改/);
    expect(activities()).toHaveLength(1);
    await say('周涛', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.type).toBe('edu_integrity');
  });
});
