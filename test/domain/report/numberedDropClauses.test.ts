import { describe, expect, it } from 'vitest';
import { numberedDropClauses } from '../../../src/domain/report/numberedDropClauses.js';

describe('numberedDropClauses', () => {
  it.each([
    [['第1条是合计的不用记', '黄书记是谈话人不是对象'], [1], ['黄书记是谈话人不是对象']],
    [['第1条是合计的', '不用记', '黄书记是谈话人', '不是谈话对象'], [1], ['黄书记是谈话人', '不是谈话对象']],
    [['第一条是汇总', '黄书记是谈话人', '不是对象'], [1], ['黄书记是谈话人', '不是对象']],
    [['删除第2、3条', '王强那条是11月11日'], [2, 3], ['王强那条是11月11日']],
    [['第1条不用记', '是总数', '黄书记不是对象是谈话人'], [1], ['黄书记不是对象是谈话人']],
  ])('%j → drops %j, rest %j', (clauses, numbers, rest) => {
    expect(numberedDropClauses(clauses)).toEqual({ numbers, rest });
  });

  it.each([[['第2条不要']], [['黄书记是谈话人不是对象']], [['第2条是11月20日', '王强那条是11月11日']]])('%j → none', (clauses) => {
    const read = numberedDropClauses(clauses);
    expect(read === undefined || read.rest.length === 0 || read.numbers.length === 0 ? undefined : read).toBeUndefined();
  });
});
