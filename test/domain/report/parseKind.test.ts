// Activity types from their names, aliases and natural variants, and the choice between two named types.
import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '../../../src/domain/activityTypes.js';
import { parseKind } from '../../../src/domain/report/parseKind.js';

describe('parseKind', () => {
  const catalogue = ACTIVITY_TYPES.flatMap((t) => [...t.name.split('/'), ...t.aliases].map((word) => [word, t.code] as const));

  it.each(catalogue)('catalogue word %s → %s', (word, code) => {
    expect(parseKind(word).kind?.code).toBe(code);
  });

  // 诫勉谈话 is a disciplinary measure (组织处理), not the duty's 廉政谈话 (round 24b, D): no type is read from it, so it is asked.
  it.each(['诫勉谈话', '进行了诫勉谈话', '对他进行了诫勉谈话'])('%s names no type', (text) => {
    expect(parseKind(text).kind).toBeUndefined();
  });

  it.each([
    ['进行了廉政方面的谈话', 'talk_integrity'],
    ['廉政提醒谈话', 'talk_integrity'],
    ['谈了谈心', 'talk_heart'],
    ['谈了心', 'talk_heart'],
    ['讲了一堂廉政党课', 'edu_lecture'],
    ['上了一次专题党课', 'edu_lecture'],
    ['开展了廉洁从政教育', 'edu_integrity'],
    ['党风廉政教育', 'edu_integrity'],
    ['党纪学习教育', 'edu_integrity'],
    ['节前廉政提醒', 'edu_integrity'],
    ['组织观看警示片', 'edu_warning'],
    ['通报典型案例', 'edu_warning'],
    ['召开专题会议研究党风廉政建设', 'meeting_special'],
    ['党组会议专题研究全面从严治党', 'meeting_special'],
    ['召开分管部门党风廉政会议', 'meeting_dept'],
    ['开展党风廉政建设形势分析', 'review_analysis'],
    ['检查考勤', 'inspect_style'],
    ['明察暗访', 'inspect_style'],
    ['检查专项资金使用', 'inspect_funds'],
    ['述廉报告', 'report_duty'],
    ['向党组汇报全面从严治党工作', 'report_to_party'],
    ['报送了一篇工作信息', 'report_info'],
    ['签订了党风廉政建设责任书', 'pledge_sign'],
    ['签了廉政承诺书', 'pledge_sign'],
    ['对党风廉政建设责任书落实情况进行检查', 'pledge_check'],
  ])('variant %s → %s', (text, code) => {
    expect(parseKind(text).kind?.code).toBe(code);
  });

  it.each([
    ['组织观看警示教育片，开展廉政教育', 'edu_warning', '「警示教育片」按警示教育记录（未按廉政教育）'],
    ['廉政教育党课', 'edu_lecture', '「党课」按廉政党课记录（未按廉政教育）'],
    ['召开警示教育部署会', 'meeting_special', '「部署会」按专题会议记录（未按警示教育）'],
    ['召开专题会议研究部署警示教育', 'meeting_special', '「专题会议」按专题会议记录（未按警示教育）'],
    ['专项资金督查', 'inspect_funds', undefined],
    ['节前廉政提醒', 'edu_integrity', '「节前廉政提醒」按廉政教育记录'],
  ])('%s → %s, remarking on the choice', (text, code, remark) => {
    const { kind } = parseKind(text);
    expect(kind?.code).toBe(code);
    expect(kind?.remarks[0]).toBe(remark);
  });

  it('chooses without remark between words of one type', () => {
    expect(parseKind('讲了一堂廉政党课').kind?.remarks).toEqual([]);
    expect(parseKind('节前廉政教育').kind).toEqual({ code: 'edu_integrity', text: '节前廉政教育', remarks: [] });
  });

  it.each(['今天天气不错', '昨天和李明谈了', '开了个会', '调整'])('%s names no type', (text) => {
    expect(parseKind(text).kind).toBeUndefined();
  });

  it('masks the words it used', () => {
    expect(parseKind('今天和李明廉政谈话了').rest).toBe('今天和李明\u0000了');
  });
});
