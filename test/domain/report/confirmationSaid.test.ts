import { describe, expect, it } from 'vitest';
import { confirmationSaid } from '../../../src/domain/report/confirmationSaid.js';

describe('confirmationSaid: a yes said in more than one word', () => {
  it.each([['对 没问题'], ['对，没问题'], ['对没问题'], ['可以，确认'], ['好的 就这样改吧'], ['是的 没错'], ['没问题 改吧'], ['嗯嗯 可以'], ['对，没问题，谢谢']])('「%s」 → yes', (text) => {
    expect(confirmationSaid(text)).toBe(true);
  });

  it.each([['对了，还有一件事'], ['对 是廉政谈话'], ['不对 没问题'], ['对 不过日期是周五'], ['对'], ['没问题'], ['谢谢 谢谢'], ['对了'], ['好的谢谢'], ['行 谢谢'], ['嗯嗯 多谢']])('「%s」 → no', (text) => {
    expect(confirmationSaid(text)).toBe(false);
  });
});
