import { describe, expect, it } from 'vitest';
import { headNotesKept } from '../../../src/domain/report/headNotesKept.js';

const NAMES: Record<string, string> = { zhoutao: '周涛', zhangying: '张颖', wujing: '吴静', zhenghua: '郑华' };
const nameOf = (id: string) => NAMES[id];
const peopleOf = (words: string) => (words === '组联部' ? ['周涛', '张颖'] : []);
const NOTE = '「组联部」按其负责人周涛记录';
const sign = (who: string, date = '2026-12-03') => ({ type: 'pledge_sign', date, counterpartIds: [who] });

describe('headNotesKept', () => {
  it('kept while 周涛 alone stands for 组联部', () => {
    expect(headNotesKept(['x', NOTE], [sign('wujing', '2026-12-01'), sign('zhoutao')], 'liufang', nameOf, peopleOf)).toEqual(['x', NOTE]);
  });

  it('gone once the same signing is with 张颖 of 组联部 too (第2条对象是组联部全体人员)', () => {
    expect(headNotesKept(['x', NOTE], [sign('zhoutao'), sign('zhangying')], 'liufang', nameOf, peopleOf)).toEqual(['x']);
  });

  it('gone once no record is with 周涛 (put right to 郑华)', () => {
    expect(headNotesKept([NOTE], [sign('zhenghua')], 'liufang', nameOf, peopleOf)).toEqual([]);
  });

  it('张颖 on another day is another deed: kept', () => {
    expect(headNotesKept([NOTE], [sign('zhoutao'), sign('zhangying', '2026-12-04')], 'liufang', nameOf, peopleOf)).toEqual([NOTE]);
  });

  it('other notes untouched', () => {
    expect(headNotesKept(['「组联部全体人员」按周涛、张颖共2人记录'], [], 'liufang', nameOf, peopleOf)).toEqual(['「组联部全体人员」按周涛、张颖共2人记录']);
  });
});
