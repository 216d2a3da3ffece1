// The sender's own lecture (我为…讲了…) against attending one (p29, issue 10).
import { describe, expect, it } from 'vitest';
import { saysOwnLecture } from '../../../src/domain/report/ownLecture.js';
import { withoutSymposium } from '../../../src/domain/report/symposium.js';

describe('saysOwnLecture', () => {
  it.each(['我昨天为财务科全体党员讲了\u0000', '11月27日我为财务科党员讲了一堂\u0000', '我给康复中心党员上了一堂\u0000', '昨天由我主讲，为组联部党员讲了一堂\u0000', '我讲授了\u0000《守住底线》'])('%s is the sender’s own', (rest) => {
    expect(saysOwnLecture(rest)).toBe(true);
  });
  it.each(['我上周参加了\u0000', '我们昨天上了\u0000', '昨天我参加了王建国副理事长讲的\u0000', '我昨天上了一堂\u0000', '昨天听了张伟书记的\u0000'])('%s is not', (rest) => {
    expect(saysOwnLecture(rest)).toBe(false);
  });
});

describe('withoutSymposium', () => {
  it('blanks 座谈交流 on a visit, keeping positions', () => {
    const rest = '陈志强副理事长到维权部调研，与部门干部座谈交流';
    const out = withoutSymposium(rest);
    expect(out).toHaveLength(rest.length);
    expect(out).not.toMatch(/谈|交流/);
  });
  it('leaves a 座谈 with no visit, and a talk beside the visit, as written', () => {
    expect(withoutSymposium('今天与胡军、王芳座谈，提醒大家廉洁过节')).toBe('今天与胡军、王芳座谈，提醒大家廉洁过节');
    expect(withoutSymposium('到维权部调研，随后与冯雪进行了廉政谈话')).toContain('谈话');
  });
});
