// 「导出…台账」 in chat: which messages ask for the workbook, and for which period (the query's own period words).
import { describe, expect, it } from 'vitest';
import { parseLedgerRequest } from '../../src/domain/query/ledgerRequest.js';

const NOW = new Date('2026-11-22T10:00:00+08:00');

describe('parseLedgerRequest', () => {
  it.each([
    ['导出台账', '2026-01-01', '2026-12-31', '2026年'],
    ['导出今年台账', '2026-01-01', '2026-12-31', '2026年'],
    ['导出第三季度台账', '2026-07-01', '2026-09-30', '2026年第三季度'],
    ['导出2026年上半年台账', '2026-01-01', '2026-06-30', '2026年上半年'],
    ['请帮我导出去年的台账', '2025-01-01', '2025-12-31', '2025年'],
    ['导出１０月份台账', '2026-10-01', '2026-10-31', '2026年10月'],
    ['台账', '2026-01-01', '2026-12-31', '2026年'],
    ['下载本季度台账excel', '2026-10-01', '2026-12-31', '2026年第四季度'],
  ])('%s → %s..%s', (text, start, end, label) => {
    const req = parseLedgerRequest(text, NOW);
    expect(req).toMatchObject({ period: { start, end, label }, mine: false, unplaced: [] });
  });

  it('「导出我的台账」 asks for the sender’s own records only', () => {
    expect(parseLedgerRequest('导出我的台账', NOW)).toMatchObject({ mine: true, period: { label: '2026年' } });
  });

  it('says what it could not place instead of guessing', () => {
    expect(parseLedgerRequest('导出办公室台账', NOW)?.unplaced).toEqual(['办公室']);
  });

  it.each(['本季度完成情况', '今天整理了台账', '昨天和李明进行了廉政谈话', '帮助'])('leaves %s to other intents', (text) => {
    expect(parseLedgerRequest(text, NOW)).toBeNull();
  });

  // Round 16: a 台账 pasted under its title was answered with an export, and its rows were never recorded.
  it.each([
    '组联部廉政谈话台账\n11月5日 周涛 与 张颖 廉政谈话',
    '王建国副理事长下半年谈心谈话台账（摘录）\n序号\t谈话人\t谈话对象\t时间\t形式\n1\t王建国\t李明\t2026年10月15日\t面对面',
  ])('reads a 台账 pasted under its title as no request: %s', (text) => {
    expect(parseLedgerRequest(text, NOW)).toBeNull();
  });

  // Round 29 t29f A7: a pasted report that names the 台账 checked was answered 「您暂无权限查看…的台账」, nothing recorded.
  it.each([
    '11月20日，党组成员、副理事长陈志强带队到维权部、教育就业部调研党风廉政建设责任制落实情况，实地检查了责任书签订及落实台账，听取了冯雪、郑华关于本部门廉政风险防控工作的汇报。',
    '黄志刚书记11月18日到财务科抽查了廉政谈话台账',
    '上周到各部室查阅了谈心谈话台账，发现记录不全的问题已反馈',
  ])('reads a report of a 台账 checked as no request: %s', (text) => {
    expect(parseLedgerRequest(text, NOW)).toBeNull();
  });

  // Round 42 t42a F4: a talk told beside a 台账 looked at was answered with an xlsx of 孙丽's and 王强's records.
  it.each([
    '这周二去财务科跟孙丽科长和王强副科长廉证谈话了，顺便看了看他们的三公经费台帐',
    '昨天和孙丽谈了心，顺便看了看财务科的台账',
    '周三跟王强谈了谈，翻了翻他的台帐',
    '上周去组联部看了看他们的廉政谈话台账',
    // round 55, t58b F1: a check told with the 台账 it looked at (an xlsx was sent, the check lost)
    '黄书记周五上午带队去财务科查了考勤和公务卡报销台账，我一起去的',
    '周五带队查了财务科台账',
    '昨天去康复部查了查台账',
  ])('reads a talk or a look at a 台账 told as no request: %s', (text) => {
    expect(parseLedgerRequest(text, NOW)).toBeNull();
  });

  it.each(['请帮我导出第三季度王建国分管科室的全部台账', '导出组联部11月的台账', '把财务科的台账发我一下', '看看他们的台账', '导出财务科的台账', '把财务科的台帐发我看看', '导出黄书记带队检查的台账', '导出黄志刚带队检查的台账'])('still reads %s as a request', (text) => {
    expect(parseLedgerRequest(text, NOW)).not.toBeNull();
  });

  // Round 57, the merge (t60a F8: 「您暂无权限查看刘芳、周涛的台账」, both deeds dropped): a day before a deed, no ask, is told.
  it.each([
    '刘芳副理事长本周工作：12月1日与周涛进行谈心谈话；12月4日到康复部检查廉政风险防控台账',
    '11月20日到财务科检查公务卡台账',
    '黄书记昨天带队抽查财务科报销台账',
    '11月18日组织学习台账管理办法',
  ])('reads a dated deed with no ask as no request: %s', (text) => {
    expect(parseLedgerRequest(text, NOW)).toBeNull();
  });

  it.each(['导出11月5日至11月20日的检查台账', '请把11月1日以来开展谈话的台账发我', '11月1日到11月20日检查的台账能导出吗'])('still reads %s as a request', (text) => {
    expect(parseLedgerRequest(text, NOW)).not.toBeNull();
  });

  it('still reads an ask with the period on a line of its own as a request', () => {
    expect(parseLedgerRequest('请导出台账\n11月1日至11月20日', NOW)).not.toBeNull();
  });

  it('reads the period in Shanghai: 23:30 on 31 December in Los Angeles is already next year there', () => {
    const req = parseLedgerRequest('导出今年台账', new Date('2026-12-31T23:30:00-08:00'));
    expect(req?.period.label).toBe('2027年');
  });
});
