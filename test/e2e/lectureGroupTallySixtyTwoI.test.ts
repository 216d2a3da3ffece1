// Round 62 (issue 10), fixer gbi: t65a F4, F5, F2 over HTTP.
// F4. 何平「今天上午给中心全体人员上了廉政党课 赵书记也在 听课的有15人」 was stored at once, no department, 赵敏's presence said
//     nowhere; now a card names 康复中心 and 赵敏, and 确认 stores the lecture at 康复中心 with 15 people and 赵敏 in its note.
// F5. 张伟「…与班子成员进行了廉政谈话，陈志强出差除外」 was a card with ONE talk, with 陈志强; now three talks (王建国, 刘芳, 赵敏),
//     the card saying 陈志强 was not talked to.
// F2. 林晓's 11月 summary with a counted lead of talks: the lead makes no record; the three items each their own.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: the corpus's day. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, confirmIfAsked } = chat;

describe('F4. a lecture to the 中心\'s people with a leader present', () => {
  it('何平 「今天上午给中心全体人员上了廉政党课 赵书记也在 听课的有15人」 → a card naming 赵敏; 确认 stores it at 康复中心', async () => {
    const card = await answerText('何平', '今天上午给中心全体人员上了廉政党课 赵书记也在 听课的有15人');
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/赵敏/);
    expect(activities()).toHaveLength(0);
    const receipt = await answerText('何平', '确认');
    expect(receipt).toMatch(/赵敏/);
    expect(activities()).toHaveLength(1);
    const a = activities()[0]!;
    expect(a.type).toBe('edu_lecture');
    expect(a.departmentId).toBe('center');
    expect(a.attendees).toBe(15);
  });
});

describe('F5. a group minus one away', () => {
  it('张伟 「11月25日与班子成员进行了廉政谈话，陈志强出差除外」 → three talks, 陈志强 said not talked to', async () => {
    const card = await answerText('张伟', '11月25日与班子成员进行了廉政谈话，陈志强出差除外');
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/陈志强还没有谈/);
    expect(activities()).toHaveLength(0);
    await answerText('张伟', '确认');
    expect(activities()).toHaveLength(3);
    const ids = activities().flatMap((a) => a.counterpartIds);
    expect(ids).not.toContain('chenzhiqiang');
  });
});

describe('F2. a summary\'s counted lead of talks makes no record', () => {
  it('林晓\'s 11月工作小结 → no undated 廉政谈话 asked; 孙杰\'s 诫勉 kept apart from 徐辉\'s 函询', async () => {
    const card = await answerText('林晓', '机关纪委11月工作小结：本月开展谈话3次，其中提醒谈话1次、函询1次、诫勉谈话1次。11月5日黄志刚书记对王强进行了提醒谈话；11月12日就群众反映问题对徐辉进行了函询；11月20日对孙杰进行了诫勉谈话。');
    expect(card).not.toMatch(/和谁/);
    expect(card).toMatch(/徐辉/);
    expect(card).toMatch(/孙杰/);
    expect(activities()).toHaveLength(0);
  });
});

// F7. 张颖「报送廉政信息2篇」, asked 「分别是哪几天？」, answered 「一篇28号 一篇30号」: only 28号 was taken and the second asked
//     again; now one record a day given.
describe('F7. a count before each day in the answer to 「分别是哪几天？」', () => {
  it.each([['一篇28号 一篇30号'], ['一篇28号，另一篇是30号报的']])('张颖 「报送廉政信息2篇」 → 「%s」 → two papers, 11-28 and 11-30', async (answer) => {
    const asked = await answerText('张颖', '报送廉政信息2篇');
    expect(asked).toMatch(/分别是哪几天/);
    const reply = await answerText('张颖', answer);
    await confirmIfAsked('张颖', reply);
    expect(activities().map((a) => a.date).sort()).toEqual(['2026-11-28', '2026-11-30']);
    expect(activities().every((a) => a.type === 'report_info')).toBe(true);
  });
});
