// Over HTTP: round 42's fof (t42a F1, F4, F7; issue 10), turn by turn through the real bot, read on Sat 2026-12-05.
//  - 「这周二去财务科跟孙丽科长和王强副科长廉证谈话了，顺便看了看他们的三公经费台帐」 (F4): a report, never an export (was: an
//    xlsx of 孙丽's and 王强's records sent, nothing recorded); the look at the 台帐 is a check asked its type;
//  - 「11月份：3号和张颖谈心谈话」 (F1): stored on 11-03 (was: stored at once on 12-03);
//  - 「…10月份和赵磊谈心一次，12月2号又跟他谈了一次廉政谈话。责任书年初就签了。」 (F7): the 谈心 asked its day, the 廉政谈话 kept
//    on 12-02, the 责任书 asked its day with no 「消息说的是10月」 (was: one 谈心 on 12-02, the 廉政谈话 named unmatched).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-05T12:00:00+08:00'));
const { lastText, rows, say } = chat;

describe('a month lead over a bare day', () => {
  it('11月份：3号… is stored on 11-03', async () => {
    await say('周涛', '11月份：3号和张颖谈心谈话');
    expect(lastText()).toContain('2026-11-03');
    expect(rows()).toEqual([['talk_heart', '2026-11-03', 'zhoutao', 'zhangying']]);
  });
});

describe('谈心一次, then 又跟他谈了一次廉政谈话', () => {
  it('two talks, each its own day; the 责任书 of 年初 asked its day without the 10月 frame', async () => {
    await say('冯雪', '收到提醒。我们科这个季度的谈话都做了：10月份和赵磊谈心一次，12月2号又跟他谈了一次廉政谈话。责任书年初就签了。');
    expect(lastText()).toMatch(/谈心谈话｜（日期未知）/);
    expect(lastText()).toMatch(/廉政谈话｜2026-12-02/);
    await say('冯雪', '10月15日');
    expect(lastText()).toMatch(/签订责任书\/承诺书｜（日期未知）/);
    expect(lastText()).not.toContain('消息说的是10月');
    await say('冯雪', '1月8日');
    // Since round 53 fkf/fkff a 责任书 that names no one is asked 和谁 (was: stored with no one, this test's old pin).
    expect(lastText()).toMatch(/和谁/);
    await say('冯雪', '赵磊');
    expect(lastText()).toMatch(/请确认以下 3 条记录/);
    await say('冯雪', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-10-15', 'fengxue', 'zhaolei'],
      ['talk_integrity', '2026-12-02', 'fengxue', 'zhaolei'],
      ['pledge_sign', '2026-01-08', 'fengxue', 'zhaolei'],
    ]);
  });
});

describe('a talk told beside 看了看…台帐', () => {
  it('is a report: the talks kept, the look a check asked its type', async () => {
    await say('王建国', '这周二去财务科跟孙丽科长和王强副科长廉证谈话了，顺便看了看他们的三公经费台帐');
    expect(lastText()).not.toContain('已导出');
    expect(lastText()).toContain('是哪类活动');
    await say('王建国', '专项资金检查');
    expect(lastText()).toMatch(/请确认/);
    await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'wangjianguo', 'sunli'],
      ['talk_integrity', '2026-12-01', 'wangjianguo', 'wangqiang'],
      ['inspect_funds', '2026-12-01', 'wangjianguo', ''],
    ]);
  });
});

describe('a check told with the 台账 it looked at (round 55, t58b F1)', () => {
  it('林晓: 「…带队去财务科查了考勤和公务卡报销台账，我一起去的」 is 黄志刚\'s check on a card, never an export', async () => {
    await say('林晓', '黄书记周五上午带队去财务科查了考勤和公务卡报销台账，我一起去的');
    expect(lastText()).not.toContain('已导出');
    expect(lastText()).toMatch(/请确认/);
    await say('林晓', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-04', 'huangzhigang', '']]);
  });

  it('林晓: 「不是导出，是报一下：…」 over the same check is its report, never 没看懂', async () => {
    await say('林晓', '不是导出，是报一下：黄书记周五上午带队去财务科检查了考勤和公务卡报销台账，我一起去的');
    expect(lastText()).not.toContain('已导出');
    expect(lastText()).not.toContain('没看懂');
    expect(lastText()).toMatch(/请确认/);
    await say('林晓', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-04', 'huangzhigang', '']]);
  });
});
