// Round 65, gec: a card of a list with an unread line is numbered by the member's lines, and 第N条 read so.
import { describe, expect, it } from 'vitest';
import { memberNumbering, memberPicked } from '../../../src/domain/report/memberNumbering.js';
import { withMemberLines } from '../../../src/domain/report/memberLines.js';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const NOTE = '第3行没有读出可记录的活动，未记录；如需记录请单独发送';
const entries = (...ns: number[]) => ns.map((entry) => ({ entry }));

describe('memberNumbering', () => {
  it('numbers the card by the entries when a line was left unread', () => {
    expect(memberNumbering(entries(1, 2, 4), ['需要确认', NOTE])).toEqual({ numbers: [1, 2, 4], unread: [3] });
    expect(memberNumbering(entries(2, 3), ['第1条没有读出可记录的活动，未记录；如需记录请单独发送'])).toEqual({ numbers: [2, 3], unread: [1] });
  });

  it('is undefined with no unread note, an item without entry, entries out of order or the card\'s own count', () => {
    expect(memberNumbering(entries(1, 2, 4), [])).toBeUndefined();
    expect(memberNumbering([{ entry: 1 }, {}], [NOTE])).toBeUndefined();
    expect(memberNumbering(entries(2, 2, 4), [NOTE])).toBeUndefined();
    expect(memberNumbering(entries(1, 2), [NOTE])).toBeUndefined();
  });
});

describe('memberPicked', () => {
  const numbering = { numbers: [1, 2, 4], unread: [3] };
  it('reads the member\'s numbers as the records of those lines', () => {
    expect(memberPicked({ kind: 'drop', index: 3 }, numbering)).toEqual({ indexes: [2], unread: [], beyond: [] });
    expect(memberPicked({ kind: 'drop', index: 2 }, numbering)).toEqual({ indexes: [], unread: [3], beyond: [] });
    expect(memberPicked({ kind: 'drop', index: 1, also: [2, 5] }, numbering)).toEqual({ indexes: [1], unread: [3], beyond: [6] });
    expect(memberPicked({ kind: 'wrong', index: 0 }, numbering)).toEqual({ indexes: [0], unread: [], beyond: [] });
  });
});

describe('withMemberLines', () => {
  const report = (line?: number, entry?: number): ParsedReport => ({ draft: { counterpartIds: [], late: false }, problems: [], remarks: [], ...(line ? { line } : {}), ...(entry ? { entry } : {}) });
  it('turns lines into entries only when a line was unread, and never returns a line', () => {
    expect(withMemberLines([report(1), report(4)], true)!.map((r) => [r.entry, r.line])).toEqual([[1, undefined], [4, undefined]]);
    expect(withMemberLines([report(1), report(4)], false)!.map((r) => [r.entry, r.line])).toEqual([[undefined, undefined], [undefined, undefined]]);
    expect(withMemberLines([report(1), report()], true)!.map((r) => r.entry)).toEqual([undefined, undefined]);
    expect(withMemberLines(null, true)).toBeNull();
  });

  it('in parseReport: 孙丽\'s four lines, line 3 unread, give entries 1, 2, 4; every line read gives none', () => {
    const directory = loadConfig('config').directory;
    const ctx = { now: new Date('2026-12-07T10:00:00+08:00'), directory, senderId: 'sunli', mentions: [] };
    const read = parseReport('12月1日 王强 廉政谈话\n12月2日 李娟 谈心谈话\n12月3日 学习廉政信息\n12月4日 检查本科室报销票据和账目', ctx)!;
    expect(read.map((r) => [r.draft.type, r.entry])).toEqual([['talk_integrity', 1], ['talk_heart', 2], ['inspect_funds', 4]]);
    expect(read.some((r) => 'line' in r)).toBe(false);
    const all = parseReport('12月1日 王强 廉政谈话\n12月2日 李娟 谈心谈话', ctx)!;
    expect(all.map((r) => r.entry)).toEqual([undefined, undefined]);
  });
});
