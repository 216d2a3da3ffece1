import { describe, expect, it } from 'vitest';
import { countedHeadingItems, withHeadingCountWeighed } from '../../../src/domain/report/countedHeadingItems.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

describe('countedHeadingItems', () => {
  it('a dated heading over typed items → its day as a heading line, the count kept', () => {
    expect(countedHeadingItems('11月24日共开展廉政谈话3人次：\n1. 与孙杰进行廉政谈话\n2. 与李明进行廉政谈话')).toEqual({
      text: '11月24日：\n1. 与孙杰进行廉政谈话\n2. 与李明进行廉政谈话',
      said: '11月24日共开展廉政谈话3人次',
      count: 3,
    });
  });

  it.each([
    ['11月24日共开展廉政谈话2人次：\n1. 与孙杰\n2. 孙丽', '11月24日：\n1. 与孙杰开展廉政谈话\n2. 与孙丽开展廉政谈话'],
    ['上周二共签订责任书2份：\n1. 与李明\n2. 与孙丽', '上周二：\n1. 与李明签订责任书\n2. 与孙丽签订责任书'],
    ['11月24日共开展作风纪律检查2次：\n1. 办公室\n2. 财务科', '11月24日：\n1. 到办公室开展作风纪律检查\n2. 到财务科开展作风纪律检查'],
    ['本月共开展廉政谈话2人次：\n1. 11月24日与孙杰\n2. 11月25日与李明', '1. 11月24日与孙杰开展廉政谈话\n2. 11月25日与李明开展廉政谈话'],
    ['11月24日共开展谈心谈话2人次：\n①与王强\n②与李娟', '11月24日：\n①与王强开展谈心谈话\n②与李娟开展谈心谈话'],
  ])('「%s」 → the items with the heading\'s day and kind', (text, want) => {
    expect(countedHeadingItems(text)?.text).toBe(want);
  });

  it.each([
    ['one line', '11月24日共开展廉政谈话3人次'],
    ['no count', '11月24日开展廉政谈话：\n1. 与孙杰\n2. 与李明'],
    ['no day, typed items (withoutTotalHeading\'s)', '本月共开展廉政谈话2人次：\n1. 11月24日对孙杰进行廉政谈话\n2. 11月25日对徐辉进行廉政谈话'],
    ['a total item (gcb\'s reading)', '本月共开展廉政谈话3人次：\n1. 合计谈话3人次\n2. 11月24日对孙杰进行廉政谈话\n3. 11月25日对徐辉进行廉政谈话'],
    ['places under a study heading', '11月20日共开展廉政教育2次：\n1. 宣文部\n2. 康复中心'],
  ])('%s → undefined', (_what, text) => {
    expect(countedHeadingItems(text)).toBeUndefined();
  });
});

describe('withHeadingCountWeighed', () => {
  const talk = (who: string): ParsedReport => ({ draft: { type: 'talk_integrity', date: '2026-11-24', counterpartIds: [who], late: false }, problems: [], remarks: [], reasons: ['items'] });
  const heading = { text: '', said: '11月24日共开展廉政谈话3人次', count: 3 };
  it('a count the records reach → as they are', () => {
    const three = [talk('sunjie'), talk('liming'), talk('sunli')];
    expect(withHeadingCountWeighed(three, heading)).toBe(three);
  });
  it('a count that differs → said on the first record, shown for a tap', () => {
    const got = withHeadingCountWeighed([talk('sunjie'), talk('liming')], heading)!;
    expect(got[0]!.remarks).toEqual(['「11月24日共开展廉政谈话3人次」与下面列出的2项不一致，已按列出的逐项记录，请核对是否漏记或多记']);
    expect(got[0]!.reasons).toContain('leftover');
    expect(got[1]!.remarks).toEqual([]);
  });
  it('null stays null', () => {
    expect(withHeadingCountWeighed(null, heading)).toBeNull();
  });
});
