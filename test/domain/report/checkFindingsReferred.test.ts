// Round 64, gdd: what an earlier check found, taken up by a deed (就近期检查中发现的问题提出整改要求), is no check done then.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { withCheckFindingsReferred } from '../../../src/domain/report/checkFindingsReferred.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;

describe('withCheckFindingsReferred', () => {
  it.each([
    ['黄志刚约谈了何平,就近期检查中发现的考勤问题提出整改要求。', '黄志刚约谈了何平,就近期发现的考勤问题提出整改要求。'],
    ['会上,针对督查中发现的问题作了部署', '会上,针对发现的问题作了部署'],
    ['对检查中发现的问题,当场反馈', '对发现的问题,当场反馈'],
  ])('%s → %s', (text, written) => {
    expect(withCheckFindingsReferred(text)).toBe(written);
  });

  it.each([['11月24日对财务科开展了检查,检查中发现问题3个'], ['11月24日黄志刚对财务科开展了作风纪律检查']])('leaves %s', (text) => {
    expect(withCheckFindingsReferred(text)).toBe(text);
  });

  it('王芳 「…约谈了…何平，就近期检查中发现的考勤问题提出整改要求」: one talk, no check beside it', () => {
    const r = read('王芳', '11月27日，机关纪委书记黄志刚约谈了康复中心主任何平，就近期检查中发现的考勤问题提出整改要求。');
    expect(r.map((x) => x.draft.type)).toEqual(['talk_integrity']);
    expect(r[0]!.draft.counterpartIds).toEqual(['heping']);
  });
});
