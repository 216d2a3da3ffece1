// The 「您是不是想问」 buttons: the question without an unplaced word is offered only when little was cut (round 20u N05:
// 「请问里组织的廉政教育？报吗？」 was offered, what was left of a question with half its words unplaced).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import { parseQuery } from '../../src/domain/query/parseQuery.js';
import { suggestQuestions } from '../../src/bot/querySuggestions.js';

const { directory, duties } = loadConfig('config');
const now = new Date('2026-12-02T10:00:00+08:00');
const suggest = (senderId: string, text: string) => {
  const q = parseQuery(text, { directory, duties, senderId, now })!;
  expect(q.unplaced?.length).toBeGreaterThan(0);
  return suggestQuestions(text, q, { directory, duties, senderId, now });
};

describe('suggestQuestions', () => {
  it('offers the nearest name and the question without one short unplaced word', () => {
    expect(suggest('zhangwei', '宣传科本季度完成情况')).toEqual(['宣文部本季度完成情况', '本季度完成情况', '我的完成情况', '我的任务']);
  });

  it('with half the question unplaced, only the asker\'s own questions', () => {
    expect(suggest('sunjie', '请问参加市里组织的廉政知识测试算不算廉政教育？需要上报吗？')).toEqual(['我的完成情况', '我的任务']);
  });

  it('with two fifths unplaced, the rest is still offered', () => {
    expect(suggest('zhangwei', '市里检查组对我们廉政教育的评价情况怎么样')[0]).toBe('我们廉政教育的情况怎么样');
  });
});
