// Round 18u, fault 4: the terse 「不对，…」 corrections of a type or a person, and what stays a report.
import { describe, expect, it } from 'vitest';
import { correctionInWords } from '../../../src/domain/report/terseCorrection.js';

const TODAY = '2026-12-02';

describe('correctionInWords: a terse type or person correction', () => {
  it.each([
    ['不对，是廉政谈话', { kind: 'type', to: 'talk_integrity' }],
    ['不对，应该是廉政谈话', { kind: 'type', to: 'talk_integrity' }],
    ['不对，应该是廉政谈话才对', { kind: 'type', to: 'talk_integrity' }],
    ['类型错了，是谈心谈话', { kind: 'type', to: 'talk_heart' }],
    ['活动类型不对，应该是警示教育', { kind: 'type', to: 'edu_warning' }],
    ['错了，是谈心', { kind: 'type', to: 'talk_heart' }],
    ['不对，是和王强', { kind: 'person', role: 'counterpart', to: '王强' }],
    ['不对，是跟李娟谈的', { kind: 'person', role: 'counterpart', to: '李娟' }],
    ['不对，是王强', { kind: 'person', to: '王强' }],
  ])('「%s」', (text, want) => {
    expect(correctionInWords(text, TODAY)).toMatchObject({ ...want, terse: true });
  });

  it.each([['不对，是上周三和王强廉政谈话'], ['不对，是两次'], ['类型错了，是王强'], ['不对，是廉政谈话，参加5人']])('「%s」 is none', (text) => {
    expect(correctionInWords(text, TODAY)).toBeNull();
  });

  it('the day corrections stay as they were', () => {
    expect(correctionInWords('不对，是前天', TODAY)).toMatchObject({ kind: 'day', date: '2026-11-30' });
  });
});
