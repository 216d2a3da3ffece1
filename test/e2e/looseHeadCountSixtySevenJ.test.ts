// Round 67, ggj: t70a FB2 in the chat (main 3fdbc41e; the tester's clock Tue 2026-12-08 Shanghai). 陈静 reported
// 「11月30号 郑部长组织教就部观看警示教育专题片 一共7个人」 (确认: 郑华's 警示教育, 7人参加), then 「7个人报错了，实际是9个人」:
// 抱歉，没看懂 (on main before gga a count of deeds, 「再补8个」). An attendance count put right by its numbers in person words,
// no field named, now ends on 请确认修改 7人参加 → 9人参加 of the stored record (or the waiting card's own edit); 篇 counts, a
// new report with a head count, and a talk (which keeps no head count, said) stay as they were.
// gga's leftover: 郑华 「上周三组织召开专题会议，议题是传达市纪委全会」 — the chair question's card showed no 议题 and none was
// stored (the parser dropped the 议题是 clause); now the card says 议题：传达市纪委全会 and the record keeps it.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 10:00 in Shanghai (the tester's day). */
const TUESDAY = new Date('2026-12-08T10:00:00+08:00');
const chat = useChatBot(TUESDAY);
const { activities, answerText, say, recorded } = chat;

/** 陈静's report of 郑华's 警示教育 of 11-30 with 7 people, stored after its 确认. */
async function warningOfSeven(): Promise<void> {
  await recorded('陈静', '11月30号 郑部长组织教就部观看警示教育专题片 一共7个人');
  expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual([['edu_warning', '2026-11-30', 'zhenghua', 7]]);
}

describe('FB2. a head count put right in person words, no field named', () => {
  it.each([
    ['7个人报错了，实际是9个人'],
    ['7人写错了 应该是9人'],
    ['少报了2个人，一共9个'],
    ['9个人，不是7个'],
    ['七个人报错了，实际是九个人'],
    ['7個人報錯了，實際是9個人'],
    ['7个人 写错了 应该是 9个人'],
    ['把9个人写成7个了'],
    ['不对，7个人不对，是9个人'],
  ])('陈静 「%s」 → 请确认修改 7人参加 → 9人参加, changed on 确认 only', async (text) => {
    await warningOfSeven();
    const answer = await answerText('陈静', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/原来：警示教育｜2026-11-30｜7人参加｜教育就业部｜活动人：郑华/);
    expect(answer).toMatch(/改为：警示教育｜2026-11-30｜9人参加｜教育就业部｜活动人：郑华/);
    expect(answer).not.toMatch(/没看懂|再补/);
    expect(activities()[0]!.attendees).toBe(7);
    await say('陈静', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual([['edu_warning', '2026-11-30', 'zhenghua', 9]]);
  });

  it('取消 keeps the 7', async () => {
    await warningOfSeven();
    await say('陈静', '7个人报错了，实际是9个人');
    await say('陈静', '取消');
    expect(activities().map((a) => a.attendees)).toEqual([7]);
  });

  it('多报了1个人，实际是6个 from another sender lowers the count', async () => {
    await recorded('王磊', '昨天组织宣文部观看警示教育片，7人参加');
    const answer = await answerText('王磊', '多报了1个人，实际是6个');
    expect(answer).toMatch(/改为：警示教育｜2026-12-07（昨天）｜6人参加/);
    await say('王磊', '确认');
    expect(activities().map((a) => a.attendees)).toEqual([6]);
  });

  it('on the waiting card the count is the card’s own edit, nothing stored before 确认', async () => {
    const card = await answerText('陈静', '11月30号 郑部长组织教就部观看警示教育专题片 一共7个人');
    expect(card).toMatch(/请确认以下 1 条记录/);
    const edited = await answerText('陈静', '7个人报错了，实际是9个人');
    expect(edited).toMatch(/9人参加/);
    expect(edited).not.toMatch(/没看懂/);
    expect(activities()).toEqual([]);
    await say('陈静', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual([['edu_warning', '2026-11-30', 'zhenghua', 9]]);
  });
});

describe('near-misses stay as they were', () => {
  it('a talk keeps no head count: said, nothing changed', async () => {
    await recorded('陈静', '昨天和赵磊进行了谈心谈话');
    const answer = await answerText('陈静', '2个人报错了，实际是3个人');
    expect(answer).toMatch(/不记参加人数，没有改动/);
    expect(activities().map((a) => [a.type, a.attendees])).toEqual([['talk_heart', undefined]]);
  });

  it('a new report with a head count is a new record, the stored one untouched', async () => {
    await warningOfSeven();
    const answer = await answerText('陈静', '12月7日组织教就部9个人观看警示教育片');
    expect(answer).not.toMatch(/请确认修改/);
    await chat.confirmIfAsked('陈静', answer);
    expect(activities().map((a) => [a.date, a.attendees])).toEqual([['2026-11-30', 7], ['2026-12-07', 9]]);
  });

  it('是1篇 不是2篇 of two stored papers is no head count', async () => {
    await chat.stored('孙丽', '今天报送廉政信息2篇', 2);
    const answer = await answerText('孙丽', '是1篇 不是2篇');
    expect(answer).not.toMatch(/人参加/);
  });
});

describe('议题是… told with the meeting', () => {
  it.each([
    ['上周三组织召开专题会议，议题是传达市纪委全会', '传达市纪委全会'],
    ['上周三组织召开专题会议，议题为传达学习市纪委全会精神', '传达学习市纪委全会精神'],
    ['上周三组织召开专题会议，主要内容是传达市纪委全会精神', '传达市纪委全会精神'],
  ])('郑华 「%s」 → the chair question shows the 议题, kept after the answer', async (text, agenda) => {
    const asked = await answerText('郑华', text);
    expect(asked).toMatch(/是哪位领导主持或主讲的/);
    expect(asked).toMatch(new RegExp(`我理解的是：专题会议｜2026-12-02｜议题：${agenda}`));
    expect(asked).not.toMatch(/《/);
    const receipt = await answerText('郑华', '郑华');
    expect(receipt).toMatch(new RegExp(`议题：${agenda}`));
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.note, a.title])).toEqual([['meeting_special', '2026-12-02', 'zhenghua', agenda, undefined]]);
  });
});
