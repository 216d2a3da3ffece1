// Round 36 (issue 10, ffc): 「11月13日集中学习廉政知识，参加8人」 from a 科员 (stored at once as his own), a deputy head's
// 「财务科全体同志学习了…」 (stored at once as his own), and 「科里以案说纪，参加6人」 (没看懂) are the department head's, shown on a
// card; a head's own stays theirs at once; 李明's 「办公室开展了考勤检查」 keeps no place checked — through the real app.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, say } = chat;

describe('a collective study with no doer named, from a member or a deputy head: the head\'s, on the card', () => {
  it.each([
    ['胡军', '11月13日集中学习廉政知识，参加8人', '李明', [['edu_integrity', '2026-11-13', 'liming', 8]]],
    ['李娟', '11月20日组织学习《廉洁自律准则》，参加5人', '孙丽', [['edu_integrity', '2026-11-20', 'sunli', 5]]],
    ['王强', '11月25日财务科全体同志学习了《中国共产党廉洁自律准则》', '孙丽', [['edu_integrity', '2026-11-25', 'sunli', undefined]]],
    ['胡军', '11月20日科里以案说纪，参加6人', '李明', [['edu_warning', '2026-11-20', 'liming', 6]]],
  ])('%s 「%s」: nothing stored before 确认, 活动人 %s on the card, stored so after', async (from, text, head, stored) => {
    await chat.confirmHeadsCard(from, text, head);
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual(stored);
  });

  it('a head\'s own collective study is recorded at once, as theirs', async () => {
    await say('李明', '11月13日集中学习廉政知识，参加8人');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual([['edu_integrity', '2026-11-13', 'liming', 8]]);
  });

  it('a department holding a check is no place of it: 办公室开展了考勤检查 from its head keeps none', async () => {
    await say('李明', '11月20日办公室开展了考勤检查');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentId])).toEqual([['inspect_style', '2026-11-20', 'liming', undefined]]);
  });
});
