// Over HTTP: round 42's foc (t41a F27/F29/F4, t41b F7, issue 10), turn by turn through the real bot.
//  - 「今天陪陈理事长到教就部检查了作风纪律」 (t41a F27): no 「是谁带队检查的？」, the card shows 陈志强's check;
//  - 「冯部长和陈副理事长昨天分别给我谈了话」 (t41a F29): only the type asked, never 「冯雪是和谁谈的？」;
//  - 「…教育就业部、维权部负责人参加。会上，陈志强与三位部长分别签订了责任书。」: the number differs, so 和谁 is asked with
//    the heads named before offered as buttons;
//  - 「11.30跟林晓一起给康复中心全体人员上了廉政党课」 from the 机关纪委书记 (t41b F7): his own, no 「哪位领导…」 question.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-04T12:00:00+08:00'));
const { lastText, rows, say, confirmIfAsked } = chat;

describe('陪X到…检查 is X\'s', () => {
  it('the card shows 陈志强\'s check, no question of who led it', async () => {
    await say('冯雪', '今天陪陈理事长到教就部检查了作风纪律');
    expect(lastText()).not.toContain('是谁带队');
    expect(lastText()).toMatch(/请确认/);
    await say('冯雪', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-04', 'chenzhiqiang', '']]);
  });
});

describe('分别给我谈了话', () => {
  it('each talk asked its type only, the sender the one talked to', async () => {
    await say('赵磊', '冯部长和陈副理事长昨天分别给我谈了话');
    expect(lastText()).toContain('是哪类活动');
    await say('赵磊', '谈心谈话');
    expect(lastText()).not.toContain('和谁谈的');
    if (lastText().includes('是哪类活动')) await say('赵磊', '谈心谈话');
    expect(lastText()).not.toContain('和谁谈的');
    expect(lastText()).toMatch(/请确认|已记录/);
    await confirmIfAsked('赵磊', lastText());
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-03', 'fengxue', 'zhaolei'],
      ['talk_heart', '2026-12-03', 'chenzhiqiang', 'zhaolei'],
    ]);
  });
});

describe('与两位/三位部长 after the heads who attended', () => {
  it('two heads named before, 两位: both signings on the card', async () => {
    await say('陈静', '11月24日，陈志强副理事长到教育就业部调研，教育就业部、维权部负责人参加。会上，陈志强与两位部长分别签订了责任书。');
    expect(lastText()).not.toContain('和谁');
    expect(lastText()).toMatch(/请确认/);
    await say('陈静', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-24', 'chenzhiqiang', 'zhenghua'],
      ['pledge_sign', '2026-11-24', 'chenzhiqiang', 'fengxue'],
    ]);
  });

  it('near-miss: 三位 after two heads is asked, 冯雪 offered among them', async () => {
    await say('陈静', '11月24日，陈志强副理事长到教育就业部调研，教育就业部、维权部负责人参加。会上，陈志强与三位部长分别签订了责任书。');
    expect(lastText()).toContain('和谁');
    expect(lastText()).toContain('郑华');
    expect(lastText()).toContain('冯雪');
  });
});

describe('the 纪委书记\'s own subjectless 党课 with a companion', () => {
  it('recorded as his, no question of who gave it', async () => {
    await say('黄志刚', '11.30跟林晓一起给康复中心全体人员上了廉政党课');
    expect(lastText()).not.toContain('哪位领导');
    await confirmIfAsked('黄志刚', lastText());
    expect(rows()).toEqual([['edu_lecture', '2026-11-30', 'huangzhigang', '']]);
  });
});
