// Round 49 (issue 10), fixer O (fwe): several corrections of a waiting 确认 card in one message.
// t52b F5: on a 4-row card, 「第3条日期改成12月1日，第4条日期改成12月2日」 was answered 「卡片上只有 1 条记录，没有第4条，
// 没有改动。」 — the second clause was read on record 3 alone. Sent one at a time both worked. Now each clause naming its
// own record changes that record, on the card's current rows, answered once with each change named; a number beyond the
// card is said with the card's real count and nothing is changed.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;

/** 张伟's four talks on one day: a 确认 card of four records. */
const FOUR_TALKS = '11月20日我分别与王建国、刘芳、陈志强、赵敏四位班子成员逐一进行了廉政谈话。';
/** 王磊's film, talk and study: a 确认 card of three records. */
const THREE_DEEDS = '11月20日组织宣文部观看警示教育片《迷途》，参加5人，11月24日和杨帆谈心谈话，11月25日学习了党纪处分条例，参加4人，另外12月计划开展廉政谈话';

const days = () => activities().map((a) => a.date).sort();

describe('t52b F5: two or three corrections of a card in one message', () => {
  it.each([
    ['第3条日期改成11月21日，第4条日期改成11月22日'],
    ['第3条日期改成11月21日；第4条日期改成11月22日'],
    ['第3条日期改成11月21日 第4条日期改成11月22日'],
    ['第3条日期改成11月21日和第4条日期改成11月22日'],
    ['第三条是11月21日，第四条是11月22日'],
  ])('「%s」 on a card of four: both changed, the card shown again, 确认 stores all four', async (said) => {
    await say('张伟', FOUR_TALKS);
    expect(lastText()).toMatch(/确认/);
    await say('张伟', said);
    expect(lastText()).not.toMatch(/只有 1 条/);
    expect(lastText()).toMatch(/已按您的更正修改（第[3三]条日期改为[^）]*；第[4四]条日期改为/);
    expect(activities()).toEqual([]);
    await say('张伟', '确认');
    expect(days()).toEqual(['2026-11-20', '2026-11-20', '2026-11-21', '2026-11-22']);
  });

  it('three records changed in one message, each its own field', async () => {
    await say('王磊', THREE_DEEDS);
    await say('王磊', '第1条人数改成6人，第2条日期改成11月23日，第3条人数改成7人');
    expect(lastText()).toMatch(/已按您的更正修改/);
    await say('王磊', '确认');
    const rows = activities().map((a) => [a.type, a.date, a.attendees]).sort();
    expect(rows).toEqual([
      ['edu_integrity', '2026-11-25', 7],
      ['edu_warning', '2026-11-20', 6],
      ['talk_heart', '2026-11-23', undefined],
    ]);
  });

  it('a number beyond the card: the real count said, nothing changed', async () => {
    await say('张伟', FOUR_TALKS);
    await say('张伟', '第3条日期改成11月21日，第5条日期改成11月22日');
    expect(lastText()).toMatch(/卡片上只有 4 条记录，没有第5条/);
    await say('张伟', '确认');
    expect(days()).toEqual(['2026-11-20', '2026-11-20', '2026-11-20', '2026-11-20']);
  });
});
