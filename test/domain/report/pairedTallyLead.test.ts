// Round 66 (gfa; t68b F2, geh's leftovers): a counted lead's 其中 pairs — a counting body before 共, a pair's own kind, parts
// parted by 。；、 or voice spaces, pairs naming no doer, a group, 另 another deed, pairs of several times — and the count
// weighed in countDiffers' words.
import { describe, expect, it } from 'vitest';
import { pairedTallyLead, withPairedTallyNoted } from '../../../src/domain/report/pairedTallyLead.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

// Round 69 (gic): every dateless pair opens with the period, not only the first, so a later deed's bracketed day stays its own.
describe('pairedTallyLead', () => {
  it('林晓\'s finding: the 与何平 clause goes on with 黄志刚, its own kind kept, the body before 共 no part of the pairs', () => {
    const t = pairedTallyLead('11月份机关纪委共开展廉政谈话5人次，其中黄志刚书记与孙丽、王强、李娟分别进行了廉政谈话，与何平进行了提醒谈话。')!;
    expect(t.text).toBe('11月份，黄志刚书记分别与孙丽、王强、李娟进行了廉政谈话；11月份，黄志刚书记与何平进行了提醒谈话。');
    expect(t).toMatchObject({ lead: '11月份机关纪委共开展廉政谈话5人次', count: 5, told: 4, perPerson: true, doerless: false, grouped: false });
  });

  it.each([
    ['voice spaces', '本月 机关纪委 共开展廉政谈话4人次 其中 黄志刚书记 与孙丽 王强 李娟 分别进行了廉政谈话 与何平 进行了提醒谈话'],
    ['full stops and semicolons', '本月机关纪委共开展廉政谈话4人次。其中黄志刚书记与孙丽、王强、李娟分别进行了廉政谈话；与何平进行了提醒谈话。'],
    ['full-width digits', '本月机关纪委共开展廉政谈话４人次，其中黄志刚书记与孙丽、王强、李娟分别进行了廉政谈话，与何平进行了提醒谈话．'],
  ])('%s: the same four pairs of 黄志刚', (_what, text) => {
    const t = pairedTallyLead(text)!;
    expect(t.text).toBe('本月，黄志刚书记分别与孙丽、王强、李娟进行了廉政谈话；本月，黄志刚书记与何平进行了提醒谈话。');
    expect(t.told).toBe(4);
  });

  it.each([
    ['本月共开展廉政谈话2人次，其中黄志刚书记11.24与王强谈话1次，11.25与李娟谈话1次。', '本月，11月24日黄志刚书记与王强进行了廉政谈话；11月25日黄志刚书记与李娟进行了廉政谈话。'],
    // Round 68 (ghh): a dotted day is written out (11.24 → 11月24日), so a pair list holding the sender keeps its day.
    ['本月共开展廉政谈话2人次，其中黄志刚书记上周二与王强谈话1次，上周四与李娟进行了提醒谈话。', '本月，上周二黄志刚书记与王强进行了廉政谈话；上周四黄志刚书记与李娟进行了提醒谈话。'],
    ['11月共开展廉政谈话3人次，其中黄志刚书记分别与孙丽、王强谈话，与郑华开展了谈心谈话。', '11月，黄志刚书记分别与孙丽、王强进行了廉政谈话；11月，黄志刚书记与郑华进行了谈心谈话。'],
    // Round 68 (ghh; t71a F2): a bracketed day after the count, and 各 with two people.
    ['11月份机关纪委共开展谈心谈话3人次，其中黄志刚与王强、李娟各谈1次（11月17日），林晓与张颖谈1次（11.19）。', '11月份，11月17日黄志刚分别与王强、李娟进行了谈心谈话；11月19日林晓与张颖进行了谈心谈话。'],
  ])('days and kinds of each pair: 「%s」', (text, rewritten) => {
    expect(pairedTallyLead(text)?.text).toBe(rewritten);
  });

  it('pairs naming no doer are marked so', () => {
    const t = pairedTallyLead('本月共开展廉政谈话2人次，其中与王强谈话1次、与李娟谈话1次')!;
    expect(t.text).toBe('本月，与王强进行了廉政谈话；本月，与李娟进行了廉政谈话。');
    expect(t.doerless).toBe(true);
  });

  it('a group stays whole for the group readers, weighed later', () => {
    const t = pairedTallyLead('本月共开展廉政谈话8人次，其中与中心和机关各科室负责人集体谈话')!;
    expect(t.text).toBe('本月，与中心和机关各科室负责人进行了廉政谈话。');
    expect(t).toMatchObject({ doerless: true, grouped: true });
  });

  it('另… after the pairs is a deed of its own, with the lead\'s span', () => {
    expect(pairedTallyLead('本月共开展廉政谈话2人次，其中黄志刚与王强谈话1次，另组织观看警示教育片1次')?.text).toBe('本月，黄志刚与王强进行了廉政谈话。本月组织观看警示教育片1次。');
  });

  it('a pair of several times is one line, said', () => {
    const t = pairedTallyLead('本月共开展廉政谈话4人次，其中黄志刚书记与孙丽、王强各谈话2次')!;
    expect(t.repeated).toEqual(['黄志刚书记与孙丽、王强各谈话2次']);
    expect(t.told).toBe(2);
  });

  it('no doer, a count the pairs do not reach: the pair read with its day, the count weighed (round 67, ggd; was: no tally of ours)', () => {
    const t = pairedTallyLead('本月共开展廉政谈话3人次，其中11月24日与周涛进行了廉政谈话')!;
    expect(t.text).toBe('本月，11月24日与周涛进行了廉政谈话。');
    expect(t).toMatchObject({ doerless: true, count: 3, told: 1 });
  });

  it.each([
    ['a leader\'s own tally broken down by kind', '本月黄志刚书记共开展谈话3次，其中廉政谈话2次、谈心谈话1次'],
    ['no doer, a pair of two times', '本月开展谈心谈话3次，其中与王强谈心2次，与李娟谈心1次。'],
    ['a doer after doerless pairs', '本月共开展廉政谈话2人次，其中与王强谈话1次，黄志刚与李娟谈话1次'],
    ['no 其中', '本月共开展廉政谈话2人次，黄志刚与王强、李娟分别谈话'],
    ['a part that is no pair', '本月共开展廉政谈话2人次，其中黄志刚与王强谈话1次，检查了财务科'],
  ])('%s: no tally of ours', (_what, text) => {
    expect(pairedTallyLead(text)).toBeUndefined();
  });
});

describe('withPairedTallyNoted', () => {
  const talk = (cp: string[]): ParsedReport => ({ draft: { type: 'talk_integrity', counterpartIds: cp }, problems: [], remarks: [] }) as unknown as ParsedReport;

  it('a count unlike the people listed is said in countDiffers\' words, and shown for a tap', () => {
    const t = pairedTallyLead('11月份机关纪委共开展廉政谈话5人次，其中黄志刚书记与孙丽、王强、李娟分别进行了廉政谈话，与何平进行了提醒谈话。')!;
    const [first] = withPairedTallyNoted([talk(['sunli']), talk(['wangqiang']), talk(['lijuan']), talk(['heping'])], t)!;
    expect(first!.remarks).toEqual(['「11月份机关纪委共开展廉政谈话5人次」与列出的4人不一致，已按列出的逐人记录，请核对是否漏记或多记']);
    expect(first!.reasons).toContain('count_unlike');
  });

  it('a count that matches only checks', () => {
    const t = pairedTallyLead('本月共开展廉政谈话2人次，其中黄志刚与王强、李娟分别谈话')!;
    const [first] = withPairedTallyNoted([talk(['wangqiang']), talk(['lijuan'])], t)!;
    expect(first!.remarks).toEqual(['「本月共开展廉政谈话2人次」是合计，只用来核对：其中写明的2次已逐条列出，不另记']);
    expect(first!.reasons).not.toContain('count_unlike');
  });

  it('a group is weighed by the people its records hold', () => {
    const t = pairedTallyLead('本月共开展廉政谈话6人次，其中黄志刚书记与各科室负责人集体谈话')!;
    const eight = ['liming', 'sunli', 'zhoutao', 'wujing', 'zhenghua', 'wanglei', 'fengxue', 'heping'].map((id) => talk([id]));
    expect(withPairedTallyNoted(eight, t)![0]!.remarks[0]).toMatch(/与列出的8人不一致/);
  });
});
