// An attendee list of groups (班子成员、各部室负责人参加会议) is who attended, never a note: trimming its ends stopped at the
// list's 、 and kept 「、各部室」 (l3 probe, issue 10 G). A remark the member set apart is kept as before.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const notes = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!.map((r) => r.draft.note);

describe('attendee lists of groups leave no note', () => {
  it.each([
    ['王芳', '11月27日张伟主持召开党组会议，研究党风廉政建设工作，班子成员、各部室负责人参加会议。'],
    ['王芳', '11月27日张伟主持召开党组会议，研究党风廉政建设工作，班子成员、中心负责人列席。'],
    ['王芳', '11月27日张伟主持召开党组会议，研究党风廉政建设工作，班子成员出席，各部室负责人列席会议。'],
    ['王芳', '11月27日张伟主持召开党组会议，研究党风廉政建设工作，各部室主要负责人列席会议。'],
  ])('%s：%s', (from, text) => {
    expect(notes(from, text)).toEqual([undefined]);
  });

  // m4's probe: the label of a pasted list's items (第3、4条：…) had been stored as the first record's note.
  it.each([
    ['冯雪', '第3、4条：11月20日王建国副理事长讲廉政党课，11月24日与赵磊谈心'],
    ['冯雪', '第3至5项：11月20日王建国副理事长讲廉政党课'],
    ['冯雪', '第二、三条：11月20日王建国副理事长讲廉政党课'],
  ])('a list label is no note: %s：%s', (from, text) => {
    expect(notes(from, text)[0]).toBeUndefined();
  });

  it('a remark set apart in a clause of its own is kept', () => {
    expect(notes('李明', '今天组织观看警示教育片，大家很受触动')).toEqual(['很受触动']);
    expect(notes('黄志刚', '今天开展作风纪律检查，重点检查公车使用')).toEqual(['重点检查公车使用']);
  });
});
