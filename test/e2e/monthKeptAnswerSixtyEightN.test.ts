// t71c F2 (round 68, on the landed merge): to 「…是哪一天进行的？」 王芳 answered 「具体日子记不清了，就按11月记吧」 and got a 完成情况
// answer for 2026年11月, the question not repeated; the clerk then made days up. Now the answer is read as a day not
// remembered with the month said (dayNotRemembered): the plain reply that a day is needed, nothing stored, the question
// still waiting, and a day then answers it.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 08:50 in Shanghai (the tester's clock). */
const chat = useChatBot(new Date('2026-12-08T08:50:00+08:00'));
const { activities, answerText, confirmIfAsked } = chat;

describe('a day not remembered, the month to record it by', () => {
  it.each([['具体日子记不清了，就按11月记吧'], ['记不清了 按11月份算吧'], ['忘了是哪天了，记在11月吧']])(
    '王芳 「上个月组织观看了警示教育片，参加32人」 → 「%s」: a day still asked, nothing stored, then 11月20日 records it',
    async (answer) => {
      expect(await answerText('王芳', '上个月组织观看了警示教育片，参加32人')).toMatch(/哪一天/);
      const reply = await answerText('王芳', answer);
      expect(reply).toContain('您说的是11月');
      expect(reply).toContain('记录需要具体是哪一天');
      expect(reply).not.toMatch(/完成情况/);
      expect(activities()).toEqual([]);
      // Round 69 (gia): 32 people are more than 办公室 has, so who organised it is asked after the day.
      expect(await answerText('王芳', '11月20日')).toMatch(/是谁组织的/);
      await confirmIfAsked('王芳', await answerText('王芳', '党组'));
      expect(activities().map((a) => [a.type, a.date, a.attendees])).toEqual([['edu_warning', '2026-11-20', 32]]);
    },
  );
});
