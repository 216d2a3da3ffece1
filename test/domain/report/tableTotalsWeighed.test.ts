// Round 66 (gfa; ged's leftover): a check sheet's 小计/合计 row of times is no row to read (it was a third check asked its
// day), and it is still weighed against the rows on the card.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { withoutTotalRows } from '../../../src/domain/report/tableTotalsWeighed.js';

const directory = loadConfig('config').directory;
const read = (text: string) => parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: 'linxiao', mentions: [] });
const SHEET = '日期\t检查部门\t类型\n11月10日\t办公室\t作风纪律检查\n11月17日\t财务科\t作风纪律检查\n';

describe('withoutTotalRows', () => {
  it.each([
    [`${SHEET}小计\t\t3次`, SHEET.replace(/\n$/, '')],
    ['11月10日\t办公室\n合计\t3次', '11月10日\t办公室'],
    ['日期  部门\n11月10日  办公室\n总计  4次', '日期  部门\n11月10日  办公室'],
  ])('drops the total row of 「%s」', (text, kept) => {
    expect(withoutTotalRows(text)).toBe(kept);
  });

  it.each([
    ['no sheet', '本月合计开展检查3次'],
    ['a total of people', `${SHEET}合计\t\t17人`],
    ['a 合计 in a sentence', '11月10日检查办公室\n合计3次'],
  ])('%s: left as it is', (_what, text) => {
    expect(withoutTotalRows(text)).toBe(text);
  });
});

describe('a check sheet with its 小计 row, read', () => {
  it('three counted, two rows: two checks, the difference said', () => {
    const got = read(`${SHEET}小计\t\t3次`)!;
    expect(got.map((r) => [r.draft.type, r.draft.date, r.draft.departmentId, r.problems.length])).toEqual([
      ['inspect_style', '2026-11-10', 'office', 0],
      ['inspect_style', '2026-11-17', 'finance', 0],
    ]);
    expect(got[0]!.remarks).toContain('表中「小计 3次」与列出的2项不一致，已按列出的逐项记录，请核对是否漏记或多记');
  });

  it('a total that matches says nothing', () => {
    const got = read(`${SHEET}小计\t\t2次`)!;
    expect(got).toHaveLength(2);
    expect(got.flatMap((r) => r.remarks).join('')).not.toMatch(/小计/);
  });
});
