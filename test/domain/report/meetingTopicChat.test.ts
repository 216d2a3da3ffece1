// Round 48, ftb (t50c F5): 赵敏 「本周四召开党风廉政建设专题会议 研究部署年终廉政工作 张伟书记出席并讲话 …」 kept no topic (a 台账
// line 「专题会议｜12-03」 with no subject is thin for the one who signs it): in chat style spaces part clauses as commas do, and
// the agenda may go on in the meeting's own clause (召开专题会议研究部署…，参加12人). Cut to a clean phrase: no head count, no
// 强调/提出要求 clause, no bare verb; a work in 《》 is the title readers'. The card and the receipt say it (议题：…, e2e).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const notes = (from: string, text: string) => read(from, text).map((r) => r.draft.note);

describe("a meeting's topic in chat style is its note (t50c F5)", () => {
  it.each([
    ['赵敏', '上周四召开党风廉政建设专题会议 研究部署年终廉政工作 张伟书记出席并讲话 班子成员和各部门负责人参加', ['研究部署年终廉政工作']],
    ['赵敏', '上周四召开专题会议研究部署年终廉政工作，参加12人', ['研究部署年终廉政工作']],
    ['陈志强', '昨天召开分管科室会议 传达了市纪委全会精神 共15人参加', ['传达了市纪委全会精神']],
    ['刘芳', '11月19日召开分管科室会议 部署年底廉政风险防控 组联部康复部参加', ['部署年底廉政风险防控']],
    ['王建国', '11月18日主持召开分管科室会议 专题研究公务接待管理', ['专题研究公务接待管理']],
    ['刘芳', '11月19日召开组联部、康复部分管科室会议，围绕年底廉政风险防控进行研究部署', ['围绕年底廉政风险防控进行研究部署']],
    ['张伟', '11月20日主持召开党风廉政建设专题会议，传达学习市纪委全会精神，强调要抓好年终廉政工作', ['传达学习市纪委全会精神']],
    ['张伟', '11月20日主持召开党风廉政建设专题会议，研究部署年终廉政工作，对下一步工作提出要求', ['研究部署年终廉政工作']],
    ['何平', '11月24日中心召开党风廉政建设专题会议  审议年度党风廉政建设工作要点', ['审议年度党风廉政建设工作要点']],
  ])('%s：%s', (from, text, want) => {
    expect(notes(from, text)).toEqual(want);
  });

  it('near-misses: no topic, a bare verb, or a work in 《》 keep no note', () => {
    expect(notes('赵敏', '上周四召开党风廉政建设专题会议')).toEqual([undefined]);
    expect(notes('王建国', '昨天召开分管科室会议，会议由我主持，参加8人')).toEqual([undefined]);
    expect(notes('何平', '11月24日中心召开党风廉政建设专题会议 学习了《廉洁自律准则》 12人参加')[0]).toBeUndefined();
  });
});
