// Over HTTP (issue 10, round 38 t37c F15 and round 37's leftover; fixer fke): 张颖 (组联部科员) 「昨天和组联部同志谈了谈」
// is asked its type and then whom, never shown 「对象：周涛」 on a guess (the 同志 names no post); 孙丽 「昨天上午和王强谈
// 了话，下午组织科室学习了《会计法》」 asks the talk's type and the study's and stores both on that day (was: the study
// dropped without a word); a head's 「昨天和财务科同志谈了谈」 is a talk asked whom (was: no report).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 18:00 in Shanghai: after the reminders' hours, so no catch-up reminder lands between turns. */
const THURSDAY = new Date('2026-12-03T18:00:00+08:00');

const chat = useChatBot(THURSDAY);
const { lastText, rows, say, offered } = chat;

/** The rows as `type|date|doer|counterpart`, sorted. */
const stored = () => rows().map(([type, date, doer, whom]) => `${type}|${date}|${doer}|${whom}`).sort();

describe("a department's 同志 with no post is asked who, never its head on a guess", () => {
  it('张颖 「昨天和组联部同志谈了谈」: type asked, then whom; 周涛 answered → his talk with her on a card', async () => {
    const first = await offered('张颖', '昨天和组联部同志谈了谈');
    expect(lastText()).toMatch(/是哪类活动/);
    expect(lastText()).not.toMatch(/周涛/);
    expect(first).not.toContain('张颖');
    const second = await offered('张颖', '谈心谈话');
    expect(lastText()).toMatch(/和谁谈的|「组联部同志」是哪一位/);
    expect(lastText()).not.toMatch(/对象：周涛/);
    expect(second).not.toContain('张颖');
    expect(rows()).toEqual([]);
    await say('张颖', '周涛');
    expect(lastText()).toMatch(/请确认/);
    await say('张颖', '确认');
    expect(stored()).toEqual(['talk_heart|2026-12-02|zhoutao|zhangying']);
  });

  it('孙丽 (财务科科长) 「昨天和财务科同志谈了谈」: a talk asked its type and whom, recorded with the one answered', async () => {
    await say('孙丽', '昨天和财务科同志谈了谈');
    expect(lastText()).toMatch(/是哪类活动/);
    await say('孙丽', '谈心谈话');
    expect(lastText()).toMatch(/和谁谈的|「财务科同志」是哪一位/);
    await say('孙丽', '李娟');
    if (rows().length === 0 && /确认/.test(lastText())) await say('孙丽', '确认');
    expect(stored()).toEqual(['talk_heart|2026-12-02|sunli|lijuan']);
  });

  // Round 48 (ftc, t50a N1): her head is above her, so the talk is shown as his with her, as 和周涛进行了廉政谈话 already was.
  it('near-miss 张颖 「昨天和组联部周部长谈了谈」: the post said, 周涛 shown (as the one who held the talk)', async () => {
    await say('张颖', '昨天和组联部周部长谈了谈');
    expect(lastText()).toMatch(/活动人 周涛/);
  });
});

describe('two deeds of one day, the second told 下午', () => {
  it('孙丽 「昨天上午和王强谈了话，下午组织科室学习了《会计法》」: both asked their type, both stored on 12-02', async () => {
    await say('孙丽', '昨天上午和王强谈了话，下午组织科室学习了《会计法》');
    expect(lastText()).toMatch(/同一条消息里还有 1 条/);
    expect(lastText()).toMatch(/《会计法》/);
    await say('孙丽', '廉政谈话');
    expect(lastText()).toMatch(/《会计法》/);
    await say('孙丽', '廉政教育');
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    await say('孙丽', '确认');
    expect(stored()).toEqual(['edu_integrity|2026-12-02|sunli|', 'talk_integrity|2026-12-02|sunli|wangqiang']);
  });
});
