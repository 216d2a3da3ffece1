// Work done that no duty counts is read for what it is (day, kind of work), so the bot says why it records nothing instead of 没看懂.
import { describe, expect, it } from 'vitest';
import { outsideCatalogue } from '../../../src/domain/report/outsideCatalogue.js';

const NOW = new Date('2026-11-30T10:00:00+08:00');

describe('outsideCatalogue', () => {
  it.each([
    ['11月24日，王建国副理事长到教育就业部调研，了解残疾人就业工作情况', { date: '2026-11-24', work: '调研' }],
    ['11月20日，刘芳副理事长带队走访慰问困难残疾人家庭', { date: '2026-11-20', work: '走访' }],
    ['昨天召开了组织生活会', { date: '2026-11-29', work: '组织生活会' }],
    ['陈志强副理事长到维权部检查指导工作', { work: '检查指导' }],
    ['昨天和李明去了趟康复中心', { date: '2026-11-29' }],
    ['11月18日市纪委第三监督检查室到我会开展作风纪律专项检查', { date: '2026-11-18', inspectedBy: '市纪委第三监督检查室' }],
    ['区委巡察组进驻我局开展巡察', { inspectedBy: '区委巡察组' }],
    // Round 16, K12: a safety check is no 作风纪律检查, and its type is not asked among the checks.
    ['安全生产检查｜11月21日，赵敏同志带队对康复中心开展安全生产和消防安全检查。', { date: '2026-11-21', work: '安全生产检查' }],
    ['11月25日，王建国副理事长带队到康复中心开展消防安全检查', { date: '2026-11-25', work: '消防安全检查' }],
    ['11月17日，张伟书记带队开展招商引资调研', { date: '2026-11-17', work: '招商引资' }],
  ])('%s → what was read', (text, read) => {
    expect(outsideCatalogue(text, NOW)).toEqual(read);
  });

  it.each([
    ['昨天与李明进行了廉政谈话', 'a report'],
    ['11月20日组织观看《蜕变》', 'a title: a report of a type still asked'],
    ['明天去康复中心调研', 'a plan'],
    ['调研报告交了吗', 'a question'],
    ['你好', 'small talk'],
    ['今天天气不错', 'nothing done'],
  ])('%s → nothing (%s)', (text) => {
    expect(outsideCatalogue(text, NOW)).toBeUndefined();
  });
});
