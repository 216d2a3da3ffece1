// untypedTalkTally (round 61, gab): a talk tally of no kind alone is read with 廉政谈话 standing in, then asked its kind.
import { describe, expect, it } from 'vitest';
import { untypedTalkTally, withTalkKindAsked } from '../../../src/domain/report/untypedTalkTally.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

describe('untypedTalkTally', () => {
  it.each([
    ['本月开展谈话5次', '本月开展廉政谈话5次'],
    ['这个月谈了五次话', '这个月开展廉政谈话五次'],
    ['黄书记本月开展谈话3次', '黄书记本月开展廉政谈话3次'],
    ['本月黄书记开展谈话3次', '本月黄书记开展廉政谈话3次'],
    ['上周谈话2次。', '上周开展廉政谈话2次'],
    ['第四季度开展谈话6人次', '第四季度开展廉政谈话6次'],
    ['本月开展各类谈话6人次', '本月开展廉政谈话6次'],
  ])('「%s」 → read as 「%s」', (text, standIn) => {
    expect(untypedTalkTally(text)?.standIn).toBe(standIn);
  });

  it('says whether a person stands before the tally (alone and of no one it stays bareTallyReply\'s)', () => {
    expect(untypedTalkTally('黄书记本月开展谈话3次')?.person).toBe(true);
    expect(untypedTalkTally('本月开展谈话5次')?.person).toBe(false);
  });

  it.each([
    ['本月开展廉政谈话3次'],
    ['上周开展提醒谈话2人次'],
    ['和王强谈话3次'],
    ['我们本月谈话3次'],
    ['11月3日谈话2次，和王强'],
    ['本月检查了三次'],
  ])('「%s」 → not an untyped tally (the parser\'s as before)', (text) => {
    expect(untypedTalkTally(text)).toBeUndefined();
  });
});

describe('withTalkKindAsked', () => {
  const talk: ParsedReport = {
    draft: { type: 'talk_integrity', counterpartIds: [], late: false, actorId: 'huangzhigang' },
    problems: [{ code: 'missing_date', count: 3 }, { code: 'missing_counterpart' }],
    remarks: ['谈话人为黄志刚（代为上报）'],
  };

  it('drops the stand-in kind and asks it first among the talks, keeping the other questions and the doer', () => {
    const [asked] = withTalkKindAsked([talk])!;
    expect(asked!.draft.type).toBeUndefined();
    expect(asked!.draft.actorId).toBe('huangzhigang');
    expect(asked!.problems).toEqual([{ code: 'missing_type', among: ['talk_integrity', 'talk_heart'] }, { code: 'missing_date', count: 3 }, { code: 'missing_counterpart' }]);
  });

  it('leaves a record of another kind, and null, as they are', () => {
    const study: ParsedReport = { draft: { type: 'edu_integrity', counterpartIds: [], late: false }, problems: [], remarks: [] };
    expect(withTalkKindAsked([study])).toEqual([study]);
    expect(withTalkKindAsked(null)).toBeNull();
  });
});
