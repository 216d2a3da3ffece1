// Round 25 (j25, issue 10): who did it. A clerk's account of several leaders' talks keeps each leader's people, asked the
// type and day and shown on a card before anything is stored; a reminder said in passing is named on the receipt, no
// talk; a person addressed by name is no doer, and a bare name before a subjectless sentence is asked, never guessed.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 08:00 in Shanghai (the corpus's day), before the reminders' hours. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

describe("a clerk's account of several leaders' talks", () => {
  it('陈志强副理事长郑华、冯雪均已谈完，时间是11月13日: the type asked, then two talks of 陈志强 on a card', async () => {
    await say('王芳', '陈志强副理事长郑华、冯雪均已谈完，时间是11月13日');
    expect(lastText()).toMatch(/陈志强与郑华、冯雪的这 2 次谈话是哪一类谈话/);
    await say('王芳', '廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    expect(lastText()).toMatch(/活动人：陈志强/);
    await say('王芳', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-13', 'chenzhiqiang', 'zhenghua'],
      ['talk_integrity', '2026-11-13', 'chenzhiqiang', 'fengxue'],
    ]);
  });

  it('赵敏书记：王磊、何平已谈；刘芳副理事长：周涛已谈，吴静未谈（出差）: each leader asked in turn, 吴静 named, no record of hers', async () => {
    await say('王芳', '赵敏书记：王磊、何平已谈；刘芳副理事长：周涛已谈，吴静未谈（出差）');
    expect(lastText()).toMatch(/赵敏与王磊、何平的这 2 次谈话是哪一类谈话/);
    // Answer whatever is asked, one question at a time, until the card.
    for (let i = 0; i < 6 && !/请确认以下/.test(lastText()); i++) {
      await say('王芳', /哪类活动|哪一类谈话/.test(lastText()) ? '谈心谈话' : '11月20日');
    }
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/吴静未谈/);
    await say('王芳', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-20', 'zhaomin', 'wanglei'],
      ['talk_heart', '2026-11-20', 'zhaomin', 'heping'],
      ['talk_heart', '2026-11-20', 'liufang', 'zhoutao'],
    ]);
  });
});

describe('a reminder said in passing', () => {
  it('…参加5人，会后顺便提醒了王强注意节前纪律: the study stored, the reminder named on the receipt, no talk', async () => {
    await say('孙丽', '今天组织科室学习了《中国共产党纪律处分条例》，参加5人，会后顺便提醒了王强注意节前纪律');
    expect(lastText()).toMatch(/已记录 1 项/);
    expect(lastText()).toMatch(/「会后顺便提醒了王强注意节前纪律」是顺带提及/);
    expect(rows()).toEqual([['edu_integrity', '2026-11-30', 'sunli', '']]);
  });
});

describe('a person addressed by name', () => {
  // Round 48 (ftc): a clerk's unsure address reads the named leader as the doer (round 46's rule for 「王建国副理事长：11月4日与
  // 李明签订…」), so only the kind is asked, and the record is still shown for 确认 before anything is stored.
  it('王建国，今天和李明谈话: 王建国\'s talk, its type asked, nothing stored before the answer', async () => {
    await say('王芳', '王建国，今天和李明谈话');
    expect(lastText()).toMatch(/王建国的这项活动是哪类活动/);
    expect(activities()).toEqual([]);
    await say('王芳', '廉政谈话');
    if (/请确认/.test(lastText())) await say('王芳', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'wangjianguo', 'liming']]);
  });

  it('@林晓 我们部今天组织观看了警示教育片: the department head\'s on a card, never 林晓\'s', async () => {
    await say('杨帆', '@林晓 我们部今天组织观看了警示教育片，参加8人');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：王磊/);
    expect(lastText()).not.toMatch(/林晓/);
    await say('杨帆', '确认');
    expect(rows()).toEqual([['edu_warning', '2026-11-30', 'wanglei', '']]);
  });
});
