import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';
import { withGroupCountWeighed } from '../../../src/domain/report/groupCountWeighed.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: id(from), mentions: [] })!;

/** A talk with `counterpart` held by `doer`, its group remark as the reader writes it. */
function talk(doer: string, counterpart: string, groupRemark?: string): ParsedReport {
  return {
    draft: { type: 'talk_integrity', date: '2026-11-02', actorId: id(doer), counterpartIds: [id(counterpart)], late: false },
    problems: [],
    remarks: groupRemark ? [groupRemark] : [],
    reasons: ['group'],
  };
}

describe('withGroupCountWeighed', () => {
  const group = '「组联部全体」按周涛、张颖共2人记录';

  it('a count equal to the people 全体 gave says nothing', () => {
    const reports = [talk('刘芳', '周涛', group), talk('刘芳', '张颖', group)];
    expect(withGroupCountWeighed(reports, '11月2日，刘芳与组联部全体（2人）廉政谈话。', directory, id('张颖'))).toEqual(reports);
  });

  it('a count of the people and the holder of the same department says nothing', () => {
    const reports = [talk('周涛', '张颖', '「组联部全体」按张颖共1人记录')];
    expect(withGroupCountWeighed(reports, '11月2日，周涛与组联部全体（2人）谈心谈话。', directory, id('张颖'))).toEqual(reports);
  });

  it.each([
    ['11月2日，刘芳与组联部全体（3人）廉政谈话。', '「组联部全体（3人）」与通讯录里列出的2人不一致，已按列出的逐人记录，请核对是否漏记或多记'],
    ['11月2日，刘芳与组联部全体（1人）廉政谈话。', '「组联部全体（1人）」与通讯录里列出的2人不一致，已按列出的逐人记录，请核对是否漏记或多记'],
    ['11月2日，刘芳与组联部全体(三人)廉政谈话。', '「组联部全体(三人)」与通讯录里列出的2人不一致，已按列出的逐人记录，请核对是否漏记或多记'],
  ])('「%s」 → the difference said once on the first record, with leftover', (text, remark) => {
    const got = withGroupCountWeighed([talk('刘芳', '周涛', group), talk('刘芳', '张颖', group)], text, directory, id('张颖'));
    expect(got[0]!.remarks).toContain(remark);
    expect(got[0]!.reasons).toContain('leftover');
    expect(got[1]!.remarks).not.toContain(remark);
  });

  it('another row’s talk with one of the department is no part of the group', () => {
    const other = talk('周涛', '张颖');
    const got = withGroupCountWeighed([other, talk('刘芳', '周涛', group), talk('刘芳', '张颖', group)], '组联部全体（3人）', directory, id('张颖'));
    expect(got[0]).toEqual(other);
    expect(got[1]!.remarks.some((r) => r.includes('不一致'))).toBe(true);
  });

  it('a study’s audience and a text with no count are left alone', () => {
    const study: ParsedReport = { draft: { type: 'edu_warning', date: '2026-11-02', counterpartIds: [], attendees: 3, late: false }, problems: [], remarks: [] };
    expect(withGroupCountWeighed([study], '康复中心全体（5人）观看警示教育片', directory, id('孙杰'))).toEqual([study]);
    const reports = [talk('刘芳', '周涛', group)];
    expect(withGroupCountWeighed(reports, '刘芳与组联部全体廉政谈话', directory, id('张颖'))).toBe(reports);
  });

  it('through parseReport: the pasted row keeps both people of 组联部 and weighs (3人)', () => {
    const got = read('张颖', '序号\t日期\t谈话人\t谈话对象\t类型\n2\t11月2日\t刘　芳\t组联部全体（3人）\t廉政谈话');
    expect(got.map((r) => [r.draft.actorId, r.draft.counterpartIds])).toEqual([
      [id('刘芳'), [id('周涛')]],
      [id('刘芳'), [id('张颖')]],
    ]);
    expect(got.flatMap((r) => r.remarks).filter((r) => r.includes('不一致'))).toHaveLength(1);
  });
});
