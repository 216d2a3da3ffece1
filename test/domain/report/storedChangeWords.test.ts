// Round 61 (issue 10), fixer gae: a stored record's change said with words the named-record reader did not take, put as it reads them.
import { describe, expect, it } from 'vitest';
import { storedChangeWords } from '../../../src/domain/report/storedChangeWords.js';
import { namedRecordCorrection } from '../../../src/domain/report/namedRecordCorrection.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

const put = (text: string) => storedChangeWords(normalizeText(text).trim());
const TODAY = '2026-12-07';

describe('storedChangeWords', () => {
  it.each([
    ['王建国副理事长12月2日和王强那次是谈心谈话，我报成廉政谈话了', '王建国副理事长12月2日和王强那次是谈心谈话,我报错了'],
    ['12月2日和王强那次是谈心谈话 我写成廉政谈话了', '12月2日和王强那次是谈心谈话,我报错了'],
    ['和周涛那次不是谈心 是廉政谈话 周涛自己说的', '和周涛那次不是谈心 是廉政谈话'],
    ['和周涛那次其实是廉政谈话，周涛说的，我写成谈心了', '和周涛那次其实是廉政谈话,我报错了'],
    ['张书记说和周涛那次不是谈心，是廉政谈话', '和周涛那次不是谈心,是廉政谈话'],
    ['王强那条改成廉政谈话', '王强那条类型改成廉政谈话'],
    ['王强那条 改成 谈心谈话', '王强那条类型改成谈心谈话'],
    ['和王强那条记录改成谈心谈话', '和王强那条记录类型改成谈心谈话'],
    ['改成谈心谈话', '类型改成谈心谈话'],
    ['第2条改成谈心谈话', '第2条应该是谈心谈话'],
    ['上周三财务科那个分管科室会议，参加人数漏写了，一共5人', '上周三财务科那个分管科室会议,参加人数应该是5人'],
    ['上周五那次集中学习，人数没填，共12个人', '上周五那次集中学习,参加人数应该是12人'],
  ])('「%s」 → 「%s」', (text, want) => {
    expect(put(text)).toBe(want);
  });

  it.each([
    ['今天和王强进行了廉政谈话'],
    ['改成12月3日'],
    ['今天改成了廉政谈话制度'],
    ['那次党课是张书记讲的'],
    ['11月20日组织观看警示教育片，参加人数8人'],
  ])('「%s」 stays as it is', (text) => {
    expect(put(text)).toBe(normalizeText(text).trim().replace(/[。.!！~～]+$/, ''));
  });
});

describe('namedRecordCorrection with the words put', () => {
  it('a kind change after 我报成…了 names the record and is beyond doubt', () => {
    const read = namedRecordCorrection('王建国副理事长12月2日和王强那次是谈心谈话，我报成廉政谈话了', TODAY);
    expect(read?.about).toBe('王建国副理事长12月2日和王强');
    expect(read?.parts).toEqual([{ kind: 'type', to: 'talk_heart', said: '谈心谈话', terse: false }]);
    expect(read?.firm).toBe(true);
  });

  it('不是谈心 是廉政谈话 with who said so is the kind word changed', () => {
    const read = namedRecordCorrection('和周涛那次不是谈心 是廉政谈话 周涛自己说的', TODAY);
    expect(read?.about).toBe('和周涛');
    expect(read?.parts[0]).toMatchObject({ kind: 'word', from: '谈心', to: '廉政谈话' });
  });

  it('X那条改成<kind> is a type change of the record X names', () => {
    const read = namedRecordCorrection('王强那条改成廉政谈话', TODAY);
    expect(read?.about).toBe('王强那条');
    expect(read?.parts[0]).toMatchObject({ kind: 'type', to: 'talk_integrity' });
  });

  it('a head-count left out is the count, beyond doubt', () => {
    const read = namedRecordCorrection('上周三财务科那个分管科室会议，参加人数漏写了，一共5人', TODAY);
    expect(read?.about).toBe('上周三财务科那个分管科室会议');
    expect(read?.parts[0]).toMatchObject({ kind: 'count', to: 5 });
    expect(read?.firm).toBe(true);
  });
});
