// A deed said once, then day + department pairs: each check at its own department on its own day (round 23 F3, e24).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const read = (from: string, text: string) => parseReport(text, { now: NOW, directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] })!;

describe('day + department pairs after a deed said once', () => {
  it.each([
    ['林晓', '11月上旬查了两次考勤，3号办公室、6号财务科', [['2026-11-03', 'office'], ['2026-11-06', 'finance']]],
    ['黄志刚', '查了两次在岗情况，11月10号康复部、11月12号维权部', [['2026-11-10', 'rehab'], ['2026-11-12', 'rights']]],
    ['林晓', '3号查了办公室、6号查了财务科', [['2026-11-03', 'office'], ['2026-11-06', 'finance']]],
    ['黄志刚', '上个月作风督查：6号组联部、20号宣文部', [['2026-10-06', 'liaison'], ['2026-10-20', 'publicity']]],
    ['王芳', '王建国副理事长本月督查了两次：10号财务科、18号办公室', [['2026-11-10', 'finance'], ['2026-11-18', 'office']]],
    ['林晓', '本月暗访了三次：2号宣文部、9号维权部、16号康复中心', [['2026-11-02', 'publicity'], ['2026-11-09', 'rights'], ['2026-11-16', 'center']]],
    ['林晓', '上周督查了两次考勤：周二宣文部、周四康复中心', [['2026-11-24', 'publicity'], ['2026-11-26', 'center']]],
    ['黄志刚', '本月检查了两次，4号办公室检查考勤，13号财务科检查公车', [['2026-11-04', 'office'], ['2026-11-13', 'finance']]],
    // round 39 (t38b F4's kind): a list item's marker before the head is the item's, never the deed's words.
    ['林晓', '（一）11月上旬查了两次考勤，3号办公室、6号财务科', [['2026-11-03', 'office'], ['2026-11-06', 'finance']]],
    ['林晓', '⑴11月上旬查了两次考勤，3号办公室、6号财务科\n⑵11月20日对维权部开展考勤检查', [['2026-11-03', 'office'], ['2026-11-06', 'finance'], ['2026-11-20', 'rights']]],
  ])('%s「%s」', (from, text, want) => {
    const got = read(from, text);
    expect(got.map((r) => [r.draft.date, r.draft.departmentId])).toEqual(want);
    expect(got.every((r) => r.draft.departmentIds === undefined)).toBe(true);
  });

  it('keeps the doer a head names for every pair', () => {
    expect(read('王芳', '王建国副理事长本月督查了两次：10号财务科、18号办公室').map((r) => r.draft.actorId)).toEqual(['wangjianguo', 'wangjianguo']);
  });

  it('pairs people in order after a talk said once (找两位部长谈了心，2号周涛、6号吴静)', () => {
    expect(read('刘芳', '上旬先后找两位部长谈了心，2号周涛、6号吴静').map((r) => [r.draft.type, r.draft.date, r.draft.counterpartIds])).toEqual([
      ['talk_heart', '2026-11-02', ['zhoutao']],
      ['talk_heart', '2026-11-06', ['wujing']],
    ]);
  });
});

describe('a counted day–person list inside a marked list item (round 39, t38b F4)', () => {
  it.each([
    ['（一）共开展谈心谈话3次：11月5日与徐辉，11月12日与孙杰，11月19日与徐辉。\n（二）11月26日组织学习《条例》。'],
    ['(1)共开展谈心谈话3次：11月5日与徐辉，11月12日与孙杰，11月19日与徐辉。\n(2)11月26日组织学习《条例》。'],
    ['一、共开展谈心谈话3次：11月5日与徐辉，11月12日与孙杰，11月19日与徐辉。\n二、11月26日组织学习《条例》。'],
    ['共开展谈心谈话3次：11月5日与徐辉，11月12日与孙杰，11月19日与徐辉。\n11月26日组织学习《条例》。'],
  ])('keeps every pair, the same person on two days twice: %s', (text) => {
    const got = read('何平', text).map((r) => [r.draft.type, r.draft.date, r.draft.counterpartIds, r.problems.length]);
    expect(got.slice(0, 3)).toEqual([
      ['talk_heart', '2026-11-05', ['xuhui'], 0],
      ['talk_heart', '2026-11-12', ['sunjie'], 0],
      ['talk_heart', '2026-11-19', ['xuhui'], 0],
    ]);
  });
});
