// What a place reported to the one who came to check it is no deed (round 36, t36a F5).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withoutReportHeardAtCheck } from '../../../src/domain/report/checkHeardApart.js';

const directory = loadConfig('config').directory;
const ctx = (from: string) => ({ now: new Date('2026-11-30T10:00:00+08:00'), directory, senderId: directory.org.people.find((p) => p.name === from)!.id, mentions: [] });

describe('a report heard at a check', () => {
  it.each([
    ['刘洋', '上周五刘芳副理事长来康复部检查责任书落实情况，吴静部长陪同，并汇报了部门廉政风险点排查情况。', '上周五刘芳副理事长来康复部检查责任书落实情况，吴静部长陪同。', '吴静'],
    ['刘洋', '上周五刘芳副理事长来康复部检查责任书落实情况，吴静部长陪同并汇报了部门廉政风险点排查情况。', '上周五刘芳副理事长来康复部检查责任书落实情况，吴静部长陪同。', '吴静'],
    ['刘洋', '上周五刘芳副理事长来康复部检查责任书落实情况，吴部长汇报了部门廉政风险点排查情况。', '上周五刘芳副理事长来康复部检查责任书落实情况。', '吴静'],
    ['刘洋', '刘芳副理事长来康复部检查工作，听取了吴静部长关于廉政风险点排查情况的汇报。', '刘芳副理事长来康复部检查工作。', ''],
  ])('%s「%s」', (from, text, rest, name) => {
    const got = withoutReportHeardAtCheck(text, ctx(from));
    expect(got?.text).toBe(rest);
    expect(got?.remarks[0]).toContain(name ? `是${name}向检查的领导所作的汇报` : '是检查时听取的汇报');
  });

  it.each([
    ['吴静', '11月20日组织开展廉政风险点排查，并向刘芳副理事长汇报了排查情况。'],
    ['胡军', '王建国副理事长到办公室和财务科检查，听取了李明、孙丽的工作汇报，并与两位负责同志进行了廉政谈话。'],
    ['杨帆', '11月19日赵敏书记到宣文部督导党风廉政建设，王磊部长陪同，并汇报了部门廉政风险排查情况。'],
  ])('%s「%s」 is left whole', (from, text) => {
    expect(withoutReportHeardAtCheck(text, ctx(from))).toBeUndefined();
  });
});
