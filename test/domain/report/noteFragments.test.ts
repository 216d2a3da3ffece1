// A record's note is a remark the member meant or nothing: never half a word cut off by the parser (销凭证, 黄志) or a department that took part.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const notes = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.map((r) => r.draft.note);

describe('notes', () => {
  it.each([
    ['林晓', '11月11日 对财务科报销凭证开展专项资金使用检查'],
    ['林晓', '我和黄志刚书记11月18日到康复部开展了作风督查'],
    ['刘芳', '11月21日主持召开分管部门党风廉政建设工作会议，组联部、康复部全体干部参加'],
    ['王磊', '11月份组织了两次警示教育，分别是11月6日和11月20日'],
    ['赵敏', '11月20日督查了康复中心、宣文部作风建设情况'],
    ['黄志刚', '11月19日，机关纪委书记黄志刚带队开展作风纪律检查'],
    ['吴静', '11月2日，开展康复部廉政风险自查'],
    ['王芳', '11月20日组织办公室全体人员赴廉政教育基地接受警示教育'],
    ['孙丽', '11月25日全科开展专项资金自查'],
    ['王磊', '11月24日开展宣文部廉政风险点自查'],
    // Fragments of the clause a type was read from, a person who took part, a body (issue 10, after the final acceptance round).
    ['黄志刚', '昨天开展节前明察暗访'],
    ['王建国', '今天对分管的教育就业部开展专项资金检查'],
    ['杨帆', '11月13日下午，宣文部组织全体党员观看警示教育片《围猎》，参加9人，赵敏书记参加'],
    ['王芳', '11月18日组织学习廉政教育材料，参加6人'],
    ['张伟', '11月16日召开上半年党风廉政建设形势分析研判会'],
    ['孙丽', '11月12日对专项资金使用情况开展检查'],
    ['李娟', '昨天机关党委组织全体党员开展廉政教育'],
    ['王芳', '11月18日，市残联党组召开全面从严治党专题会议'],
    // A verb cut from its 了/一下 (看完大家还讨论, round 20 M12).
    ['吴静', '今天早上科里集中观看了警示教育片，片子叫《围猎》，看完大家还讨论了一下'],
    ['周涛', '上周五部门集中学习了《廉洁自律准则》，学完每人谈了一下'],
  ])('no broken word or department as a note: %s：%s', (from, text) => {
    expect(notes(from, text).every((n) => n === undefined)).toBe(true);
  });

  it('a short remark the member meant is kept', () => {
    expect(notes('黄志刚', '今天开展作风纪律检查，重点检查公车使用')).toEqual(['重点检查公车使用']);
    expect(notes('李明', '今天组织观看警示教育片，大家很受触动')).toEqual(['很受触动']);
  });

  it('the first doer’s remark stays with the first doer’s record, never copied to the co-doers', () => {
    expect(notes('胡军', '11月20日张伟书记、王建国副理事长共同为全体党员讲授廉政党课，大家很受触动')).toEqual(['很受触动', undefined]);
  });

  it('an approximate head count (30余人, 近40人, 20多名) keeps its number and says in the note that it is approximate', () => {
    const read = (text: string) =>
      parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: 'zhoutao', mentions: [] })!.map((r) => [r.draft.attendees, r.draft.note]);
    expect(read('11月20日组织观看警示教育片，参加30余人')).toEqual([[30, '参加30余人']]);
    expect(read('11月20日组织观看警示教育片《蜕变》，近40人参加')).toEqual([[40, '参加近40人']]);
    expect(read('11月20日组织观看警示教育片《蜕变》，20多名党员参加')).toEqual([[20, '参加20多人']]);
    expect(read('11月20日组织观看警示教育片《蜕变》，参加25人')).toEqual([[25, undefined]]);
  });
});
