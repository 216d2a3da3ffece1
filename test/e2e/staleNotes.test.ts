// Round 34a (A06, A16, A18; issue 10): after an answer or an edit changed a waiting card's records, notes that explained
// the old reading stayed on the card and the receipt: 「按冯雪的活动记录（代为上报）」 after 冯雪's record was taken off,
// 「「典型案例通报」按警示教育记录」 after the type was changed to 廉政教育, 「消息里的「11月25日」没有对应到任何记录」 after
// that day answered 是哪一天. A note goes when it is no longer true; notes still true stay.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-03T22:00:00+08:00'));
const { answerText, rows } = chat;

describe('notes of an old reading leave the card and the receipt', () => {
  it('「第1条还没做」 takes 王强\'s study off: 按王强的活动记录（代为上报） goes, the talk stays', async () => {
    const card = await answerText('孙丽', '11月20日王强组织财务科学习了《廉洁自律准则》，11月25日我和李娟谈心谈话');
    expect(card).toContain('按王强的活动记录（代为上报）');
    const after = await answerText('孙丽', '第1条还没做');
    expect(after).toContain('请确认以下 1 条记录');
    expect(after).not.toContain('按王强的活动记录');
    expect(after).not.toContain('《廉洁自律准则》」按廉政教育记录');
    const receipt = await answerText('孙丽', '确认');
    expect(receipt).not.toContain('按王强的活动记录');
    expect(rows()).toEqual([['talk_heart', '2026-11-25', 'sunli', 'lijuan']]);
  });

  it('near-miss: 去掉第2条 keeps 按王强的活动记录（代为上报）, still true of what is left', async () => {
    await answerText('孙丽', '11月20日王强组织财务科学习了《廉洁自律准则》，11月25日我和李娟谈心谈话');
    const after = await answerText('孙丽', '去掉第2条');
    expect(after).toContain('按王强的活动记录（代为上报）');
    expect(await answerText('孙丽', '确认')).toContain('按王强的活动记录（代为上报）');
    expect(rows()).toEqual([['edu_integrity', '2026-11-20', 'wangqiang', '']]);
  });

  it.each(['修改，是廉政教育', '不对，是廉政教育'])('「%s」 after 典型案例通报 read as 警示教育: the note goes from the card and the receipt', async (words) => {
    const card = await answerText('孙丽', '11月18日组织科室学习典型案例通报，参加4人');
    expect(card).toContain('「典型案例通报」按警示教育记录');
    const after = await answerText('孙丽', words);
    expect(after).toContain('廉政教育｜2026-11-18');
    expect(after).not.toContain('按警示教育记录');
    expect(await answerText('孙丽', '确认')).not.toContain('按警示教育记录');
    expect(rows()).toEqual([['edu_integrity', '2026-11-18', 'sunli', '']]);
  });

  it('near-miss: confirmed as read, the type note stays on the receipt', async () => {
    await answerText('孙丽', '11月18日组织科室学习典型案例通报，参加4人');
    expect(await answerText('孙丽', '确认')).toContain('「典型案例通报」按警示教育记录');
    expect(rows()).toEqual([['edu_warning', '2026-11-18', 'sunli', '']]);
  });

  it('a day said late and left over, then given as the day: 「11月25日」没有对应到任何记录 is not said again', async () => {
    let reply = await answerText('黄志刚', '11月下旬，机关纪委对财务科开展了作风纪律专项检查，重点检查考勤等情况，检查时间为11月25日。');
    // Asked today (round 34a F9); once that day is read from the message, the card comes at once: either way, no stale note.
    if (reply.includes('是哪一天')) reply = await answerText('黄志刚', '11月25日');
    expect(reply).toContain('2026-11-25');
    expect(reply).not.toContain('「11月25日」没有对应到任何记录');
    if (reply.includes('请确认')) reply = await answerText('黄志刚', '确认');
    expect(reply).not.toContain('没有对应到任何记录');
    expect(rows()).toEqual([['inspect_style', '2026-11-25', 'huangzhigang', '']]);
  });
});
