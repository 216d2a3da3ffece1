// Round 60, fbe (t62a B-F2): 那天 after a written day and 还/也 spoken apart before 和 no longer hide a third person's subject.
import { describe, expect, it } from 'vitest';
import { dayPointerDropped, spokenAdverbsJoined } from '../../../src/domain/report/parseNormalize.js';

describe('dayPointerDropped', () => {
  it.each([
    ['12月1日那天张书记还和李明主任也签了责任书', '12月1日张书记还和李明主任也签了责任书'],
    ['11.26那天王副理事长和周涛谈了', '11.26王副理事长和周涛谈了'],
    ['24号这天赵书记和王磊签了', '24号赵书记和王磊签了'],
    ['那天张书记还和李明签了', '当天张书记还和李明签了'],
    ['王强那天休假', '王强那天休假'],
    ['不是那天，是前天', '不是那天，是前天'],
  ])('「%s」 → 「%s」', (text, want) => expect(dayPointerDropped(text)).toBe(want));
});

describe('spokenAdverbsJoined', () => {
  it.each([
    ['赵书记 还 和 王磊 部长 签了', '赵书记还和 王磊 部长 签了'],
    ['同一天 也 找 吴静 谈了', '同一天也找 吴静 谈了'],
    ['赵书记还和王磊签了', '赵书记还和王磊签了'],
    ['还 有 吴静', '还 有 吴静'],
  ])('「%s」 → 「%s」', (text, want) => expect(spokenAdverbsJoined(text)).toBe(want));
});
