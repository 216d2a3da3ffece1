// Round 63, gcd (gbh's left-alone): a pasted table's talk row count checks the people talked with; one that disagrees is
// said on the card, never dropped silently.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { withTalkRowCountsChecked } from '../../../src/domain/report/talkRowCounts.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-12-07T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;
const HEADER = '日期\t活动类型\t主持/谈话人\t对象\t人数';
const said = (r: ReturnType<typeof read>) => r.flatMap((x) => x.remarks).filter((m) => m.includes('与对象栏列出的'));

describe('withTalkRowCountsChecked', () => {
  it('a count equal to the people talked with says nothing more', () => {
    const r = read('张颖', `${HEADER}\n11月16日\t谈心谈话\t周涛\t张颖\t1`);
    expect(said(r)).toEqual([]);
    const two = read('李娟', '日期\t活动类型\t谈话人\t谈话对象\t人数\n11月9日\t廉政谈话\t孙丽\t王强、李娟\t2');
    expect(said(two)).toEqual([]);
    // A sheet's 人数 of everyone at the talk, the holder too (tablesAndCardWordsFortyOne's 登记表): agrees as well.
    expect(said(read('张颖', `${HEADER}\n11月16日\t谈心谈话\t周涛\t张颖\t2`))).toEqual([]);
    expect(said(read('李娟', '日期\t活动类型\t谈话人\t谈话对象\t人数\n11月9日\t廉政谈话\t孙丽\t王强、李娟\t3'))).toEqual([]);
  });

  it.each([
    [`${HEADER}\n11月16日\t谈心谈话\t周涛\t张颖\t4`, '表中第2行的人数「4」与对象栏列出的1人不一致'],
    [`${HEADER}\n11月16日\t谈心谈话\t周涛\t张颖\t五人\n11月23日\t警示教育\t周涛\t组联部全体\t6`, '表中第2行的人数「五人」与对象栏列出的1人不一致'],
    ['日期  活动类型  谈话人  对象  人数\n11月16日  廉政谈话  周涛  张颖  3人', '表中第2行的人数「3人」与对象栏列出的1人不一致'],
    ['11.20\t何平\t康复中心全体人员\t廉政党课\t15\n11.21\t何平\t徐辉\t谈心谈话\t1\n11月23日\t徐辉\t孙杰\t谈心谈话\t3', '表中第3行的人数「3」与对象栏列出的1人不一致'],
  ])('%s → said on the card', (text, remark) => {
    const r = read(text.includes('徐辉') ? '孙杰' : '张颖', text);
    expect(said(r).join()).toContain(remark);
    expect(r.find((x) => x.remarks.some((m) => m.includes(remark)))!.reasons).toContain('leftover');
  });

  it('an education row\'s count stays its head count, no word of talks', () => {
    const r = read('张颖', `${HEADER}\n11月16日\t谈心谈话\t周涛\t张颖\t1\n11月23日\t警示教育\t周涛\t组联部全体\t6`);
    expect(r.map((x) => x.draft.attendees)).toEqual([undefined, 6]);
    expect(said(r)).toEqual([]);
  });

  it('leaves prose and reports of no talk row as they are', () => {
    const reports = read('张颖', '11月16日与周涛谈心谈话');
    expect(withTalkRowCountsChecked(reports, '11月16日与周涛谈心谈话')).toBe(reports);
  });
});

describe('round 64 (gdd): a group cell against its count', () => {
  const group = (r: ReturnType<typeof read>) => r.flatMap((x) => x.remarks).filter((m) => m.includes('与对象栏「'));

  it.each([
    ['王芳', '日期\t活动类型\t谈话人\t对象\t人数\n11月16日\t廉政谈话\t李明\t办公室全体\t2', '表中第2行的人数「2」与对象栏「办公室全体」列出的4人不一致'],
    ['王芳', '廉政谈话登记表\n日期\t谈话人\t对象\t人数\n11月16日\t李明\t办公室全体\t2', '表中第3行的人数「2」与对象栏「办公室全体」列出的4人不一致'],
    ['胡军', '11月16日\t廉政谈话\t李明\t办公室全体\t2', '表中第1行的人数「2」与对象栏「办公室全体」列出的4人不一致'],
    ['王强', '日期\t活动类型\t谈话人\t对象\t人数\n11月9日\t谈心谈话\t孙丽\t财务科全体\t1', '表中第2行的人数「1」与对象栏「财务科全体」列出的2人不一致'],
  ])('%s 「%s」 → said on the card, the records held for a tap', (from, text, remark) => {
    const r = read(from, text);
    expect(group(r).join()).toContain(remark);
    expect(r.find((x) => x.remarks.some((m) => m.includes(remark)))!.reasons).toContain('leftover');
    expect(r.every((x) => x.draft.actorId === directory.org.people.find((p) => p.name === (text.includes('孙丽') ? '孙丽' : '李明'))!.id || x.draft.actorId === undefined)).toBe(true);
  });

  it('a count of the whole unit (4, or 5 with the one who held it) says nothing more', () => {
    expect(group(read('王芳', '日期\t活动类型\t谈话人\t对象\t人数\n11月16日\t廉政谈话\t李明\t办公室全体\t4'))).toEqual([]);
    expect(group(read('王芳', '日期\t活动类型\t谈话人\t对象\t人数\n11月16日\t廉政谈话\t李明\t办公室全体\t5'))).toEqual([]);
  });

  it('an education row under a 廉政谈话 heading keeps its head count, no word of talks', () => {
    const r = read('张颖', '廉政谈话登记表\n日期\t活动类型\t主持/谈话人\t对象\t人数\n11月23日\t警示教育\t周涛\t组联部全体\t6');
    expect(r.map((x) => x.draft.attendees)).toEqual([6]);
    expect(said(r)).toEqual([]);
    expect(group(r)).toEqual([]);
  });
});

