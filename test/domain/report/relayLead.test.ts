// withRelayLead's patterns are built once per set of names (issue 14, p31): a later directory's names must be read, not
// the first one's.
import { describe, expect, it } from 'vitest';
import { withRelayLead } from '../../../src/domain/report/relayLead.js';

const LEAD = '转王建国的话：本月10日已和陈志强同志完成廉政谈话';

describe('withRelayLead', () => {
  it('writes the lead as the person it names', () => {
    expect(withRelayLead(LEAD, ['王建国', '陈志强'])).toBe('王建国本月10日已和陈志强同志完成廉政谈话');
  });

  it('reads each set of names with its own patterns, one after another', () => {
    expect(withRelayLead(LEAD, ['王建国', '陈志强'])).toBe('王建国本月10日已和陈志强同志完成廉政谈话');
    // Near-miss: 王建国 is no one of this directory and carries no title, so the lead is no relay.
    expect(withRelayLead(LEAD, ['李明', '陈志强'])).toBe(LEAD);
    expect(withRelayLead('转李明的话：本月10日已和陈志强同志完成廉政谈话', ['李明', '陈志强'])).toBe('李明本月10日已和陈志强同志完成廉政谈话');
    expect(withRelayLead(LEAD, ['王建国', '陈志强'])).toBe('王建国本月10日已和陈志强同志完成廉政谈话');
  });

  it('reads every lead shape, each tested for its own words before its pattern runs', () => {
    const names = ['王建国', '陈志强', '何平', '徐辉'];
    const read = (text: string) => withRelayLead(text, names);
    expect(read('书记交代：11月18日和陈志强签了责任书')).toBe('书记11月18日和陈志强签了责任书');
    expect(read('何平说：我昨天和徐辉廉政谈话')).toBe('何平昨天和徐辉廉政谈话');
    expect(read('替何平主任：11月25日和徐辉廉政谈话')).toBe('何平主任11月25日和徐辉廉政谈话');
    expect(read('王建国的：11月25日和徐辉廉政谈话')).toBe('王建国11月25日和徐辉廉政谈话');
    expect(read('代报 王建国 11月19日 与徐辉 签订责任书')).toBe('王建国11月19日 与徐辉 签订责任书');
    expect(read('【代王建国报】11月25日和徐辉廉政谈话')).toBe('王建国11月25日和徐辉廉政谈话');
    // Near-miss: 说 with no colon is no lead.
    expect(read('何平说我昨天和徐辉廉政谈话')).toBe('何平说我昨天和徐辉廉政谈话');
  });
});
