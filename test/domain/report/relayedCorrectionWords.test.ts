import { describe, expect, it } from 'vitest';
import { relayedCorrectionWords, relayedDeedText } from '../../../src/domain/report/relayedCorrectionWords.js';

describe('relayedCorrectionWords', () => {
  it.each([
    ['周部长说上次报的不对，12月3日他是和陈志强副理事长签的责任书，不是和我', { speaker: '周部长', day: '12月3日', partner: '陈志强副理事长', verb: 'sign', deed: '责任书' }],
    ['周部长说上次报的不对 12月3号他是和陈志强签的 不是和我', { speaker: '周部长', day: '12月3号', partner: '陈志强', verb: 'sign', deed: '' }],
    ['周涛部长反映，12月3日那天他是跟陈副理事长签的责任书，不是跟我', { speaker: '周涛部长', day: '12月3日', partner: '陈副理事长', verb: 'sign', deed: '责任书' }],
    ['吴部长说11月20日她是和刘芳副理事长谈的廉政谈话，不是和我', { speaker: '吴部长', day: '11月20日', partner: '刘芳副理事长', verb: 'talk', deed: '廉政谈话' }],
    ['郑部长说之前那条有误，11.24他是与陈志强副理事长签的承诺书，而不是和我', { speaker: '郑部长', day: '11.24', partner: '陈志强副理事长', verb: 'sign', deed: '承诺书' }],
  ])('「%s」', (text, want) => {
    expect(relayedCorrectionWords(text)).toEqual(want);
  });

  it.each([['周部长说12月3日和陈志强签了责任书'], ['12月3日周部长和陈志强副理事长签订了责任书'], ['周部长说12月3日他是和陈志强签的责任书']])('「%s」 → undefined (no 不是和我)', (text) => {
    expect(relayedCorrectionWords(text)).toBeUndefined();
  });

  it('relayedDeedText writes the deed told, the one who outranks first when asked', () => {
    const said = relayedCorrectionWords('周部长说上次报的不对，12月3日他是和陈志强副理事长签的责任书，不是和我')!;
    expect(relayedDeedText(said, true)).toBe('12月3日，陈志强副理事长和周部长签订了责任书');
    expect(relayedDeedText(said, false)).toBe('12月3日，周部长和陈志强副理事长签订了责任书');
  });
});
