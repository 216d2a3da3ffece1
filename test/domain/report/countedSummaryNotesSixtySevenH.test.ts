// Round 67, ggh (t70a F1, M18, F4, F6): what the card says of a counted summary and of a signing's count — the total and each
// group's own count weighed against the people listed, the roster of a unit signing with its signer, a 责任书's copies against
// the signer's unit — and headingPeriod, the month a summary's heading gives its body's 本月.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';
import { headingPeriod } from '../../../src/domain/report/headingPeriod.js';

const directory = loadConfig('config').directory;
const NOW = new Date('2026-11-30T10:00:00+08:00');
const remarks = (name: string, text: string) => {
  const sender = directory.org.people.find((p) => p.name === name)!;
  return [...new Set(parseReport(text, { now: NOW, directory, senderId: sender.id, mentions: [] })!.flatMap((r) => r.remarks))];
};

describe('headingPeriod: a heading’s month is the body’s 本月', () => {
  it.each([
    ['11月份党风廉政建设工作小结：本月共开展谈心谈话15人次', '本月', '11月'],
    ['10月份工作总结：本月共开展…', '本月', '10月'],
    ['上月工作小结：本月共开展…', '本月', '上月'],
    ['10月份工作小结：共开展廉政谈话2人次', undefined, '10月'],
    ['党风廉政建设工作小结：本月共开展…', '本月', '本月'],
    ['11月份工作小结：11月以来共开展…', '11月以来', '11月以来'],
    ['本月共开展谈心谈话6人次', '本月', '本月'],
  ] as const)('「%s」 with %s → %s', (text, period, want) => {
    expect(headingPeriod(text, period)).toBe(want);
  });
});

describe('a counted summary’s counts are weighed on the card (F1, M18)', () => {
  it('胡军: 15人次 against the 6 listed, each group’s 4 and 2 matching its people', () => {
    const said = remarks('胡军', '11月份党风廉政建设工作小结：本月共开展谈心谈话15人次，其中张伟书记与班子成员谈话4人次，王建国副理事长与分管科室负责人谈话2人次；组织警示教育1次，参加38人。');
    expect(said).toContain('「本月共开展谈心谈话15人次」与列出的6人不一致，已按列出的逐人记录，请核对是否漏记或多记');
    expect(said).toContain('「班子成员」按王建国、刘芳、陈志强、赵敏共4人记录');
    expect(said).toContain('「分管科室负责人」按李明、孙丽共2人记录');
    expect(said.filter((m) => m.includes('与班子成员谈话4人次'))).toEqual([]);
  });

  it('胡军: a group’s own count unlike its people is said (班子成员谈话5人次 over four)', () => {
    const said = remarks('胡军', '本月共开展谈心谈话9人次，其中张伟书记与班子成员谈话5人次，陈志强副理事长与分管科室负责人谈话2人次。');
    expect(said).toContain('「张伟书记与班子成员谈话5人次」与列出的4人不一致，已按列出的逐人记录，请核对是否漏记或多记');
    expect(said).toContain('「本月共开展谈心谈话9人次」与列出的6人不一致，已按列出的逐人记录，请核对是否漏记或多记');
  });

  it('周涛: 6次 against the three talks listed', () => {
    expect(remarks('周涛', '11月以来，组联部共开展谈心谈话6次，其中我和张颖谈了2次，刘芳副理事长和我谈了1次。')).toContain(
      '「11月以来，组联部共开展谈心谈话6次」与列出的3项不一致，已按列出的逐项记录，请核对是否漏记或多记',
    );
  });

  it('郑华: a count that matches is a total, only for checking', () => {
    expect(remarks('郑华', '11月以来，教就部共开展谈心谈话3次，其中我和陈静谈了2次，陈志强副理事长和我谈了1次。')).toContain(
      '「11月以来，教就部共开展谈心谈话3次」是合计，只用来核对：其中写明的3次已逐条列出，不另记',
    );
  });
});

describe('a unit signing’s roster note is true (F4)', () => {
  it('杨帆: 宣文部 holds 王磊 and 杨帆, 王磊 the record’s doer', () => {
    const said = remarks('杨帆', '近日，宣文部召开支部党员大会，传达学习中央八项规定精神。会上，王磊部长领学了《中国共产党纪律处分条例》；会后，全体党员签订了廉洁自律承诺书，共12人。');
    expect(said).toContain('签订承诺书「12人」按宣文部统一签订记录，共12人（组织架构里宣文部登记了王磊、杨帆共2人，王磊是记录的活动人，未逐一对应到人）');
    expect(said.join('')).not.toMatch(/登记了杨帆共1人/);
  });

  it('赵磊: 维权部 holds 冯雪 and 赵磊', () => {
    expect(remarks('赵磊', '11月25日，维权部召开支部党员大会，会上冯雪部长领学了《廉洁自律准则》；会后，全体党员签订了廉洁自律承诺书，共9人。')).toContain(
      '签订承诺书「9人」按维权部统一签订记录，共9人（组织架构里维权部登记了冯雪、赵磊共2人，冯雪是记录的活动人，未逐一对应到人）',
    );
  });
});

describe('a 责任书’s copies are weighed against the signer’s unit (F6)', () => {
  it.each([
    ['孙丽', '11.28 财务科 签订廉政责任书 5份', '组织架构里财务科登记了孙丽、王强、李娟共3人，与「5份」不一致，请核对签订人和份数'],
    ['孙丽', '11.28财务科签订廉政责任书5份', '组织架构里财务科登记了孙丽、王强、李娟共3人，与「5份」不一致，请核对签订人和份数'],
    ['吴静', '11月27号康复部签订廉政责任书4份', '组织架构里康复部登记了吴静、刘洋共2人，与「4份」不一致，请核对签订人和份数'],
    ['李明', '11月26日办公室签订廉政责任书8份', '组织架构里办公室登记了李明、黄志刚、林晓、王芳、胡军共5人，与「8份」不一致，请核对签订人和份数'],
  ])('%s 「%s」', (name, text, unit) => {
    expect(remarks(name, text).find((m) => m.includes('未记为参加人数'))).toMatch(new RegExp(`；${unit.replace(/[()（）「」]/g, '.')}$`));
  });

  it('孙丽 「…2份」: the signer’s pairs with the two others fit, no unit clause', () => {
    const said = remarks('孙丽', '11月28日财务科签订了廉政责任书2份');
    expect(said.join('')).not.toMatch(/组织架构里/);
  });
});
