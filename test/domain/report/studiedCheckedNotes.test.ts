// Round 50, fxb (t52b F9): what a study went through or a check was made in was kept neither in title nor note — 「③11月16日组织
// 开展廉政教育，学习省纪委通报的典型案例，参加6人」 and 「上个月康复部在辅具适配项目中开展专项资金检查一次」. The corpus notation shows no
// notes, so the notes are held here. Also (t52b F8): a unit's count (两部门共5人参加 · 科室4人参加) is no 全体.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { studiedTopic } from '../../../src/domain/report/studiedTopic.js';
import { parseAttendance } from '../../../src/domain/report/parseTraining.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const notes = (name: string, text: string) => {
  const sender = directory.org.people.find((p) => p.name === name)!;
  return parseReport(text, { now: NOW, directory, senderId: sender.id, mentions: [] })!.map((r) => [r.draft.type, r.draft.note]);
};

describe('a study’s topic, kept in its note when it has no title', () => {
  it.each([
    ['周涛', '11月16日组织开展廉政教育，学习省纪委通报的典型案例，参加6人', [['edu_integrity', '学习省纪委通报的典型案例']]],
    ['吴静', '11月16日组织部门开展廉政教育，学习近期查处的典型案例', [['edu_integrity', '学习近期查处的典型案例']]],
    ['王磊', '11月20日宣文部开展廉政教育，集中学习了违反中央八项规定精神典型问题，5人参加', [['edu_integrity', '学习违反中央八项规定精神典型问题']]],
    // A title read keeps the note as it was (none here): the title says what was studied.
    ['孙丽', '11月20日科室组织学习《纪律处分条例》，科室4人参加', [['edu_integrity', undefined]]],
    // Nothing but the kind: no note.
    ['周涛', '11月20日组织开展廉政教育，参加6人', [['edu_integrity', undefined]]],
  ])('%s: 「%s」', (name, text, want) => {
    expect(notes(name, text)).toEqual(want);
  });

  it('studiedTopic reads no study urged on others, nor the kind alone', () => {
    expect(studiedTopic('要求大家学习省纪委通报的典型案例')).toBeUndefined();
    expect(studiedTopic('组织学习廉政教育')).toBeUndefined();
    expect(studiedTopic('学习了省纪委通报的典型案例，参加6人')).toBe('学习省纪委通报的典型案例');
  });
});

describe('a check’s project or fund, kept in its note', () => {
  it.each([
    ['吴静', '11月9日康复部在辅具适配项目中开展专项资金检查', [['inspect_funds', '检查辅具适配项目']]],
    ['孙丽', '11月20日对康复中心辅具适配项目开展了专项资金检查', [['inspect_funds', '检查辅具适配项目']]],
    ['郑华', '11月20日围绕残疾人就业帮扶资金管理开展专项资金检查', [['inspect_funds', '检查残疾人就业帮扶资金管理']]],
    // A place is no subject; the type's own words are none either.
    ['王建国', '11月20日对财务科开展了专项资金检查', [['inspect_funds', undefined]]],
    ['孙丽', '11月20日对专项资金使用情况开展了检查', [['inspect_funds', undefined]]],
  ])('%s: 「%s」', (name, text, want) => {
    expect(notes(name, text)).toEqual(want);
  });
});

describe('a unit’s count is no 全体 (t52b F8)', () => {
  it.each([
    ['两部门共5人参加', { attendees: 5, unitCount: true }],
    ['科室4人参加', { attendees: 4, unitCount: true }],
    ['两个部门共15名党员参加', { attendees: 15, unitCount: true }],
    ['科室4人全部参加', { attendees: 4, allMembers: true }],
    ['全体党员参加，共6人', { attendees: 6, allMembers: true }],
    ['8人参加', { attendees: 8 }],
  ])('「%s」', (text, want) => {
    const { rest: _rest, ...read } = parseAttendance(text);
    expect(read).toEqual(want);
  });
});
