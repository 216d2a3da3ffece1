// Round 54, fjf (t56a F4; issue 10): a right card listing those talked to with their days (王建国周一、刘芳周二、陈志强和赵敏
// 周三) said 「消息里有日期、人名…没有对应到任何记录」 and 「句首的人被记成了对象…」, neither true. Each remark fires only when true.
// Read on Mon 2026-11-30 10:00 +08:00 (the message of the finding on Sat 2026-12-05, as the tester read it).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { confirmReasons } from '../../../src/domain/report/confirmReasons.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const reasons = (sender: string, text: string, now = '2026-11-30T10:00:00+08:00') => {
  const got = parseReport(text, { now: new Date(now), directory, senderId: id(sender), mentions: [] })!;
  return confirmReasons(got, text);
};

describe('a list of those talked to with their days (round 54, fjf, t56a F4)', () => {
  it('the finding: four right talks, no false remark', () => {
    const got = reasons('张伟', '这周跟班子成员都谈了一遍话，王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话', '2026-12-05T10:00:00+08:00');
    expect(got).not.toContain('leftover');
    expect(got).not.toContain('subject_unclear');
  });
  it.each([
    ['张伟', '上周跟班子成员都谈了一遍话，王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话'],
    ['张伟', '王建国上周一、刘芳上周二、陈志强和赵敏上周三，都是廉政谈话'],
    ['张伟', '上周和班子成员逐一谈话：王建国周一、刘芳周二、陈志强周四，都是廉政谈话'],
    ['张伟', '与班子成员开展廉政谈话，王建国11月23日、刘芳11月24日、陈志强11月25日'],
    ['张伟', '王建国11月23日、刘芳11月24日、陈志强和赵敏11月25日，均为廉政谈话'],
    ['张伟', '王建国11月23日，刘芳11月24日，陈志强11月25日，都是廉政谈话'],
    ['王建国', '上周分别和分管科室负责人谈了话，李明周一、孙丽周二，都是廉政谈话'],
    ['王建国', '李明11月24日、孙丽11月25日，都是谈心谈话'],
    ['刘芳', '周涛上周一、吴静上周三，都是廉政谈话'],
    ['刘芳', '和分管部门负责人谈心谈话：周涛11月23日，吴静11月26日'],
    ['赵敏', '王磊11.24、何平11.26，分别进行了廉政谈话'],
    ['黄志刚', '周涛11月10日、吴静11月17日、郑华11月24日，都是廉政谈话'],
    ['孙丽', '王强11月20日、李娟11月27日，都是谈心谈话'],
    ['张伟', '上周和王建国周一、刘芳周二都谈了话，都是廉政谈话'],
    ['王建国', '本月和李明（11月3日）、孙丽（11月10日）分别进行了廉政谈话'],
    ['张伟', '11月23日与王建国、11月24日与刘芳分别进行了廉政谈话'],
    ['张伟', '王建国上周一、刘芳上周二，都是廉政谈话，另外11月20日也谈了'],
    // Round 55, fhc (t57a F3): read before with both talks on the first day, the second day named left over; now each on its own.
    ['陈志强', '上周二郑华、上周四冯雪，都谈了，都是廉政谈话'],
    ['张伟', '上周一跟王建国、上周二跟刘芳、上周三跟陈志强和赵敏谈了话，都是廉政谈话'],
  ])('%s 「%s」: neither 没有对应 nor 句首的人', (sender, text) => {
    const got = reasons(sender, text);
    expect(got).not.toContain('leftover');
    expect(got).not.toContain('subject_unclear');
  });
  it.each([
    ['张伟', '上周一王建国、上周二刘芳，集体廉政谈话以外又单独谈了，都是廉政谈话'],
  ])('%s 「%s」: a day not on any record is still named left over', (sender, text) => {
    expect(reasons(sender, text)).toContain('leftover');
  });
  it.each([
    ['张伟', '王建国周一和刘芳谈了话，是廉政谈话'],
    ['张伟', '孙丽上周三和王强谈心谈话了'],
    ['王建国', '孙科长上周三和王强谈了心'],
    ['张伟', '上周一王建国和刘芳谈了话，都是廉政谈话'],
  ])('%s 「%s」: a subject with a day before 和 is still the doer, on a card', (sender, text) => {
    expect(reasons(sender, text)).toContain('third_person');
  });
  it('a subject turned to is still said (孙科长已于上周三和王强谈心谈话, read as the sender\'s talks)', () => {
    const text = '孙丽、王强上周三和李娟谈了心';
    const got = parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: id('张伟'), mentions: [] });
    expect(got === null || got.every((r) => r.draft.actorId !== undefined) || confirmReasons(got, text).length > 0).toBe(true);
  });
});
