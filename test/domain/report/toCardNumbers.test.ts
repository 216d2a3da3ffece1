import { describe, expect, it } from 'vitest';
import { toCardNumbers } from '../../../src/domain/report/memberNumbering.js';

const numbering = { numbers: [1, 2, 4], unread: [3] };

describe('toCardNumbers: a field edit on a card numbered 1. 2. 4.', () => {
  it.each([['第4条对象是王强', '第3条对象是王强'], ['第四条对象是王强', '第3条对象是王强'], ['第 4 条对象改成王强', '第3条对象改成王强']])('「%s」 → 「%s」', (text, mapped) => {
    const got = toCardNumbers(text, numbering);
    expect(got?.text).toBe(mapped);
    expect(got?.unread).toBeUndefined();
    expect(got?.shownOf('第3条签订对象改为王强')).toBe('第4条签订对象改为王强');
  });

  it('an unread line named: said', () => {
    expect(toCardNumbers('第3条对象是王强', numbering)?.unread).toBe(3);
  });

  it('numbers that are their place: nothing to map', () => {
    expect(toCardNumbers('第2条对象是王强', numbering)).toBeUndefined();
    expect(toCardNumbers('对象是王强', numbering)).toBeUndefined();
  });
});
