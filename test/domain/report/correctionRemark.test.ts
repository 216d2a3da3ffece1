// correctionRemark (round 50 fxc, t52a F6: 「刚才那条人数改成7人 陈志强副理事长也来了」 was 没看懂): the member's reason,
// apology or remark beside a correction parted off; texts with no such remark left alone.
import { describe, expect, it } from 'vitest';
import { correctionRemark } from '../../../src/domain/report/correctionRemark.js';

describe('correctionRemark', () => {
  it.each([
    ['刚才那条人数改成7人 陈志强副理事长也来了', '刚才那条人数改成7人', '陈志强副理事长也来了', true],
    ['刚才那条人数改成7人，因为漏算了一个', '刚才那条人数改成7人', '因为漏算了一个', false],
    ['不好意思，刚才那条日期错了，应该是11月25日', '刚才那条日期错了，应该是11月25日', '不好意思', false],
    ['第2条人数改成9人 我记错了', '第2条人数改成9人', '我记错了', false],
    ['人数不对 应该是9人 漏算了两个', '人数不对 应该是9人', '漏算了两个', false],
    ['刚才那条是周三 我写错了 不好意思', '刚才那条是周三', '我写错了，不好意思', false],
    ['第1条对象改成李娟 王强后来也到了', '第1条对象改成李娟', '王强后来也到了', true],
    ['抱歉 日期改成25号', '日期改成25号', '抱歉', false],
    ['刚才那条人数改成8人，谢谢', '刚才那条人数改成8人', '谢谢', false],
  ])('「%s」', (text, change, remark, fact) => {
    expect(correctionRemark(text)).toEqual({ change, remark, fact });
  });

  it.each(['今天又和王强谈了一次', '刚才那条人数改成7人', '王强也参加了', '不好意思', '第2条日期改成11月25日，第3条人数改成7人'])('「%s」: no remark parted off', (text) => {
    expect(correctionRemark(text)).toBeUndefined();
  });
});
