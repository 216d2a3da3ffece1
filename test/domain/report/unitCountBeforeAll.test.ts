import { describe, expect, it } from 'vitest';
import { withoutUnitCountBeforeAll } from '../../../src/domain/report/unitCountBeforeAll.js';

describe('withoutUnitCountBeforeAll: a count of units between the departments and 全体 repeats the list', () => {
  it.each([
    ['今天上午和办公室 财务科两个部门全体人员集体廉政谈话', '今天上午和办公室 财务科全体人员集体廉政谈话'],
    ['与组联部、康复部这两个部门的全体同志进行了集体廉政谈话', '与组联部、康复部全体同志进行了集体廉政谈话'],
    ['和教育就业部、维权部、宣文部3个部门所有人员谈话', '和教育就业部、维权部、宣文部所有人员谈话'],
    ['与康复中心 宣文部两个单位全部干部签订了承诺书', '与康复中心 宣文部全部干部签订了承诺书'],
  ])('%s → %s', (text, want) => {
    expect(withoutUnitCountBeforeAll(text)).toBe(want);
  });

  it.each([
    '和办公室、财务科两个部门负责人进行了廉政谈话',
    '随后与两个部门全体人员进行了集体廉政谈话',
    '与两个部门全体人员进行了集体廉政谈话',
    '今天和财务科全体人员进行了集体廉政谈话',
  ])('%s stays as written', (text) => {
    expect(withoutUnitCountBeforeAll(text)).toBe(text);
  });
});
