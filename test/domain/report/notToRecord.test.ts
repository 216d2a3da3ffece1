// 「就是工作上的交流，不用记」 to a waiting question: the whole report is not to be recorded (round 31g Part C).
import { describe, expect, it } from 'vitest';
import { notToRecord } from '../../../src/domain/report/notToRecord.js';

const TODAY = '2026-11-30';

describe('notToRecord', () => {
  it.each([
    '就是工作上的交流，不用记',
    '不用登记',
    '这个不记',
    '不算',
    '不用记录吧',
    '只是随便聊了聊，这个不算',
    '不是廉政谈话，不用记了',
    '工作交流而已，不用上报',
    '那就不用记了',
    '就是普通的业务沟通 不需要登记',
  ])('「%s」 says not to record it', (text) => {
    expect(notToRecord(text, TODAY)).toBe(true);
  });

  it.each([
    '第1条不用记',
    '第三条不算',
    '11月20日那次不用记',
    '廉政谈话，不用记',
    '是谈心谈话',
    '不记得了',
    '谈心谈话',
    '和王强谈的',
    '不用记日期吗',
    '这是第一次谈，上次的不用记，这次要记',
  ])('「%s」 is something else (an item, a day, a kind, an answer)', (text) => {
    expect(notToRecord(text, TODAY)).toBe(false);
  });
});
