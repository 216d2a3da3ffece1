// Where a question asked beside the deeds is cut off (r2, issue 10): first or last line, else first or last clause.
import { describe, expect, it } from 'vitest';
import { questionInReport } from '../../../src/domain/query/questionInReport.js';

describe('questionInReport', () => {
  it('takes a list’s last item with asking words, its number and lead off', () => {
    expect(questionInReport('1. 11月3日与王强进行了廉政谈话\n2. 11月10日组织观看警示教育片，参加15人\n3. 帮我看看本月完成情况')).toEqual([
      { deed: '1. 11月3日与王强进行了廉政谈话\n2. 11月10日组织观看警示教育片，参加15人', question: '本月完成情况', said: '帮我看看本月完成情况', asks: true },
    ]);
  });

  it('takes a first sentence or a last clause, and says when the words themselves ask (问 · ？ · a request: 帮我 · 查一下)', () => {
    // 帮我看下 is a request to the bot (round 34a: asks, so that unread it is named, never dropped).
    expect(questionInReport('帮我看下本季度完成情况。11月3日与王强进行了廉政谈话').map((c) => [c.deed, c.question, c.asks])).toEqual([
      ['11月3日与王强进行了廉政谈话', '本季度完成情况', true],
    ]);
    expect(questionInReport('11月27日和张颖进行了谈心谈话，查一下台账').map((c) => [c.deed, c.question, c.asks])).toEqual([
      ['11月27日和张颖进行了谈心谈话', '台账', true],
    ]);
    expect(questionInReport('今天和王强进行了廉政谈话，顺便问下那个事怎么弄').map((c) => [c.deed, c.question, c.asks])).toEqual([
      ['今天和王强进行了廉政谈话', '那个事怎么弄', true],
    ]);
  });

  it('near-misses: a heading naming 完成情况, a deed with 观看, a question alone and a plain report give no cut', () => {
    expect(questionInReport('11月份纪检工作完成情况：\n1. 11月3日与王强进行了廉政谈话\n2. 11月10日组织观看警示教育片')).toEqual([]);
    expect(questionInReport('11月3日与王强进行了廉政谈话，组织观看了警示教育片《迷途》')).toEqual([]);
    expect(questionInReport('帮我看看本月完成情况')).toEqual([]);
    expect(questionInReport('11月3日与王强进行了廉政谈话，参加2人')).toEqual([]);
  });

  it('near-misses of a request: what a check looks at, an activity looked at, a bare 看看 do not say they ask', () => {
    expect(questionInReport('11月20日到财务科开展作风纪律检查，查一下考勤').some((c) => c.asks)).toBe(false);
    expect(questionInReport('今天组织部里学习，帮大家看看警示教育片').some((c) => c.asks)).toBe(false);
    expect(questionInReport('今天部里开会学习，看看大家的笔记').some((c) => c.asks)).toBe(false);
  });
});
