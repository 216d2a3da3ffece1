import { describe, expect, it } from 'vitest';
import { answerDenials, saysNothing } from '../../../src/domain/report/answerDenials.js';

describe('answerDenials: what an answer names only to deny it (t60a F3)', () => {
  it.each([
    ['不是廉政谈话，是谈心谈话', '是谈心谈话', ['廉政谈话']],
    ['是谈心谈话，不是廉政谈话', '是谈心谈话', ['廉政谈话']],
    ['不是廉政谈话是谈心谈话', '是谈心谈话', ['廉政谈话']],
    ['不是廉政谈话', '', ['廉政谈话']],
    ['这是函询，不是廉政谈话', '这是函询', ['廉政谈话']],
    ['不是王磊，是陈静', '是陈静', ['王磊']],
    ['陈静，不是王磊', '陈静', ['王磊']],
    ['而不是和王磊', '', ['王磊']],
    ['并非廉政谈话 是谈心', '是谈心', ['廉政谈话']],
  ])('%s → %s', (answer, rest, denied) => {
    expect(answerDenials(answer)).toEqual({ rest, denied });
  });

  it.each(['谈心谈话', '陈静', '不是，是谈心谈话', '12月1日'])('%s denies nothing', (answer) => {
    expect(answerDenials(answer)).toBeUndefined();
  });

  it('says nothing: only stops and 这是/就是 left', () => {
    expect(saysNothing('')).toBe(true);
    expect(saysNothing('，就是')).toBe(true);
    expect(saysNothing('这是函询')).toBe(false);
    expect(saysNothing('是陈静')).toBe(false);
  });
});
