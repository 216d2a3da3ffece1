// A number a record took as its head count is never named as matching no record (round 37 fjf, t36b F9b: 「参加人数：5」
// shown as 5人参加 and also 「消息里的「5」没有对应到任何记录」); a bare number no record took still is.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const remarks = (from: string, text: string) =>
  [...new Set(parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.flatMap((r) => r.remarks))];

describe('head counts taken are accounted for', () => {
  it.each([
    ['冯雪', '维权部工作台帐补报：上周五组织部门同志学习违规吃喝典型案例通报（赵磊已报过）；前天与赵磊同志开展廉政谈话，随后签定了廉洁自律承诺书；昨天组织开展信访案件办理流程廉洁风险自查，参加人数：5。'],
    ['孙丽', '11月12日组织观看警示教育片《贪毁人生》；11月13日开展财务报销自查，参加人数：6'],
    ['孙丽', '11月12日组织科室观看警示片；11月13日开展自查，参加人数：3；11月20日报送信息2篇'],
  ])('%s「%s」: no number left over', (from, text) => {
    expect(remarks(from, text).filter((r) => /没有对应到任何记录/.test(r))).toEqual([]);
  });

  it.each([
    ['孙丽', '11月12日组织观看警示教育片《贪毁人生》 20；11月13日开展财务报销自查，参加人数：6', '「20」'],
    ['孙丽', '11月12日组织观看警示教育片《贪毁人生》 6；11月13日开展财务报销自查，参加人数：6', '「6」'],
    ['孙丽', '2026/11/12 警示教育 《贪毁人生》 20', '「20」'],
  ])('near-miss %s「%s」: %s still named', (from, text, said) => {
    expect(remarks(from, text).join('\n')).toContain(`消息里的${said}没有对应到任何记录`);
  });
});
