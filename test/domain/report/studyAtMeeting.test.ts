// Round 61 (gad; t63b F2): what a meeting studied, 《》 or not, is a 廉政教育 beside the meeting; other business is not.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig(resolve(process.cwd(), 'config')).directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const read = (sender: string, text: string) => {
  const senderId = directory.org.people.find((p) => p.name === sender)!.id;
  return parseReport(text, { now, directory, senderId, mentions: [] });
};

describe('withStudyAtMeeting: a study held at the meeting', () => {
  it.each([
    ['11月26日主持召开分管科室党风廉政建设工作会议 王磊 杨帆参加 会上学习了廉洁自律准则', '廉洁自律准则'],
    ['11月26日召开分管科室党风廉政建设工作会议，会议传达学习了中央八项规定精神', '中央八项规定精神'],
    ['11月26日召开分管科室党风廉政建设工作会议，会前集中学习了廉洁自律准则', '廉洁自律准则'],
    ['11月26日召开分管科室党风廉政建设工作会议，会中学习了《廉洁自律准则》', '廉洁自律准则'],
    ['11月26日主持召开分管科室党风廉政建设工作会议，并组织学习了《廉洁自律准则》', '廉洁自律准则'],
  ])('赵敏 「%s」 → the meeting untitled and a 廉政教育 《%s》 of its day', (text, title) => {
    const got = read('赵敏', text)!;
    expect(got.map((r) => [r.draft.type, r.draft.date, r.draft.title])).toEqual([
      ['meeting_dept', '2026-11-26', undefined],
      ['edu_integrity', '2026-11-26', title],
    ]);
    expect(got.every((r) => r.draft.note === undefined || !r.draft.note.includes(title))).toBe(true);
  });

  it('who took part stays on both records\' note, the study\'s words on neither', () => {
    const got = read('赵敏', '11月26日主持召开分管科室党风廉政建设工作会议 王磊 杨帆参加 会上学习了廉洁自律准则')!;
    expect(got.map((r) => r.draft.note)).toEqual(['王磊、杨帆参加', '王磊、杨帆参加']);
  });

  it.each([
    ['11月26日主持召开分管科室党风廉政建设工作会议，会议研究了下一步工作'],
    ['11月26日主持召开分管科室党风廉政建设工作会议，会议部署了年底廉政工作'],
    ['11月26日主持召开分管科室党风廉政建设工作会议，会上学习了相关文件'],
    // The spirit of a meeting or a speech passed on is the meeting's agenda (the merge of round 61; round 11's 陈志强 row).
    ['11月5日召开分管部门党风廉政建设工作会议，会上传达学习了市纪委全会精神'],
    ['11月26日主持召开分管科室党风廉政建设工作会议，会上传达学习了习近平总书记重要讲话精神'],
  ])('near-miss 「%s」 → the meeting alone', (text) => {
    expect(read('赵敏', text)!.map((r) => r.draft.type)).toEqual(['meeting_dept']);
  });
});
