// talkTallyBeside (round 61, gab): counts side by side, one a talk tally of no kind, each read as its own report.
import { describe, expect, it } from 'vitest';
import { talkTallyBeside } from '../../../src/domain/report/talkTallyBeside.js';

describe('talkTallyBeside', () => {
  it.each([
    ['这个月检查了三次 谈话五次', ['这个月检查了三次', '这个月谈话五次']],
    ['这个月检查了三次,谈话五次', ['这个月检查了三次', '这个月谈话五次']],
    ['本月学习了两次，谈话三次。', ['本月学习了两次', '本月谈话三次']],
    ['本周检查了1次、谈话2次', ['本周检查了1次', '本周谈话2次']],
    ['这个月检查了两次 谈了三次话', ['这个月检查了两次', '这个月谈了三次话']],
  ])('「%s」 → %j', (text, clauses) => {
    expect(talkTallyBeside(text)).toEqual(clauses);
  });

  it.each([
    ['这个月检查了三次 和王强谈话'],
    ['本月开展谈话5次'],
    ['11月3日检查了1次，谈话2次'],
    ['本月检查了三次，学习了两次'],
    ['本月检查三次 廉政谈话两次 谈心谈话一次 学习一次 警示教育一次'],
    ['本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次'],
    ['本月开展谈话3次，廉政谈话2次，谈心谈话1次'],
  ])('「%s」 → none (one count, a person, a day, no untyped talk, or too many)', (text) => {
    expect(talkTallyBeside(text)).toBeUndefined();
  });
});
