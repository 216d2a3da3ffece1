// Round 30g, Part C (§8, §11, §14 and the lesser card notes): the dialog after a 确认 card of several records. A kind said
// with no record named went to every record (a 警示教育 film became a 谈心谈话); 「不对，谈话对象是胡军」 was read as a new
// report, and 「去掉第2条」 then went to its question; 「不对，是11月27日看的片子」 was not understood; a card of one held
// a repeat differently from a card of two; a card of one record said 「一条消息里有多项活动，已逐项拆开」.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const { activities, lastText, rows, say } = useChatBot(MONDAY);

/** 郑华's film on Saturday and his talk with 陈静 on Sunday: a card of two. */
const FILM_AND_TALK = '前天组织观看警示教育片《蜕变》，参加5人，昨天与陈静廉政谈话';
/** 李明's talk with 王芳 and the office's film, both on Sunday: a card of two. */
const TALK_AND_FILM = '昨天和王芳进行了廉政谈话，下午组织办公室全体观看警示教育片《围猎》，参加6人';
const kinds = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.title ?? '', a.attendees ?? 0]);

describe('a kind said with no record named goes to the records it fits (§8)', () => {
  it('「不对，是谈心谈话」 changes the talk only; the film stays a 警示教育', async () => {
    await say('郑华', FILM_AND_TALK);
    await say('郑华', '不对，是谈心谈话');
    expect(lastText()).toMatch(/已按您的更正修改（类型改为谈心谈话）/);
    expect(lastText()).toMatch(/警示教育｜2026-11-28｜《蜕变》/);
    expect(lastText()).toMatch(/谈心谈话｜2026-11-29[^\n]*陈静/);
    expect(activities()).toHaveLength(0);
    await say('郑华', '确认');
    expect(kinds()).toEqual([
      ['edu_warning', '2026-11-28', 'zhenghua', '', '蜕变', 5],
      ['talk_heart', '2026-11-29', 'zhenghua', 'chenjing', '', 0],
    ]);
  });

  it('a kind no record can be is asked (第几条), the card unchanged, and 确认 stores it as it was', async () => {
    await say('郑华', FILM_AND_TALK);
    await say('郑华', '不对，是专题会议');
    expect(lastText()).toMatch(/请说是哪一条，如「第2条是专题会议」/);
    expect(lastText()).toMatch(/警示教育｜2026-11-28[\s\S]*廉政谈话｜2026-11-29/);
    await say('郑华', '确认');
    expect(rows()).toEqual([
      ['edu_warning', '2026-11-28', 'zhenghua', ''],
      ['talk_integrity', '2026-11-29', 'zhenghua', 'chenjing'],
    ]);
  });

  it('near-miss: the record named by number takes the kind said, the other unchanged', async () => {
    await say('郑华', FILM_AND_TALK);
    await say('郑华', '第2条是谈心谈话');
    await say('郑华', '对');
    expect(rows()).toEqual([
      ['edu_warning', '2026-11-28', 'zhenghua', ''],
      ['talk_heart', '2026-11-29', 'zhenghua', 'chenjing'],
    ]);
  });
});

describe('不对 before a field, or a record named by its noun, corrects the waiting card (§11)', () => {
  it('「不对，谈话对象是胡军」 changes the talk on the card; 「去掉第2条」 then drops the film', async () => {
    await say('李明', TALK_AND_FILM);
    await say('李明', '不对，谈话对象是胡军');
    expect(lastText()).toMatch(/已按您的更正修改（对象改为「胡军」）/);
    expect(lastText()).not.toMatch(/类型未知/);
    await say('李明', '去掉第2条');
    expect(lastText()).toMatch(/已去掉第2条/);
    await say('李明', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-29', 'liming', 'hujun']]);
  });

  it('「不对，是11月27日看的片子」 moves the film only', async () => {
    await say('郑华', FILM_AND_TALK);
    await say('郑华', '不对，是11月27日看的片子');
    expect(lastText()).toMatch(/警示教育｜2026-11-27｜《蜕变》/);
    await say('郑华', '确认');
    expect(rows()).toEqual([
      ['edu_warning', '2026-11-27', 'zhenghua', ''],
      ['talk_integrity', '2026-11-29', 'zhenghua', 'chenjing'],
    ]);
  });

  it('near-miss: 「不对，是11月20日」 on a card of one record moves its day; 确认 stores it', async () => {
    await say('李明', TALK_AND_FILM);
    await say('李明', '去掉第2条');
    await say('李明', '不对，是11月20日');
    expect(lastText()).toMatch(/廉政谈话｜2026-11-20[^\n]*王芳/);
    await say('李明', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-20', 'liming', 'wangfang']]);
  });
});

describe('确认 holds a repeat back the same way on a card of one or of several (§14)', () => {
  it('a card left with one record that repeats a stored talk says 「确认」不会再记, and does not; 仍要记录 does', async () => {
    await say('李明', '11月27日和胡军进行了廉政谈话');
    expect(rows()).toHaveLength(1);
    await say('李明', TALK_AND_FILM);
    await say('李明', '日期改成11月27日');
    await say('李明', '对象改成胡军');
    expect(lastText()).toMatch(/「确认」不会再记/);
    await say('李明', '警示教育那条不要了');
    expect(lastText()).toMatch(/这条已有相同记录，「确认」不会再记/);
    expect(lastText()).not.toMatch(/确认则照样记录/);
    // Round 37 fjf (t36c F13): the card closes, nothing added (was: 「所以「确认」没有再记…否则回复「取消」」, the card kept).
    await say('李明', '确认');
    expect(lastText()).toMatch(/这条已有相同记录，同一次只记一次，这次没有再记，什么也没有添加/);
    expect(rows()).toHaveLength(1);
    await say('李明', '仍要记录');
    expect(lastText()).toMatch(/没有等待确认的上报/);
    expect(rows()).toHaveLength(1);
  });

  it('a card left with one repeat: 仍要记录 records it again', async () => {
    await say('李明', '11月27日和胡军进行了廉政谈话');
    await say('李明', TALK_AND_FILM);
    await say('李明', '日期改成11月27日');
    await say('李明', '对象改成胡军');
    await say('李明', '警示教育那条不要了');
    await say('李明', '仍要记录');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-27', 'liming', 'hujun'],
      ['talk_integrity', '2026-11-27', 'liming', 'hujun'],
    ]);
  });

  // t36b F1 (round 37 fjf): a typed 确认 on the 可能重复 question stored the repeat while a list held it back; now the
  // two agree — 确认 adds nothing and closes the card, 仍要记录 · 再记一条 · 是的 (the question's yes) record again.
  it('a card whose one question is the repeat (可能重复): 确认 adds nothing and closes it; the hint says what each word does', async () => {
    await say('李明', '11月27日和胡军进行了廉政谈话');
    await say('李明', '11月27日和胡军进行了廉政谈话');
    expect(lastText()).toMatch(/已有一条相同记录，仍要再记一条吗？/);
    // Round 66, gfi (t69a FB2): the hint words changed; what each reply does is still said.
    expect(lastText()).toMatch(/要再记一条：请点「仍要记录」或回复「再记一条」。不用再记：请点「取消」或回复「不用再记」[^]*回复「确认」「对」也不会再记/);
    await say('李明', '确认');
    expect(lastText()).toMatch(/已有相同记录[\s\S]*什么也没有添加/);
    expect(rows()).toHaveLength(1);
    await say('李明', '11月27日和胡军进行了廉政谈话');
    await say('李明', '再记一条');
    expect(rows()).toHaveLength(2);
  });
});

describe('the notes of a card of one record (lesser)', () => {
  it('a card of one record does not say the message was split into several', async () => {
    await say('王强', '今天和李娟谈心谈活了');
    expect(lastText()).toMatch(/请确认以下 1 条记录[\s\S]*类型是从写法推断的/);
    expect(lastText()).not.toMatch(/已逐项拆开/);
  });

  it('near-miss: a card of two still says it was split', async () => {
    await say('郑华', FILM_AND_TALK);
    expect(lastText()).toMatch(/一条消息里有多项活动，已逐项拆开/);
  });
});
