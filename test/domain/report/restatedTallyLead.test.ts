// restatedTallyLead (round 61, gab; t63a F2): a counted lead of a kind told again with days by the next clause only counts it.
import { describe, expect, it } from 'vitest';
import { restatedTallyLead, withRestatedCountsWeighed } from '../../../src/domain/report/restatedTallyLead.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

describe('restatedTallyLead', () => {
  it('writes the lead away inside a numbered summary, the count weighed against the days and names listed', () => {
    const read = restatedTallyLead('机关纪委上周工作小结：一、开展提醒谈话2人次，黄志刚书记分别于11月23日、11月25日对王强、何平进行了提醒谈话；二、组织学习《条例》');
    expect(read?.text).toBe('机关纪委上周工作小结：一、黄志刚书记分别于11月23日、11月25日对王强、何平进行了提醒谈话；二、组织学习《条例》');
    expect(read?.leads).toEqual([{ said: '开展提醒谈话2人次', count: 2, listed: 2 }]);
  });

  it('keeps the doer said before the lead, and spells the clause\'s bare 检查 as the lead\'s kind', () => {
    expect(restatedTallyLead('黄书记开展提醒谈话2人次，分别于11月23日、25日对王强、何平进行了提醒谈话')?.text).toBe('黄书记分别于11月23日、25日对王强、何平进行了提醒谈话');
    expect(restatedTallyLead('1. 开展作风纪律检查2次，黄志刚书记带队分别于11月5日、11月20日对财务科、康复中心进行了检查')?.text).toBe(
      '1. 黄志刚书记带队分别于11月5日、11月20日对财务科、康复中心进行了作风纪律检查',
    );
  });

  it('reads voice spaces and full-width digits', () => {
    expect(restatedTallyLead('开展提醒谈话2人次 黄志刚书记分别于11月23日 11月25日对王强 何平进行了提醒谈话')?.leads[0]?.count).toBe(2);
    expect(restatedTallyLead('开展提醒谈话２人次，黄志刚书记分别于１１月２３日、１１月２５日对王强、何平进行了提醒谈话。')?.text).toBe('黄志刚书记分别于11月23日、11月25日对王强、何平进行了提醒谈话。');
  });

  it('counts three listed against a lead of 3 人次 written as 2 days', () => {
    expect(restatedTallyLead('开展提醒谈话3人次，黄志刚书记分别于11月23日、11月25日对王强、何平进行了提醒谈话')?.leads).toEqual([{ said: '开展提醒谈话3人次', count: 3, listed: 2 }]);
  });

  it.each([
    ['开展提醒谈话2人次，主要针对苗头性问题'],
    ['上周开展提醒谈话2人次'],
    ['开展提醒谈话2人次，11月26日组织观看警示教育片'],
    ['11月23日与王强进行了提醒谈话'],
    ['机关纪委本月开展监督检查2次，其中11月5日黄志刚书记带队对财务科进行了作风纪律检查'],
    ['开展作风纪律检查2次，11月11日检查康复中心，11月13日检查维权部，均由黄志刚书记带队'],
    ['11月开展廉政谈话3人次，分别是11月9日黄书记与何平、11月16日黄书记与徐辉'],
    ['今年以来共开展谈心谈话7次，黄书记于11月20日与冯雪谈心谈话'],
  ])('「%s」 → none (no dated clause of the same kind after a lead)', (text) => {
    expect(restatedTallyLead(text)).toBeUndefined();
  });
});

describe('withRestatedCountsWeighed', () => {
  const talk = (who: string): ParsedReport => ({ draft: { type: 'talk_integrity', date: '2026-11-23', counterpartIds: [who], late: false }, problems: [], remarks: [] });

  it('says a count unlike what is listed on the first record, shown for a tap', () => {
    const [first, second] = withRestatedCountsWeighed([talk('wangqiang'), talk('heping')], { text: '', leads: [{ said: '开展提醒谈话3人次', count: 3, listed: 2 }] })!;
    expect(first!.remarks).toEqual(['「开展提醒谈话3人次」与列出的2项不一致，已按列出的逐项记录，请核对是否漏记或多记']);
    expect(first!.reasons).toContain('leftover');
    expect(second!.remarks).toEqual([]);
  });

  it('adds nothing when the counts agree', () => {
    const reports = [talk('wangqiang'), talk('heping')];
    expect(withRestatedCountsWeighed(reports, { text: '', leads: [{ said: '开展提醒谈话2人次', count: 2, listed: 2 }] })).toBe(reports);
  });
});
