// Round 57, fef (issue 10): what the corpus rows cannot say — a check's findings kept as its note (t59a F5), and the 我科
// note of a 科级 unit gone while a 部's 我们科 keeps it with the words written (t59b F7).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { CONFIRM_REASON_TEXT, confirmReasons } from '../../../src/domain/report/confirmReasons.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { sameKindOfUnit } from '../../../src/domain/report/sameKindOfUnit.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: id(from), mentions: [] })!;

describe("a check's findings are its note, the words telling whom they were told to left out", () => {
  it.each([
    ['11月27日 带林晓对康复中心进行了作风纪律检查 主要查了考勤和公车使用情况 发现2个问题已当场反馈何平主任 要求限期整改', '发现2个问题，要求限期整改'],
    ['11月27日带林晓对康复中心进行了作风纪律检查，主要查了考勤和公车使用情况，发现2个问题已当场反馈何平主任，要求限期整改', '发现2个问题，要求限期整改'],
    ['11月26日对维权部开展作风纪律检查，发现问题3个，已反馈冯雪部长，要求限期整改', '发现问题3个，要求限期整改'],
    ['11月27日到财务科检查了考勤，发现1人迟到，已当场反馈孙丽科长', '检查考勤，发现1人迟到'],
    ['11月17日对维权部进行作风纪律检查，发现1个问题已督促整改', '发现1个问题已督促整改'],
  ])('黄志刚：%s', (text, note) => {
    const got = read('黄志刚', text);
    expect(got).toHaveLength(1);
    expect(got[0]!.draft.note).toBe(note);
  });

  it('keeps a meeting’s 要求 as what was said, and a talk keeps no words', () => {
    expect(read('张伟', '11月3日主持召开党组会议，专题研究党风廉政建设工作，要求各部门限期整改')[0]!.draft.note ?? '').not.toContain('整改');
    expect(read('黄志刚', '11月2日与孙丽进行了廉政谈话，要求限期整改')[0]!.draft.note).toBeUndefined();
  });
});

describe('我科 from a 科级 unit is its own unit', () => {
  it('科 and 室 are one kind; 部 and 中心 are not', () => {
    expect(sameKindOfUnit('办公室', '科')).toBe(true);
    expect(sameKindOfUnit('财务科', '室')).toBe(true);
    expect(sameKindOfUnit('宣文部', '科')).toBe(false);
    expect(sameKindOfUnit('残疾人康复中心', '科')).toBe(false);
    expect(sameKindOfUnit('办公室', '部')).toBe(false);
  });

  it('李明「…来我科督导…」 has no 对不上 note; 杨帆「我们科…」 has one naming only 我们科', () => {
    const office = read('李明', '11月26日，王建国副理事长来我科督导，并与我进行了谈心谈话');
    expect(confirmReasons(office, '')).not.toContain('unit_word');
    expect(office[0]!.remarks.join('')).not.toContain('对不上');
    const text = '我们科今天组织学习了廉洁自律准则';
    const other = read('杨帆', text);
    expect(confirmReasons(other, text)).toContain('unit_word');
    expect(other[0]!.remarks.join('')).toContain('「我们科」');
    expect(CONFIRM_REASON_TEXT.unit_word).not.toContain('部里');
  });
});
