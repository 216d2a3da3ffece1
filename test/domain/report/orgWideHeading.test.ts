// Round 69 (gia, t71c): the organisation's own account as a heading (orgWideHeading), and 「党组」 · 「机关党委组织的」 as the
// answer to who organised an education (bodyNamedAnswer).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { bodyNamedAnswer } from '../../../src/domain/report/bodyNamedAnswer.js';
import { isOrgWideHeading } from '../../../src/domain/report/orgWideHeading.js';

const directory = loadConfig('config').directory;

describe('isOrgWideHeading', () => {
  it.each([
    ['11月份党风廉政建设工作小结：本月组织警示教育1次，参加32人。', true],
    ['本月党风廉政建设情况：11月20日组织观看警示教育片', true],
    ['12月上旬工作动态：12月3日组织警示教育', false],
    ['工作动态：11月17日下午，组织开展廉政教育集中学习', false],
    ['2026年全面从严治党工作总结\n一、…', true],
    ['11月份办公室工作小结：本月组织警示教育1次', false],
    ['财务科本月党风廉政建设情况：…', false],
    ['中心党风廉政建设情况：…', false],
    ['11月份工作小结：11月26日组织专题学习', false],
    ['11月26日组织警示教育，参加32人。', false],
  ])('%s → %s', (message, want) => {
    expect(isOrgWideHeading(message, directory)).toBe(want);
  });
});

describe('bodyNamedAnswer', () => {
  const ctx = { directory, senderId: 'wangfang' };
  it.each([
    ['党组', 'zhangwei'],
    ['是党组的', 'zhangwei'],
    ['机关党委组织的', 'zhaomin'],
    ['应该是机关党委吧', 'zhaomin'],
    ['机关纪委', 'huangzhigang'],
    ['李明', undefined],
    ['党组会议', undefined],
    ['办公室', undefined],
  ])('%s → %s', (answer, want) => {
    expect(bodyNamedAnswer(answer, ctx)).toBe(want);
  });
});
