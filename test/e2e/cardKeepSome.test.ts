// Issue 10 part C, kind 1: a typed answer to a 确认 card of several records that keeps some and leaves the others out
// in one go (「第2条不要，其余确认」「只要第1、3条」「除了和王强那条，别的都确认」). Before, 没看懂 or the card again with
// 「这条消息没有记录」. Now the kept records are stored, the others not, and the reply says which were stored and which
// were left out; a number beyond the card or a record left unsaid is asked, nothing stored.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { lastText, rows, say } = chat;

/** A clerk's pasted item of three records: a 分管科室会议, a 警示教育 with its title, a talk with 冯雪. */
const THREE = '11月17日，陈志强副理事长主持召开分管部门会议，部署党风廉政建设工作。会上，陈志强带领大家观看了警示教育片《警钟长鸣》。会后，陈志强与冯雪进行了谈心谈话。';
/** 李娟 reports her leader's three talks on one day. */
const TALKS = '11月20日，王建国副理事长分别与李明、孙丽、王强进行了廉政谈话';
const dialogs = () => chat.t.running.store.read((db) => db.dialogs);

describe('some records kept, the others left out, in one answer', () => {
  it.each([
    ['第2条不要，其余确认'],
    ['第二条删掉，其他的都对'],
    ['只要第1、3条'],
    ['1和3确认，2不要'],
    ['好的，第2条不要，其余确认。'],
    ['第2条不要 其余确认'],
    ['嗯，第二条删了吧，剩下两条都没问题'],
    ['只记第一条和第三条就行'],
    ['除第二条外其余都确认'],
  ])('「%s」 stores the 会议 and the talk, names the 警示教育 as left out', async (said) => {
    await say('冯雪', THREE);
    expect(rows()).toEqual([]);
    await say('冯雪', said);
    const text = lastText();
    expect(text).toMatch(/已按您的回复记录第1、3条；第2条没有记录/);
    expect(text).toMatch(/第2条（警示教育[^）]*）按您的回复删去，没有记录/);
    expect(rows()).toEqual([
      ['meeting_dept', '2026-11-17', 'chenzhiqiang', ''],
      ['talk_heart', '2026-11-17', 'chenzhiqiang', 'fengxue'],
    ]);
    expect(dialogs()).toHaveLength(0);
  });

  it.each([['除了和王强那条，别的都确认'], ['王强那条不要，其他确认'], ['除了第3条，其余的都确认']])('「%s」 leaves out the talk with 王强 only', async (said) => {
    await say('李娟', TALKS);
    await say('李娟', said);
    expect(lastText()).toMatch(/记录第1、2条；第3条没有记录/);
    expect(lastText()).toMatch(/王强/);
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-20', 'wangjianguo', 'liming'],
      ['talk_integrity', '2026-11-20', 'wangjianguo', 'sunli'],
    ]);
  });
});

describe('an answer that cannot be read exactly is asked, nothing stored', () => {
  it.each([
    ['第5条不要，其余确认', /卡片上只有 3 条记录，没有第5条，没有记录任何一条/],
    ['1确认，2不要', /第3条要不要记？没有记录任何一条/],
    ['1和3确认', /第2条要不要记/],
    ['除了和张颖那条，别的都确认', /卡片上没有「张颖」的记录/],
  ])('「%s」', async (said, asked) => {
    await say('冯雪', THREE);
    await say('冯雪', said);
    expect(lastText()).toMatch(asked);
    expect(lastText()).toMatch(/请确认以下 3 条记录/);
    expect(rows()).toEqual([]);
    expect(dialogs()).toHaveLength(1);
    // The precise answer then works on the same card.
    await say('冯雪', '1和3确认，2不要');
    expect(rows().map((r) => r[0])).toEqual(['meeting_dept', 'talk_heart']);
  });
});

describe('near-misses keep their readings', () => {
  it('「第2条不要」 alone shows the card again without it, nothing stored', async () => {
    await say('冯雪', THREE);
    await say('冯雪', '第2条不要');
    expect(lastText()).toMatch(/已去掉第2条/);
    expect(rows()).toEqual([]);
  });

  it('「确认」 stores all three', async () => {
    await say('冯雪', THREE);
    await say('冯雪', '确认');
    expect(rows()).toHaveLength(3);
    expect(lastText()).not.toMatch(/没有记录/);
  });
});
