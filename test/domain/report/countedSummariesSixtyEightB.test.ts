// Round 68, ghb (t70b): the readers behind counted summaries' rows in corpusSixtyEightB.ts, one by one — a titled sub-kind
// lead, a unit after the span of a bare total, a title over a total, a month for all items as no day, a part's note once.
import { describe, expect, it } from 'vitest';
import { periodTotal } from '../../../src/domain/report/periodTotal.js';
import { subKindCountsApart, withSubKindBreakdown } from '../../../src/domain/report/subtotalOverItems.js';
import { dayNotRemembered } from '../../../src/domain/report/dayNotRemembered.js';
import { isPartNote, withPartNoteOnce } from '../../../src/domain/report/partNoteOnce.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';
import type { ReportDraft } from '../../../src/domain/report/draft.js';

describe('withSubKindBreakdown after an account title', () => {
  it.each([
    ['11月份纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。', '11月份纪检工作小结:本月共开展作风纪律检查3次:11月5日上班纪律检查,11月19日上班纪律检查,11月26日公车使用情况检查。'],
    ['11月份纪检工作小结 本月共开展作风纪律检查3次 其中上班纪律检查2次（11月5日、11月19日） 公车使用情况检查1次（11月26日）', '11月份纪检工作小结:本月共开展作风纪律检查3次:11月5日上班纪律检查,11月19日上班纪律检查,11月26日公车使用情况检查'],
    ['本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、上周四），公车使用情况检查1次（前天）。', '本月共开展作风纪律检查3次:11月5日上班纪律检查,上周四上班纪律检查,前天公车使用情况检查。'],
  ])('「%s」', (text, written) => {
    expect(withSubKindBreakdown(normalizeText(text))).toBe(written);
  });

  it('a total unlike its parts is said, the parts kept', () => {
    const text = normalizeText('11月份纪检工作小结：本月共开展作风纪律检查4次，其中上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。');
    expect(subKindCountsApart(text)).toEqual(['消息说共4次作风纪律检查，「其中」写明日期的有3次，按写明的3次记录，请核对']);
  });

  it('near-miss: a day-title (11月5日：) is no account title, left to the readers of days', () => {
    const text = '11月5日：开展作风纪律检查3次，其中上班纪律检查2次（11月5日、11月19日）';
    expect(withSubKindBreakdown(normalizeText(text))).toBe(normalizeText(text));
  });
});

describe('periodTotal: a unit after the span, an account title before it', () => {
  it.each([
    ['本月办公室谈心谈话2人次、警示教育1次', ['谈心谈话', '警示教育']],
    ['上月维权部谈心谈话2人次、警示教育1次', ['谈心谈话', '警示教育']],
    ['本月我科廉政教育2次', ['廉政教育']],
    ['11月份纪检工作小结：本月共开展作风纪律检查3次。', ['作风纪律检查']],
    ['11月份办公室工作小结：本月办公室谈心谈话2人次、警示教育1次', ['谈心谈话', '警示教育']],
  ])('「%s」 → %j', (text, kinds) => {
    expect(periodTotal(text)).toEqual(kinds);
  });

  it.each([['本月办公室开展警示教育1次'], ['11月5日：开展作风纪律检查3次'], ['本月计划开展作风纪律检查3次']])('「%s」 → no total', (text) => {
    expect(periodTotal(text)).toBeUndefined();
  });
});

describe('dayNotRemembered: a month said for every item', () => {
  it.each([['具体哪天记不清了 都是11月份报的', '您说的是11月'], ['都是上个月开展的 记不清哪天了', '您说的是上个月']])('「%s」', (answer, said) => {
    expect(dayNotRemembered(answer, '2026-12-08')).toMatch(new RegExp(`^${said}，记录需要具体是哪一天`));
  });

  it('a day named is an answer, not a forgetting', () => {
    expect(dayNotRemembered('都算11月30日吧', '2026-12-08')).toBeUndefined();
  });
});

describe('withPartNoteOnce', () => {
  const draft: ReportDraft = { type: 'report_info', counterpartIds: [], late: false, note: '其中1条被市纪委网站采用' };
  it('keeps a part note on the first record a count made, drops it from the others', () => {
    expect(withPartNoteOnce(draft, 0).note).toBe('其中1条被市纪委网站采用');
    expect(withPartNoteOnce(draft, 1).note).toBeUndefined();
  });
  it('keeps a note of all (均被…录用) on every record', () => {
    expect(isPartNote('均被市纪委网站录用')).toBe(false);
    expect(withPartNoteOnce({ ...draft, note: '均被市纪委网站录用' }, 1).note).toBe('均被市纪委网站录用');
  });
});
