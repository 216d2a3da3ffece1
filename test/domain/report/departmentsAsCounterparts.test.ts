import { describe, expect, it } from 'vitest';
import { departmentsAsCounterparts } from '../../../src/domain/report/departmentsAsCounterparts.js';
import { editContext, talk } from './cardEditSupport.js';

const ctx = editContext('wangjianguo');
const CARD = [talk('liming', '2026-11-30'), talk('sunli', '2026-11-30'), talk('zhaomin', '2026-11-30')];
const EIGHT = ['liming', 'huangzhigang', 'linxiao', 'wangfang', 'hujun', 'sunli', 'wangqiang', 'lijuan'];

describe('departmentsAsCounterparts', () => {
  it.each([['对象是办公室和财务科全体人员'], ['对象是办公室 财务科两个部门全体人员'], ['谈话对象改为办公室、财务科的全体同志'], ['对象应该是办公室和财务科所有人员']])('%s → the eight members, one record each', (text) => {
    const read = departmentsAsCounterparts(text, CARD, ctx);
    expect(read?.items.map((i) => i.draft.counterpartIds[0])).toEqual(EIGHT);
    expect(read?.items.every((i) => i.draft.date === '2026-11-30' && i.draft.type === 'talk_integrity')).toBe(true);
    expect(read?.what).toBe('谈话对象改为办公室、财务科全体人员（8人，不含活动人）');
  });

  it('the doer is never one of them; each record at its person\'s department', () => {
    const read = departmentsAsCounterparts('对象是办公室全体人员', [talk('zhaomin', '2026-11-30', 'liming')], editContext('hujun'));
    expect(read?.items.map((i) => [i.draft.counterpartIds[0], i.draft.departmentId])).toEqual([
      ['huangzhigang', 'office'],
      ['linxiao', 'office'],
      ['wangfang', 'office'],
      ['hujun', 'office'],
    ]);
  });

  it.each([['对象是李明和孙丽'], ['办公室和财务科全体人员也在'], ['对象是张三部门全体人员']])('%s → not read', (text) => {
    expect(departmentsAsCounterparts(text, CARD, ctx)).toBeUndefined();
  });

  it('a card of records on different days is not read (which of them is not said)', () => {
    expect(departmentsAsCounterparts('对象是办公室全体人员', [talk('liming', '2026-11-30'), talk('sunli', '2026-11-29')], ctx)).toBeUndefined();
  });
});
