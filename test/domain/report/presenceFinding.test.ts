// Round 59, fcd (t61a F4): a check's presence finding (全员在岗 · 均在岗 · 无人缺岗 · 在岗率100%) is its note, never 全体参加.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { PRESENCE_FINDING } from '../../../src/domain/report/presenceFinding.js';
import { checkResultNote } from '../../../src/domain/report/checkResultNote.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: id(from), mentions: [] })!;

describe('PRESENCE_FINDING', () => {
  it.each(['全员在岗', '维权部全员在岗', '均在岗', '都在岗', '全部到岗', '人员全部到岗', '全体人员均在岗', '无人缺岗', '无人脱岗', '无迟到早退', '人员在岗率100%', '出勤率100%', '未发现迟到早退', '全员在岗在位'])(
    'reads %s',
    (clause) => expect(PRESENCE_FINDING.test(clause)).toBe(true),
  );
  it.each(['全员参加', '全体党员参加', '检查在岗情况', '查了考勤', '在岗在位情况', '2人迟到'])('does not read %s', (clause) => expect(PRESENCE_FINDING.test(clause)).toBe(false));
});

describe("a check's presence finding is its note, never who took part", () => {
  it.each([
    ['林晓', '11.27查考勤 维权部全员在岗', '维权部全员在岗'],
    ['林晓', '11月27日查考勤 康复部无人缺岗', '康复部无人缺岗'],
    ['林晓', '11月27日检查财务科考勤，全员在岗', '全员在岗'],
    ['林晓', '11月27日对维权部进行作风纪律检查，均在岗', '均在岗'],
    ['林晓', '11月27日作风纪律检查 组联部人员在岗率100%', '组联部人员在岗率100%'],
    ['林晓', '11月27日检查宣文部考勤，全部在岗，未发现迟到早退现象', '全部在岗，未发现迟到早退现象'],
    ['黄志刚', '11月26日对康复中心开展作风纪律检查，全体人员均在岗，无迟到早退', '全体人员均在岗，无迟到早退'],
    ['林晓', '24号查了维权部的考勤 都在岗', '都在岗'],
  ])('%s 「%s」 → note %s', (from, text, note) => {
    const got = read(from, text);
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.type).toBe('inspect_style');
    expect(got[0]!.draft.note).toBe(note);
    expect(got[0]!.draft.allMembers).toBeUndefined();
  });

  it('a table row of checks keeps its 检查结果 and marks no 全体', () => {
    const got = read('林晓', '日期\t检查内容\t检查科室\t检查结果\n11月27日\t考勤\t维权部\t全员在岗');
    expect(got[0]!.draft.note).toBe('考勤，检查结果：全员在岗');
    expect(got[0]!.draft.allMembers).toBeUndefined();
  });

  it('near-misses: 全员参加 and 全体党员参加 of a study stay 全体', () => {
    expect(read('王磊', '11月24日组织观看警示片，全员参加')[0]!.draft.allMembers).toBe(true);
    expect(read('冯雪', '11月26日开展廉政教育，全体党员参加')[0]!.draft.allMembers).toBe(true);
  });

  it('checkResultNote keeps a finding naming the unit it is of', () => {
    expect(checkResultNote('\u0000\u0000 维权部全员在岗', ['维权部', '孙丽'])).toBe('维权部全员在岗');
    expect(checkResultNote('\u0000到宣文部\u0000,全部在岗,未发现迟到早退现象', ['宣文部'])).toBe('全部在岗，未发现迟到早退现象');
  });
});
