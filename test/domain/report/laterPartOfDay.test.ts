import { describe, expect, it } from 'vitest';
import { laterPartOfDay } from '../../../src/domain/report/laterPartOfDay.js';
import { organisedStudyOpening } from '../../../src/domain/report/studyAfterTalk.js';

describe('laterPartOfDay', () => {
  it.each([
    ['下午组织科室学习了《会计法》', ['上午和王强谈了话,']],
    ['晚上组织办公室观看了警示教育片《围猎》', ['11月27日上午与王芳谈了谈,']],
    ['下午和王强谈了话', ['昨天上午组织科室学习了《会计法》,']],
    ['然后组织科室学习了《会计法》', ['11月27日先和王强谈了话,']],
    ['再和王强、李娟分别签订了廉洁承诺书', ['11月27日先组织科室学习了《会计法》,']],
  ])('「%s」 after %j is a deed of its own', (piece, before) => {
    expect(laterPartOfDay(piece, before)).toBe(true);
  });

  it.each([
    ['下午继续学习', ['昨天上午组织科室学习《会计法》,']],
    ['下午大家交流了学习体会', ['昨天上午组织科室学习《廉洁自律准则》,']],
    ['下午组织科室学习了《会计法》', ['昨天和王强谈了话,']],
    ['然后组织科室学习了《会计法》', ['昨天和王强谈了话,']],
    ['下午组织科室学习了《会计法》', []],
  ])('「%s」 after %j goes on with the deed before', (piece, before) => {
    expect(laterPartOfDay(piece, before)).toBe(false);
  });
});

describe('organisedStudyOpening', () => {
  it('a titled study organised opens a deed', () => {
    expect(organisedStudyOpening('还组织科室学习了《会计法》')).toBe(true);
    expect(organisedStudyOpening('并组织观看了《围猎》')).toBe(true);
  });
  it('a study urged or untitled does not', () => {
    expect(organisedStudyOpening('提醒他认真学习《会计法》')).toBe(false);
    expect(organisedStudyOpening('还组织科室学习了廉政知识')).toBe(false);
  });
});
