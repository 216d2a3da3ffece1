import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-05T12:00:00+08:00'));
const { lastText, rows, say } = chat;

describe('probe', () => {
  it('f4', async () => {
    await say('王建国', '这周二去财务科跟孙丽科长和王强副科长廉证谈话了，顺便看了看他们的三公经费台帐');
    console.log('A1', lastText());
    await say('王建国', '专项资金检查');
    console.log('A2', lastText());
    await say('王建国', '确认');
    console.log('A3', lastText(), JSON.stringify(rows()));
  });
  it('f7', async () => {
    await say('冯雪', '收到提醒。我们科这个季度的谈话都做了：10月份和赵磊谈心一次，12月2号又跟他谈了一次廉政谈话。责任书年初就签了。');
    console.log('B1', lastText());
    await say('冯雪', '10月15日');
    console.log('B2', lastText());
    await say('冯雪', '1月8日');
    console.log('B3', lastText());
  });
  it('f1', async () => {
    await say('周涛', '11月份：3号和张颖谈心谈话');
    console.log('C1', lastText(), JSON.stringify(rows()));
  });
});
