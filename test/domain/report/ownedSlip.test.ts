// Round 19, fault 2: a pointed, owned slip (刚才那条记错了，应该是…) is a correction of the latest record, never a report.
import { describe, expect, it } from 'vitest';
import { correctionInWords } from '../../../src/domain/report/terseCorrection.js';

const TODAY = '2026-12-02';

describe('correctionInWords with a slip owned', () => {
  it.each([
    ['不好意思，刚才那条记错了，应该是谈心谈话', { kind: 'type', to: 'talk_heart' }],
    ['刚才那条不对，是谈心谈话', { kind: 'type', to: 'talk_heart' }],
    ['抱歉，上一条弄错了，应该是警示教育', { kind: 'type', to: 'edu_warning' }],
    ['刚才的写错了，应该是前天', { kind: 'day', date: '2026-11-30' }],
    ['不好意思，刚才那条日期错了，应该是11月19日', { kind: 'day', date: '2026-11-19' }],
    ['对不起，上一条搞错了，应该是和李娟谈的', { kind: 'person', role: 'counterpart', to: '李娟' }],
  ])('「%s」', (text, want) => {
    expect(correctionInWords(text, TODAY)).toMatchObject({ ...want, terse: false });
  });

  it.each([['刚才那条记错了，应该是上周和王强谈的'], ['刚才那条记错了，应该是明天']])('「%s」: a correction not read, never a report', (text) => {
    expect(correctionInWords(text, TODAY)).toMatchObject({ kind: 'unread', terse: false });
  });

  it.each([['不好意思，昨天和王强谈心谈话忘了报'], ['刚才和王强谈心谈话，不是廉政谈话'], ['刚才那条记录收到了吗']])('「%s」 is no correction', (text) => {
    expect(correctionInWords(text, TODAY)).toBeNull();
  });
});
