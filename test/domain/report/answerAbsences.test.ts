import { describe, expect, it } from 'vitest';
import { answerAbsences } from '../../../src/domain/report/answerAbsences.js';

const PEOPLE = new Set(['王强', '李娟', '孙丽']);
const isPerson = (name: string) => PEOPLE.has(name);

describe('answerAbsences: a clause saying a directory person was away', () => {
  it.each([
    ['就李娟一个 王强那天休假', '就李娟一个', ['王强']],
    ['只有李娟，王强那天休假', '只有李娟', ['王强']],
    ['李娟，王强当天出差了', '李娟', ['王强']],
    ['王强请假，就李娟', '就李娟', ['王强']],
  ])('「%s」 → rest 「%s」, away %j', (answer, rest, absent) => {
    expect(answerAbsences(answer, isPerson)).toMatchObject({ rest, absent });
  });

  it.each([['孙丽和王强都没来'], ['李娟'], ['那天休假'], ['小张那天休假'], ['就李娟一个']])('「%s」: none', (answer) => {
    expect(answerAbsences(answer, isPerson)).toBeUndefined();
  });
});
