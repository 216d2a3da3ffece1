// Titles, head counts and organisers of trainings and meetings, and the short note made of what is left.
import { describe, expect, it } from 'vitest';
import { leftoverNote } from '../../../src/domain/report/parseNote.js';
import { arabicizeNumerals } from '../../../src/domain/report/parseNumerals.js';
import { chineseNumber } from '../../../src/domain/report/chineseNumber.js';
import { extractBareTitle, extractTitles, parseAttendance, parseOrganiser } from '../../../src/domain/report/parseTraining.js';
import { fixtureDirectory } from '../../support/fixtureOrg.js';

describe('titles', () => {
  it.each([
    ['观看警示教育片《贪毁人生》', ['贪毁人生']],
    ['学习《中国共产党纪律处分条例》和《中国共产党廉洁自律准则》', ['中国共产党纪律处分条例', '中国共产党廉洁自律准则']],
    ['观看“警钟长鸣”专题片', ['警钟长鸣']],
    ['开展“以案促改”警示教育', []],
  ])('%s → %j', (text, titles) => {
    expect(extractTitles(text).titles).toEqual(titles);
  });

  it('finds a document studied without 《》', () => {
    expect(extractBareTitle('学习中央八项规定精神,参加15人').titles).toEqual(['中央八项规定精神']);
    expect(extractBareTitle('学习了一下').titles).toEqual([]);
  });

  // Round 36: a bare title is only what names a document — never a person's 要求 or speech, a sitting's 精神, a notice
  // named only by who sent it, the clause going on past 并, a study urged on someone, or a name cut by a count word.
  it.each([
    ['传达了刘理事长的要求，并组织大家学习了党纪学习教育读本', ['党纪学习教育读本']],
    ['传达了张书记的讲话精神', []],
    ['传达学习了市纪委全会精神', []],
    ['学习了市纪委的通报', []],
    ['学习了市纪委下发的通报', []],
    ['学习了典型案例通报', []],
    ['学习了市纪委关于3起违反中央八项规定精神典型问题的通报', ['市纪委关于3起违反中央八项规定精神典型问题的通报']],
    ['学习了市纪委违纪违法案件通报', ['市纪委违纪违法案件通报']],
    ['学习了中央八项规定及其实施细则', ['中央八项规定及其实施细则']],
    ['学习了廉洁自律准则、纪律处分条例两个文件', ['廉洁自律准则', '纪律处分条例']],
    ['学习了廉洁自律准则等规定', ['廉洁自律准则']],
    ['学习了条例并对今后工作提出了要求', ['条例']],
    ['要求大家认真学习廉洁自律准则', []],
    ['按照要求组织学习了廉洁自律准则', ['廉洁自律准则']],
    ['学习习近平关于党风廉政建设重要论述', ['习近平关于党风廉政建设重要论述']],
  ])('%s → %j', (text, titles) => {
    expect(extractBareTitle(text).titles).toEqual(titles);
  });
});

describe('attendance', () => {
  it.each([
    ['参加23人', { attendees: 23 }],
    ['23人参加', { attendees: 23 }],
    ['共30名党员', { attendees: 30 }],
    ['参会人员共计40余人', { attendees: 40, approximate: '40余人' }],
    ['近40人参加', { attendees: 40, approximate: '近40人' }],
    ['参加约25人', { attendees: 25, approximate: '约25人' }],
    ['20多名党员参加', { attendees: 20, approximate: '20多人' }],
    ['全体党员参加', { allMembers: true }],
    ['全体干部职工56人参加', { attendees: 56, allMembers: true }],
    ['组织学习', {}],
    // The whole number as written (a newcomer's 12345人 was read as 1234, 1,200人 as 1, 共计1，200人 as 200).
    ['参加12345人', { attendees: 12345 }],
    ['参加1,200人', { attendees: 1200 }],
    ['共计1，200人', { attendees: 1200 }],
    ['近1,000人参加', { attendees: 1000, approximate: '近1,000人' }],
    ['11.5，120人参加', { attendees: 120 }],
    ['11月5日，200人参加', { attendees: 200 }],
    ['发现2人迟到，参加15人', { attendees: 15 }],
    ['应到1,020人，实到1,008人', { attendees: 1008, expected: 1020 }],
    // t49b F7 (「全体参加（32人）」 of 32 of 35): absences said, 全体 is those called, not those who came.
    ['全体干部职工集中观看，应到35人实到32人', { attendees: 32, expected: 35 }],
    ['全体党员应参加35人，实际参加32人', { attendees: 32, expected: 35 }],
    ['应参会人数20人，实际参会18人', { attendees: 18, expected: 20 }],
    ['全体党员参加，应到20人，请假2人', { attendees: 18, expected: 20 }],
    ['全体党员参加，缺席3人，实到25人', { attendees: 25 }],
    ['全体干部职工应到32人实到32人', { attendees: 32, allMembers: true }],
  ])('%s → %j', (text, want) => {
    const { rest: _rest, ...got } = parseAttendance(arabicizeNumerals(text));
    expect(got).toEqual(want);
  });

  it('reads Chinese head counts', () => {
    expect(parseAttendance(arabicizeNumerals('二十三人参加')).attendees).toBe(23);
    expect(parseAttendance(arabicizeNumerals('廿五人参加')).attendees).toBe(25);
  });

  it('takes the first department named as the organiser', () => {
    expect(parseOrganiser('康复部组织', fixtureDirectory).departmentId).toBe('rehab');
    expect(parseOrganiser('组织学习', fixtureDirectory).departmentId).toBeUndefined();
  });
});

describe('numerals', () => {
  it.each([
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['三十一', 31],
    ['一百二十', 120],
    ['二〇二六', 2026],
    ['廿', 20],
    ['廿五', 25],
    ['卅一', 31],
    ['廿十', undefined],
    ['两', 2],
  ])('%s = %i', (run, n) => {
    expect(chineseNumber(run)).toBe(n);
  });

  it('converts only counts and dates', () => {
    expect(arabicizeNumerals('十一月二十日讲了一堂党课,三个以案,周一,二十三人')).toBe('11月20日讲了一堂党课,三个以案,周一,23人');
  });
});

describe('leftoverNote', () => {
  it.each([
    ['\u0000和\u0000了', undefined],
    ['组织观看\u0000', undefined],
    ['\u0000重点谈了财务报销风险', '重点谈了财务报销风险'],
    ['\u0000,重点提醒了公务接待风险\u0000', '重点提醒了公务接待风险'],
  ])('%j → %j', (rest, note) => {
    expect(leftoverNote(rest)).toBe(note);
  });

  it('is at most 60 characters', () => {
    const note = leftoverNote('风险防控'.repeat(40))!;
    expect(note).toHaveLength(60);
    expect(note.endsWith('…')).toBe(true);
  });
});
