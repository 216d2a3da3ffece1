// The department that held a study or film stays on its records (round 33a, 6e: C1 「组织财务科学习《会计法》」 asked its
// type and recorded with no 财务科; A25/B08 中心 as the subject of the deed gave no department). Rows of the same messages
// are in corpusThirtyThreeF.ts; here only where each record is.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const places = (from: string, text: string) => read(from, text).map((r) => [r.draft.type ?? null, r.draft.departmentId ?? null]);

describe('the department holding a study or film', () => {
  it.each([
    // A study whose kind is asked keeps who held it, whichever way round the department is said.
    ['孙丽', '11月26日组织财务科学习《会计法》，参加4人', [[null, 'finance']]],
    ['孙丽', '11月26日财务科组织学习《中华人民共和国预算法》，参加4人', [[null, 'finance']]],
    ['孙丽', '11月26日组织财务科学习《廉洁自律准则》，参加4人', [['edu_integrity', 'finance']]],
    // A bare 中心 as the subject: the 中心, from its head, a member, or someone outside it (中心组织 is no 中心组).
    ['何平', '中心于11月21日召开全体职工大会，学习了《廉洁自律准则》，参加26人', [['edu_integrity', 'center']]],
    ['孙杰', '昨天中心组织看了警示片，我也参加了', [['edu_warning', 'center']]],
    ['徐辉', '11月25日中心组织全体职工观看警示教育片《围猎》，参加24人', [['edu_warning', 'center']]],
    ['王磊', '昨天中心组织看了警示片', [['edu_warning', 'center']]],
    ['杨帆', '11月27日部里组织看了警示片《围猎》', [['edu_warning', 'publicity']]],
  ])('%s「%s」 is at %j', (from, text, want) => {
    expect(places(from, text)).toEqual(want);
  });

  it.each([
    // 科里 from a 中心 member, 中心组 of the 机关党委, a talk: no department is made up.
    ['孙杰', '11月27日科里组织学习了《廉洁自律准则》', [['edu_integrity', null]]],
    ['胡军', '11月20日机关党委中心组学习了《廉洁自律准则》', [['edu_integrity', null]]],
    ['孙丽', '11月26日和王强谈了谈', [[null, null]]],
  ])('%s「%s」 names no unit holding it: %j', (from, text, want) => {
    expect(places(from, text)).toEqual(want);
  });
});
