// Round 48, ftb (t50c F3): 赵敏's 「全体党员…共32人」 got 「参加人数多于组织架构里登记的人数」, 孙丽's 「科室4人全部参加」 (财务科 has 3
// in the directory) did not. Round 47's rule (countAboveRoster, t49a O2): a unit's 全体 against that unit's roster, any other
// count against the whole organisation's (a department's study may have guests). 全部/全都/都参加 after the unit or its count,
// 所有人员/所有同志, 全科/全室人员 say the unit's 全体 in other words: the same rule now holds for them. 王强、李娟都参加了
// names two people, not a unit; a count with no such word (组联部…18人参加) still has room for guests.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { countAboveRoster } from '../../../src/domain/report/countAboveRoster.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const warned = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!
    .some((r) => countAboveRoster(r.draft, directory.org.people, directory.org.people.find((p) => p.name === from)!.id));

describe("a unit's whole staff however said, against its roster (t50c F3)", () => {
  it.each([
    ['孙丽', '财务科本周一开了科室会议 学习了财经纪律 科室4人全部参加'],
    ['孙丽', '今天组织科室学习《廉洁自律准则》，科室4人全部参加'],
    ['吴静', '上周五康复部组织学习党纪处分条例 部里同志都参加了 共12人'],
    ['王磊', '今天宣文部集中学习了《廉洁自律准则》 所有人员参加 共9人'],
    ['李明', '今天办公室全员学习廉政准则，共15人'],
    ['何平', '今天中心组织全科人员学习条例 共40人'],
    ['冯雪', '11月25日维权部组织学习《条例》，部门同志全部参加，共6人'],
    ['郑华', '11月20日教就部组织全体党员参观了市廉政教育基地，15人参加'],
  ])('%s：%s — warned', (from, text) => {
    expect(warned(from, text)).toBe(true);
  });

  it.each([
    ['孙丽', '今天组织科室学习《廉洁自律准则》，科室3人全部参加'],
    ['周涛', '今天组联部开展了廉政教育 学习了违纪典型案例 18人参加'],
    ['吴静', '11月23日组织康复部学习了省纪委警示教育案例通报，12人参加'],
    ['冯雪', '今天维权部组织观看警示教育片 赵磊等2人都参加了'],
    ['孙丽', '今天科室学习了《廉洁自律准则》 4人参加 王强 李娟都参加了'],
  ])('near-miss %s：%s — not warned', (from, text) => {
    expect(warned(from, text)).toBe(false);
  });
});

// Round 49 (t51b F10): 财务科's 「科室4人参加」 (3 registered) and 宣文部、组联部's 「两个部门共15名党员参加」 (4 registered) went
// unwarned: a count said to be a unit's own people (科室N人 · 部门N名同志 · 两个部门共N名) is its whole as 全部 is, and a joint
// deed's is set against the departments' rosters summed (and the doer, a 分管领导 at his departments' meeting). A count that
// says no whose (维权部…参加8人) may bring guests, set against the organisation as before.
describe("a unit's own people counted, a joint deed against the rosters summed (t51b F10)", () => {
  it.each([
    ['孙丽', '11月21日下午财务科召开科室会议，传达学习全市党风廉政建设工作会议精神，结合财务工作查找廉政风险点，科室4人参加'],
    ['王磊', '宣文部、组联部于11月2日联合召开支部党员大会，传达学习全市警示教育大会精神，两个部门共15名党员参加'],
    ['吴静', '11月20日康复部组织学习《廉洁自律准则》，部门5名同志参加'],
    ['陈志强', '11月25日主持召开分管科室会议，教育就业部、维权部全体人员参加，共8人'],
    ['孙丽', '上周三组织科室召开专题会议，传达学习市纪委关于违规吃喝问题的通报，全科4人参加'],
  ])('%s：%s — warned', (from, text) => {
    expect(warned(from, text)).toBe(true);
  });

  it.each([
    ['冯雪', '维权部上周二组织观看了警示教育片《零容忍》第三集，参加8人'],
    ['王磊', '宣文部、组联部于11月2日联合召开支部党员大会，传达学习全市警示教育大会精神，两个部门共4名党员参加'],
    ['陈志强', '11月25日主持召开分管科室会议，教育就业部、维权部全体人员参加，共5人'],
    ['孙丽', '今天组织科室学习《廉洁自律准则》，科室3人参加'],
  ])('near-miss %s：%s — not warned', (from, text) => {
    expect(warned(from, text)).toBe(false);
  });
});
