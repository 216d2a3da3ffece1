// withDayEntriesTypeOnce and withDayNamePairs return a message with fewer than two days before their patterns run
// (issue 14, p31): two days are still read, one day is left as it was.
import { describe, expect, it } from 'vitest';
import { withDayEntriesTypeOnce } from '../../../src/domain/report/dayEntriesTypeOnce.js';
import { withDayNamePairs } from '../../../src/domain/report/dayNamePairs.js';

describe('withDayEntriesTypeOnce', () => {
  it('writes each day–people entry with the deed said once', () => {
    expect(withDayEntriesTypeOnce('11月25号书记和刘芳 11月26号书记和赵敏 廉政谈话', ['刘芳', '赵敏'])).toBe('11月25号书记和刘芳廉政谈话，11月26号书记和赵敏廉政谈话');
    expect(withDayEntriesTypeOnce('25号和刘芳，周三和赵敏，廉政谈话', ['刘芳', '赵敏'])).toBe('25号和刘芳廉政谈话，周三和赵敏廉政谈话');
  });

  it('leaves a list with one day as it was', () => {
    expect(withDayEntriesTypeOnce('11月25号书记和刘芳 赵敏 廉政谈话', ['刘芳', '赵敏'])).toBe('11月25号书记和刘芳 赵敏 廉政谈话');
  });
});

describe('withDayNamePairs', () => {
  it('writes each person on their own day', () => {
    expect(withDayNamePairs('上周分别找王磊和何平谈了话，周一王磊周三何平', ['王磊', '何平'], '2026-11-30')).toBe('上周一找王磊谈了话，上周三找何平谈了话');
  });

  it('leaves one pair as it was', () => {
    expect(withDayNamePairs('上周分别找王磊和何平谈了话，周一王磊', ['王磊', '何平'], '2026-11-30')).toBe('上周分别找王磊和何平谈了话，周一王磊');
  });
});
