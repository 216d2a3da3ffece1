// Round 45, frd (t47b F2/F4/F10): what a meeting went through, told right after it (专题研究公务接待… · 对照问题清单开展…排查 ·
// 传达…，部署…), is kept whole as its note — on a record whose type is still asked too — and names no reading passed over
// on the card (was: 「…按分管科室党风廉政建设工作会议记录（未按自查总结）」 though nobody wrote 自查).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const notes = (from: string, text: string) => read(from, text).map((r) => r.draft.note);

describe("a meeting's agenda is its note", () => {
  it.each([
    ['王建国', '补录：10月22日主持召开办公室、财务科分管科室会议，专题研究公务接待和公车使用管理', ['专题研究公务接待和公车使用管理']],
    ['刘芳', '11月18日在组联部召开分管科室会议，研究部署公车使用管理', ['研究部署公车使用管理']],
    ['王建国', '11月12日主持召开财务科分管科室会议，对照问题清单排查廉政风险点', ['对照问题清单排查廉政风险点']],
    ['刘芳', '11月25日下午主持召开分管科室会议，组联部、康复部参加，传达市纪委全会精神，部署年底廉政风险排查', ['传达市纪委全会精神，部署年底廉政风险排查']],
    // Asked its type (a department's own meeting), the agenda is kept for the record the answer makes.
    ['郑华', '11月2日部门召开党风廉政建设专题会议，对照问题清单开展廉政风险点排查；11月4日我和陈静同志进行了廉政谈话', ['对照问题清单开展廉政风险点排查', undefined]],
    ['王磊', '上周二宣文部召开党风廉政工作会，传达学习市纪委全会精神', ['传达学习市纪委全会精神']],
  ])('%s：%s', (from, text, want) => {
    expect(notes(from, text)).toEqual(want);
  });

  it('a deed after 会后 or on a day of its own is no agenda', () => {
    expect(notes('郑华', '11月2日部门召开党风廉政建设专题会议，会后各科室开展了廉政风险点自查')[0]).toBeUndefined();
    expect(notes('王磊', '11月20日宣文部召开党风廉政建设专题会议。11月25日宣文部开展廉政风险点排查')[0]).toBeUndefined();
  });

  it('an agenda in the clauses after the meeting names no reading passed over (t47b F10)', () => {
    const remarks = (from: string, text: string) => read(from, text).flatMap((r) => r.remarks);
    expect(remarks('刘芳', '11月25日下午主持召开分管科室会议，组联部、康复部参加，传达市纪委全会精神，部署年底廉政风险排查').filter((m) => m.includes('未按'))).toEqual([]);
    expect(remarks('王建国', '10月22日主持召开分管科室会议，专题研究八项规定落实').filter((m) => m.includes('未按'))).toEqual([]);
    // Another meeting joined to it by 暨, in its very name, is still said.
    expect(remarks('赵敏', '11月26日召开分管科室会议暨廉政风险排查会').some((m) => m.includes('未按自查总结'))).toBe(true);
  });
});

// Round 66 (t69b F1: 郑华's voice input stored at once with 议题 「传达了市纪委」): in voice input a space parts words, not
// clauses; the words after the agenda's verb are its topic, up to a new deed, day, who came, a title or who else was there.
describe('a spoken agenda, parted by spaces, is kept whole', () => {
  it.each([
    ['郑华', '上周三 我们部门 开了 党风廉政建设 专题会议 传达了 市纪委 全会 精神', ['传达了市纪委全会精神']],
    ['郑华', '11月25日 部门 开了 专题会议 传达了 市纪委 全会 精神 王强 也在', ['传达了市纪委全会精神']],
    ['王磊', '11月24日 宣文部 开了 专题会议 研究部署 年终 廉政 工作 12人参加', ['研究部署年终廉政工作']],
  ])('%s：%s', (from, text, want) => {
    expect(notes(from, text)).toEqual(want);
  });

  it('a comma still ends the agenda: what follows it must open with what a meeting goes through', () => {
    expect(notes('王磊', '11月24日宣文部召开专题会议，传达市纪委全会精神，大家很受教育')).toEqual(['传达市纪委全会精神']);
  });
});
