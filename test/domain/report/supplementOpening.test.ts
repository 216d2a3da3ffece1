import { describe, expect, it } from 'vitest';
import { withoutSupplementOpening } from '../../../src/domain/report/supplementOpening.js';

describe('withoutSupplementOpening', () => {
  it('takes 补充一下 off before a day or a titled doer (fbe)', () => {
    expect(withoutSupplementOpening('补充一下 11月24日那天 赵书记 还 和 王磊 部长 签了 责任书')).toBe('11月24日那天 赵书记 还 和 王磊 部长 签了 责任书');
    expect(withoutSupplementOpening('补充一下：11月24日黄书记和何平主任签了责任书')).toBe('11月24日黄书记和何平主任签了责任书');
    expect(withoutSupplementOpening('补一句，李主任昨天和王芳谈了心')).toBe('李主任昨天和王芳谈了心');
  });
  it('leaves an addition to a record (片名是…) and a message without the opening', () => {
    for (const text of ['补充一下，片名是《蜕变》', '补充一下 人数是15人', '11月24日赵书记和王磊签了责任书', '补充说明'])
      expect(withoutSupplementOpening(text)).toBe(text);
  });
});
