// b27's kinds over HTTP (issue 10): a member's own study is no record, said why; a check, meeting or study with no type word
// beside a typed deed is named on the card, never dropped with the typed deed stored at once.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe("the sender's own study", () => {
  it('昨天自学了《廉洁自律准则》: nothing stored, told it counts toward no duty, never 没看懂', async () => {
    await say('王芳', '昨天自学了《廉洁自律准则》');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/个人自学/);
    expect(lastText()).toMatch(/没有记录/);
    expect(lastText()).not.toMatch(/没看懂/);
  });

  it('在家观看了警示教育片 from a member: nothing stored either', async () => {
    await say('张颖', '前天晚上在家收看了警示教育片');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/个人自学/);
  });

  it('while a question waits: the self-study reply, and the question still waits for its answer', async () => {
    await say('李明', '上个月和胡军谈心谈话了');
    expect(lastText()).toMatch(/哪一天/);
    await say('李明', '昨天自学了条例');
    expect(lastText()).toMatch(/个人自学/);
    expect(activities()).toEqual([]);
    await say('李明', '11月20日');
    expect(rows()).toEqual([['talk_heart', '2026-11-20', 'liming', 'hujun']]);
  });

  it('a study the sender organised (组织科室…学习，参加5人) is still recorded at once as theirs', async () => {
    await say('孙丽', '昨天组织科室学习了《廉洁自律准则》，参加5人');
    expect(rows()).toEqual([['edu_integrity', '2026-12-01', 'sunli', '']]);
  });
});

describe('a deed of no type word beside a typed one', () => {
  // Round 36 (t36b F11): a check held before a talk is a deed of its own, asked its type, never only named as left over.
  it('昨天检查了财务科，同时约谈了孙丽: the check asked its type, nothing stored before the answer', async () => {
    await say('黄志刚', '昨天检查了财务科，同时约谈了孙丽');
    expect(activities()).toEqual([]);
    expect(lastText()).not.toMatch(/「检查」没有对应到任何记录/);
    expect(lastText()).toMatch(/作风纪律检查/);
  });

  it('…谈心，随后开了会: the 会议 named on the card, nothing stored before 确认', async () => {
    await say('王建国', '昨天和李明谈心，随后开了会');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/「会议」没有对应到任何记录/);
  });

  it('…谈心，之后一起吃了午饭 (no deed): stored at once as before', async () => {
    await say('刘芳', '昨天和周涛谈心，之后一起吃了午饭');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'liufang', 'zhoutao']]);
  });
});
