// Round 65 (ged): periodTotals (several kinds), kindTotalsLead, tableTotalsWeighed, answerTotal, countDiffers, kindTotalsAsked.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { answerTotal } from '../../../src/domain/report/answerTotal.js';
import { countDiffers } from '../../../src/domain/report/countDiffers.js';
import { kindTotalsLead } from '../../../src/domain/report/kindTotalsLead.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { periodTotals } from '../../../src/domain/report/periodTotal.js';
import { kindTotalsAsked } from '../../../src/domain/report/totalDeedNeeds.js';

const directory = loadConfig('config').directory;
const read = (from: string, text: string) =>
  parseReport(text, { now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] });
const remarks = (from: string, text: string) => (read(from, text) ?? []).flatMap((r) => r.remarks).filter((m) => m.includes('不一致'));

describe('periodTotals: several kinds', () => {
  it.each([
    ['本月共开展廉政谈话3人次、签订责任书5份、警示教育1次', ['廉政谈话3人次', '签订责任书5份', '警示教育1次']],
    ['11月份：廉政谈话3人次，谈心谈话2人次，专题会议1次', ['廉政谈话3人次', '谈心谈话2人次', '专题会议1次']],
    ['截至目前，今年共开展廉政党课4次、警示教育6次、廉政谈话36人次', ['廉政党课4次', '警示教育6次', '廉政谈话36人次']],
    ['本月 共开展廉政谈话3人次 签订责任书5份 警示教育1次', ['廉政谈话3人次', '签订责任书5份', '警示教育1次']],
    ['本月合计：廉政谈话2人次、谈心谈话3人次、签订责任书4份', ['廉政谈话2人次', '谈心谈话3人次', '签订责任书4份']],
    ['本周共开展谈心谈话两次、廉政教育一次', ['谈心谈话两次', '廉政教育一次']],
  ])('「%s」 → %j', (text, said) => {
    expect(periodTotals(text)?.map((t) => t.said)).toEqual(said);
  });

  it.each([
    ['no total word (rounds 58–59)', '本月签订责任书2份、开展廉政谈话1次'],
    ['no total word, 次 only', '本月开展廉政谈话2次、谈心谈话1次'],
    ['counts of 1 alone', '本月共开展廉政谈话1次、签订责任书1份'],
    ['generic words alone', '本月共开展谈话3次、检查2次'],
  ])('%s: 「%s」 → undefined', (_what, text) => {
    expect(periodTotals(text)).toBeUndefined();
  });

  it('generic words and counts of 1 beside items (kindTotalsLead) are read', () => {
    expect(periodTotals('本月共开展谈话3次、检查1次', true)?.map((t) => [t.name, t.count, t.code])).toEqual([
      ['谈话', 3, undefined],
      ['检查', 1, undefined],
    ]);
  });
});

describe('kindTotalsLead', () => {
  it('splits a colon lead from its dated items', () => {
    const lead = kindTotalsLead('本月共开展谈话3次、检查2次：12月1日与李明进行廉政谈话；12月3日到财务科开展作风纪律检查');
    expect(lead?.rest).toBe('12月1日与李明进行廉政谈话；12月3日到财务科开展作风纪律检查');
    expect(lead?.totals.map((t) => t.said)).toEqual(['谈话3次', '检查2次']);
  });

  it('a heading colon inside the lead, a full stop before the first day', () => {
    expect(kindTotalsLead('11月份：廉政谈话2人次，专题会议1次。11月10日与王建国进行廉政谈话')?.rest).toBe('11月10日与王建国进行廉政谈话');
  });

  it.each([
    ['one kind', '本月共开展廉政谈话2人次：11月24日与李明，11月25日与孙丽'],
    ['a running figure', '截至目前，今年共开展廉政党课4次、廉政谈话36人次，其中11月24日黄书记与孙杰进行了廉政谈话'],
    ['no day after it', '本月共开展廉政谈话3人次、签订责任书5份'],
    ['a split by type', '本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次'],
  ])('%s → undefined', (_what, text) => {
    expect(kindTotalsLead(text)).toBeUndefined();
  });
});

describe('parseReport over totals of several kinds', () => {
  it('alone: no record', () => {
    expect(read('张伟', '本月共开展廉政谈话3人次、签订责任书5份、警示教育1次')).toBeNull();
    expect(read('张伟', '11月份：廉政谈话3人次，谈心谈话2人次，专题会议1次')).toBeNull();
  });

  it('beside items: the items, each kind weighed, a difference said per kind, shown for a tap', () => {
    const got = read('张伟', '本月共开展廉政谈话2人次、作风纪律检查1次：11月24日与李明进行廉政谈话，11月26日到财务科开展作风纪律检查')!;
    expect(got.map((r) => [r.draft.type, r.draft.date, r.draft.counterpartIds])).toEqual([
      ['talk_integrity', '2026-11-24', ['liming']],
      ['inspect_style', '2026-11-26', []],
    ]);
    expect(got[0]!.remarks).toContain('「廉政谈话2人次」与列出的1项不一致，已按列出的逐项记录，请核对是否漏记或多记');
    expect(got[0]!.reasons).toContain('leftover');
  });

  it('beside items, every count matching: no remark', () => {
    expect(remarks('王建国', '本月共签订责任书2份、开展谈心谈话1次：11月24日与李明签订责任书，11月25日与孙丽签订责任书，11月26日与李明进行谈心谈话')).toEqual([]);
  });

  it('a 廉政教育 total counts a 警示教育 under it', () => {
    expect(remarks('孙丽', '本月共开展谈心谈话2次、廉政教育1次，11月3日与王强谈心谈话，11月17日与李娟谈心谈话，11月24日组织观看警示教育片')).toEqual([]);
  });
});

describe('tableTotalsWeighed (through parseReport)', () => {
  const SHEET = '日期\t类型\t对象\n11月2日\t廉政谈话\t王强\n11月9日\t廉政谈话\t李娟\n小计\t廉政谈话\t{N}\n11月16日\t谈心谈话\t王强\n小计\t谈心谈话\t1次';
  it('a 小计 of a kind its rows do not reach is said', () => {
    expect(remarks('孙丽', SHEET.replace('{N}', '3人次'))).toEqual(['表中「小计 廉政谈话 3人次」与列出的2项不一致，已按列出的逐项记录，请核对是否漏记或多记']);
  });
  it('matching 小计 rows say nothing; a 合计 of people is a head count, not weighed', () => {
    expect(remarks('孙丽', SHEET.replace('{N}', '2人次'))).toEqual([]);
    expect(remarks('孙丽', '日期\t类型\t参加人数\n11月10日\t警示教育\t8\n11月24日\t廉政教育\t9\n合计\t\t17人')).toEqual([]);
  });
  it('a 合计 of no kind is weighed against every record', () => {
    expect(remarks('吴静', '日期\t类型\t对象\n11月4日\t谈心谈话\t刘洋\n11月11日\t廉政谈话\t刘洋\n总计\t\t3次')).toEqual(['表中「总计 3次」与列出的2项不一致，已按列出的逐项记录，请核对是否漏记或多记']);
  });
});

describe('answerTotal', () => {
  it.each([
    ['12月1日 一共谈了3人次', '一共谈了3人次', 3],
    ['12月1日，共谈了3人', '共谈了3人', 3],
    ['都是12月1日，总共两次', '总共两次', 2],
    ['12月1日 合计签了5份', '合计签了5份', 5],
  ])('「%s」 → %s', (text, said, count) => {
    expect(answerTotal(text)).toEqual({ said, count });
  });
  it.each([['12月1日'], ['12月1日，参加12人'], ['12月1日 谈了3次']])('「%s」 → undefined', (text) => {
    expect(answerTotal(text)).toBeUndefined();
  });
});

describe('countDiffers and kindTotalsAsked', () => {
  it('one wording, quoted or not, items or people', () => {
    expect(countDiffers('本月开展谈话5次', 4, '括号里', '人')).toBe('「本月开展谈话5次」与括号里列出的4人不一致，已按列出的逐人记录，请核对是否漏记或多记');
    expect(countDiffers('表中第2行的人数「4」', 1, '对象栏', '人', false)).toBe('表中第2行的人数「4」与对象栏列出的1人不一致，已按列出的逐人记录，请核对是否漏记或多记');
  });
  it('names each total and asks once', () => {
    const lines = kindTotalsAsked('Q', '合计数', periodTotals('本月共开展廉政谈话3人次、签订责任书5份、警示教育1次')!);
    expect(lines[0]).toBe('「Q」是3项合计数（廉政谈话3人次、签订责任书5份、警示教育1次），都不是某一次活动，清风没有记录。');
    expect(lines[1]).toMatch(/^请逐条告诉我每一次活动：每次廉政谈话是哪天、和谁谈的.*；每份责任书是哪天、和谁签的.*；每次警示教育是哪天/);
  });
});
