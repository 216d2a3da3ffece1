// Round 59, fcb (issue 10): a bare 函询/诫勉 done to someone is the 函询谈话/诫勉谈话 it stands for.
import { describe, expect, it } from 'vitest';
import { withInquiryAsTalk } from '../../../src/domain/report/inquiryAsTalk.js';

describe('withInquiryAsTalk', () => {
  it.each([
    ['11月24日对王强进行了函询', '11月24日对王强进行了函询谈话'],
    ['11月24日对王强开展函询', '11月24日对王强开展函询谈话'],
    ['11月24日对王强进行了书面函询', '11月24日对王强进行了书面函询谈话'],
    ['昨天与孙科长进行了诫勉', '昨天与孙科长进行了诫勉谈话'],
    ['对孙杰进行了提醒谈话，对王强开展了函询', '对孙杰进行了提醒谈话，对王强开展了函询谈话'],
  ])('%s → %s', (text, want) => {
    expect(withInquiryAsTalk(text)).toBe(want);
  });

  it.each([
    '11月24日对王强进行了函询谈话',
    '11月24日约谈了王强，就报销问题进行了函询',
    '王强此前被函询过',
    '这是函询，不是廉政谈话',
    '对王强进行了诫勉约谈',
  ])('unchanged: %s', (text) => {
    expect(withInquiryAsTalk(text)).toBe(text);
  });
});
