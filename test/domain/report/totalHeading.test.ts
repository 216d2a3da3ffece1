import { describe, expect, it } from 'vitest';
import { withoutTotalHeading } from '../../../src/domain/report/totalHeading.js';
import { counterpartAsDoerWords } from '../../../src/domain/report/counterpartAsDoer.js';

const LIST = '1. 11月24日对孙杰进行廉政谈话\n2. 11月25日对徐辉进行廉政谈话';

describe('withoutTotalHeading', () => {
  it.each([['本月共开展廉政谈话2人次：'], ['本月共开展廉政谈话2人次'], ['合计谈话2人次：'], ['共计谈话2人次:'], ['本月累计开展廉政谈话2人次：'], ['11月份共开展谈话2次：'], ['办公室本月共谈话 2 人次：']])(
    '「%s」 over a dated list goes',
    (heading) => {
      expect(withoutTotalHeading(`${heading}\n${LIST}`)).toBe(LIST);
    },
  );
  it.each([
    ['a dated heading', `11月24日共开展廉政谈话2人次：\n1. 与孙杰\n2. 与徐辉`],
    ['no count', `本月廉政谈话情况：\n${LIST}`],
    ['no numbered list', '本月共开展廉政谈话2人次：\n11月24日对孙杰进行廉政谈话'],
    ['items with no day', '本月共开展廉政谈话2人次：\n1. 与孙杰\n2. 与徐辉'],
    ['items with no kind (the heading alone says it)', '本月共开展廉政谈话2人次：\n1. 11月24日与孙杰\n2. 11月25日与徐辉'],
    ['one line', '本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次'],
  ])('%s → kept', (_what, text) => {
    expect(withoutTotalHeading(text)).toBeUndefined();
  });
});

describe('counterpartAsDoerWords', () => {
  it.each([['黄书记是谈话人不是对象', '黄书记'], ['黄书记是谈话人，不是谈话对象。', '黄书记'], ['黄书记不是谈话对象，而是谈话人', '黄书记'], ['王磊部长才是谈话人 不是对象', '王磊部长']])('「%s」 → %s', (text, words) => {
    expect(counterpartAsDoerWords(text)).toBe(words);
  });
  it.each([['谈话人是黄书记'], ['黄书记不是对象'], ['今天和黄书记进行了廉政谈话']])('「%s」 → undefined', (text) => {
    expect(counterpartAsDoerWords(text)).toBeUndefined();
  });
});
