// Round 66, gfb: tables and pasted 工作动态 (tester t68b on main 5cbdd0a0, Mon 2026-12-07).
// F3 张颖's 台账 row 「刘　芳⇥组联部全体（2人）⇥廉政谈话」: the card had 刘芳's talk with 周涛 only; now with 周涛 and 张颖, and a
//    count the directory does not bear out (3人) said on the card.
// F6 胡军's 「日期⇥领导⇥签订对象⇥备注」: nothing was read; now a card of 王建国's signings, 备注 承诺书 no third record.
// F5 孙杰's pasted 「近日，…观看警示教育片《围猎》。…共计18人参加。」: answered 「是累计数」, nothing kept; now 何平's 警示教育 with its
//    day asked, and 「是12月3日下午看的」 · 「3号」 · 「上周四」 give it.
// F7 a closing count given to the study of a talk-and-study message is said of that item by kind and day, not 「这一项」.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, confirmIfAsked } = chat;

const TALKS = (count: string) => `序号\t日期\t谈话人\t谈话对象\t类型\n1\t12月1日\t周涛\t张颖\t廉政谈话\n2\t12月2日\t刘　芳\t组联部全体（${count}）\t廉政谈话`;

describe('F3. a 全体 cell with a count in a talk table', () => {
  it('张颖: 组联部全体（2人） is 周涛 and 张颖, on a card; 确认 stores all three talks', async () => {
    const card = await answerText('张颖', TALKS('2人'));
    expect(card).toMatch(/请确认以下 3 条记录/);
    expect(card).toMatch(/对象：周涛[^\n]*活动人：刘芳/);
    expect(card).toMatch(/对象：张颖[^\n]*活动人：刘芳/);
    expect(card).not.toMatch(/不一致/);
    expect(activities()).toHaveLength(0);
    await say('张颖', '确认');
    expect(rows()).toEqual(
      expect.arrayContaining([
        ['talk_integrity', '2026-12-01', 'zhoutao', 'zhangying'],
        ['talk_integrity', '2026-12-02', 'liufang', 'zhoutao'],
        ['talk_integrity', '2026-12-02', 'liufang', 'zhangying'],
      ]),
    );
    expect(activities()).toHaveLength(3);
  });

  it('张颖: 组联部全体（3人） says the count differs from the two of the directory', async () => {
    const card = await answerText('张颖', TALKS('3人'));
    expect(card).toMatch(/「组联部全体（3人）」与通讯录里列出的2人不一致/);
    expect(card).toMatch(/对象：张颖[^\n]*活动人：刘芳/);
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: a 全体 cell in a film table is the audience, no one talked with', async () => {
    const card = await answerText('孙杰', '日期\t主持人\t参加人员\t活动内容\n12月2日\t何平\t康复中心全体（3人）\t观看警示教育片《围猎》');
    expect(card).toMatch(/警示教育/);
    expect(card).not.toMatch(/对象：/);
  });
});

describe('F6. a table whose header names the kind', () => {
  it('胡军: 领导⇥签订对象⇥备注 rows are the signings of 王建国, on a card', async () => {
    const card = await answerText('胡军', '日期\t领导\t签订对象\t备注\n12月1日\t王建国\t李明、孙丽\t\n12月2日\t王建国\t财务科全体\t承诺书');
    expect(card).toMatch(/请确认以下 5 条记录/);
    expect(card).not.toMatch(/谈话/);
    await say('胡军', '确认');
    const stored = activities();
    expect(stored).toHaveLength(5);
    expect(stored.every((a) => a.type === 'pledge_sign' && a.actorId === 'wangjianguo')).toBe(true);
    expect(stored.map((a) => a.counterpartIds[0]).sort()).toEqual(['liming', 'lijuan', 'sunli', 'sunli', 'wangqiang'].sort());
  });

  it('胡军: 主讲人⇥参加人数 rows are the 廉政党课 of the lecturer', async () => {
    const card = await answerText('胡军', '日期\t主讲人\t参加人数\n12月3日\t张伟\t30');
    expect(card).toMatch(/廉政党课/);
    expect(card).toMatch(/活动人：张伟/);
    await say('胡军', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual([['edu_lecture', '2026-12-03', 'zhangwei', 30]]);
  });
});

const ITEM = '近日，残疾人康复中心组织全体职工观看警示教育片《围猎》。……活动由何平主任主持，共计18人参加。图为活动现场。（通讯员 孙杰）';

describe('F5. a pasted 工作动态 item with no day', () => {
  it.each([['是12月3日下午看的'], ['3号'], ['上周四']])('孙杰: the day asked, 「%s」 gives 12-03', async (answer) => {
    const asked = await answerText('孙杰', ITEM);
    expect(asked).not.toMatch(/累计数/);
    expect(asked).toMatch(/何平的警示教育是哪一天/);
    const card = await answerText('孙杰', answer);
    expect(card).toMatch(/2026-12-03/);
    await confirmIfAsked('孙杰', card);
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title, a.attendees])).toEqual([['edu_warning', '2026-12-03', 'heping', '围猎', 18]]);
  });

  it('near-miss: 本月共计开展警示教育3次 is still a total (the reply of ged), nothing stored', async () => {
    const answer = await answerText('何平', '本月共计开展警示教育3次');
    expect(answer).toMatch(/合计数|累计数/);
    expect(answer).toMatch(/没有记录/);
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: the item with a day is shown on a card with that day', async () => {
    const card = await answerText('孙杰', '12月3日，残疾人康复中心组织全体职工观看警示教育片《围猎》。活动由何平主任主持，共计18人参加。');
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/2026-12-03/);
  });
});

describe('F7. a card note names the item it speaks of', () => {
  it('周涛: the closing count is said of the 廉政教育 of 12月4日, not of 「这一项」', async () => {
    const card = await answerText('周涛', '12月4日组织学习《廉洁自律准则》，12月3日与张颖谈心谈话，共2人参加');
    expect(card).toMatch(/「共2人参加」记为廉政教育（12月4日）的参加人数/);
    expect(card).not.toMatch(/这一项/);
  });
});
