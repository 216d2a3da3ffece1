// Round 53 (fkb; t55b FB1): a withdrawal of the latest record with the member's reason beside it.
import { describe, expect, it } from 'vitest';
import { latestWithdrawal, nounFitsType } from '../../../src/domain/report/latestWithdrawal.js';

describe('latestWithdrawal', () => {
  it.each([
    ['刚才那条约谈撤销一下，是林晓约谈的不是我', '约谈', '是林晓约谈的不是我'],
    ['刚才那条撤销，报错了', undefined, '报错了'],
    ['报错了，刚才那条撤销一下', undefined, '报错了'],
    ['撤销刚才那条党课，重复了', '党课', '重复了'],
    ['上一条撤销吧，和王强还没谈', undefined, '和王强还没谈'],
    ['刚才那条删掉 重复了', undefined, '重复了'],
  ])('「%s」: noun %s, reason 「%s」', (text, noun, reason) => {
    expect(latestWithdrawal(text)).toEqual({ ...(noun !== undefined ? { noun } : {}), reason });
  });

  it.each([
    ['刚才那条撤销'],
    ['刚才那条撤销，应该是昨天'],
    ['刚才那条撤销，重新报：昨天和郑华进行了谈心谈话'],
    ['刚才那条撤销，昨天和王强谈心谈话'],
    ['今天撤销了两个不合规的报销事项后，和李娟进行了廉政谈话'],
    ['撤销12月1日和王强的谈心谈话，报错了'],
  ])('「%s」 is no withdrawal with a reason', (text) => {
    expect(latestWithdrawal(text)).toBeNull();
  });

  it('a kind noun fits its own family only', () => {
    expect(nounFitsType('约谈', 'talk_integrity')).toBe(true);
    expect(nounFitsType('约谈', 'edu_lecture')).toBe(false);
    expect(nounFitsType('谈话', 'talk_heart')).toBe(true);
    expect(nounFitsType('警示片', 'edu_warning')).toBe(true);
    expect(nounFitsType('会议', 'meeting_dept')).toBe(true);
  });
});
