// Items folded on one line after a heading are numbered as the member counts them (round 32a, F4: the 2nd item called 第3条).
import { describe, expect, it } from 'vitest';
import { splitItems } from '../../../src/domain/report/splitItems.js';

describe('labels of items folded after a heading', () => {
  it('count from the first item, the heading 开头一行', () => {
    const text = '11月份开展了以下工作:组织党员干部学习《廉洁自律准则》;与张颖同志开展谈心谈话一次;完成残疾人证年审数据统计。';
    expect(splitItems(text).map((i) => i.label)).toEqual(['开头一行', '第1条', '第2条']);
  });

  it('near-misses: lines as written keep 第N行, the heading counted; the member’s own numbers stay', () => {
    expect(splitItems('本月工作如下:\n11月3日与王强廉政谈话\n11月5日开展自查').map((i) => i.label)).toEqual(['第1行', '第2行', '第3行']);
    expect(splitItems('财务科本月工作:\n1. 11月3日与王强廉政谈话\n2. 11月5日开展自查').map((i) => i.label)).toEqual(['开头一行', '第1条', '第2条']);
  });
});
