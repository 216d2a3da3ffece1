// Round 59, fcd (fda's left-alone): a department in the doer's place of a signing signs through its 分管领导.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withDepartmentSignsWith } from '../../../src/domain/report/departmentSignsWith.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { confirmReasons } from '../../../src/domain/report/confirmReasons.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const id = (name: string) => directory.org.people.find((p) => p.name === name)!.id;

describe('withDepartmentSignsWith', () => {
  it.each([
    ['11月签订责任书情况：办公室11月6日与李明签订；财务科11月7日与孙丽签订', '11月签订责任书情况：11月6日，王建国与李明签订；11月7日，王建国与孙丽签订'],
    ['办公室11月6日与李明签订责任书', '11月6日，王建国与李明签订责任书'],
    ['财务科：11.7与孙科长签订', '11.7，王建国与孙科长签订'],
    ['财务科于11月7日和孙丽科长签订了责任书', '于11月7日，王建国与孙丽科长签订了责任书'],
    ['组联部与周涛签订了责任书', '刘芳与周涛签订了责任书'],
    ['办公室11月6日与王建国签订责任书', '11月6日，王建国与李明签订责任书'],
  ])('%s', (text, written) => expect(withDepartmentSignsWith(text, directory)).toBe(written));

  it.each([
    '王建国11月6日与李明签订责任书', // a person in the doer's place
    '财务科11月7日与周涛签订责任书', // 周涛 is no one of 财务科
    '11月6日办公室组织全体人员签订廉洁承诺书', // no one after 与
    '办公室11月6日与李明进行廉政谈话', // no signing
  ])('leaves %s as written', (text) => expect(withDepartmentSignsWith(text, directory)).toBe(text));
});

describe('read: one record per clause, the 分管领导 the doer, on a card', () => {
  it('胡军 「11月签订责任书情况：办公室11月6日与李明签订；财务科11月7日与孙丽签订」', () => {
    const text = '11月签订责任书情况：办公室11月6日与李明签订；财务科11月7日与孙丽签订';
    const got = parseReport(text, { now: NOW, directory, senderId: id('胡军'), mentions: [] })!;
    expect(got.map((r) => [r.draft.type, r.draft.date, r.draft.actorId, r.draft.counterpartIds])).toEqual([
      ['pledge_sign', '2026-11-06', 'wangjianguo', ['liming']],
      ['pledge_sign', '2026-11-07', 'wangjianguo', ['sunli']],
    ]);
    expect(got.every((r) => r.problems.length === 0)).toBe(true);
    expect(confirmReasons(got, text)).toContain('third_person');
  });

  it('from the 分管领导 himself: his own signings', () => {
    const got = parseReport('办公室11月6日与李明签订责任书', { now: NOW, directory, senderId: id('王建国'), mentions: [] })!;
    expect(got.map((r) => [r.draft.actorId ?? 'sender', r.draft.counterpartIds])).toEqual([['sender', ['liming']]]);
  });
});
