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
});
