// Round 41 (fnc): what the card says beside the readings of corpusFortyOneC — a body's study attended named as not recorded,
// a 提醒会 made a 分管科室会议 at the leader's departments, a count said of each deed on every one.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { bodyStudiesAttended } from '../../../src/domain/report/bodyStudyAttended.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const read = (from: string, text: string) => parseReport(text, { now, directory, senderId: id(from), mentions: [] })!;

describe('bodyStudiesAttended', () => {
  it('finds a body study attended with no topic, in its own clause', () => {
    expect(bodyStudiesAttended('上周一上午参加党组中心组学习；下午和徐辉副主任谈心谈话')).toEqual(['参加党组中心组学习']);
    expect(bodyStudiesAttended('11月23日上午参加党组理论学习中心组集体学习，下午与周涛进行了廉政谈话')).toEqual(['参加党组理论学习中心组集体学习']);
  });

  it('leaves one whose topic is named, or whose content follows, to the reading', () => {
    expect(bodyStudiesAttended('参加了党组理论学习中心组廉政专题学习')).toEqual([]);
    expect(bodyStudiesAttended('参加了党组中心组学习，会上学习了《中国共产党纪律处分条例》')).toEqual([]);
  });
});

describe('round 41 cards', () => {
  it('names a body study attended beside a talk, on a card', () => {
    const got = read('何平', '上周一上午参加党组中心组学习；下午和徐辉副主任谈心谈话');
    expect(got[0]!.remarks.join('')).toContain('「参加党组中心组学习」是参加的学习');
    expect(got[0]!.reasons).toContain('items');
  });

  it('places a 分管领导\'s 提醒会 at the departments called in, saying why', () => {
    const [meeting] = read('王建国', '11月25日召集办公室、财务科负责人召开节前廉政提醒会');
    expect(meeting!.draft.type).toBe('meeting_dept');
    expect(meeting!.draft.departmentIds).toEqual(['office', 'finance']);
    expect(meeting!.remarks.join('')).toContain('按分管科室党风廉政建设工作会议记录');
    expect(meeting!.remarks.join('')).not.toContain('没有对应到任何记录');
  });

  it('gives a count said of each deed to every deed', () => {
    const got = read('周涛', '11月18日组织部门观看警示教育片《围猎》，11月25日组织学习《中国共产党纪律处分条例》，均为5人参加');
    expect(got.map((r) => r.draft.attendees)).toEqual([5, 5]);
  });
});
