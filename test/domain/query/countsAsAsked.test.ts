// Round 20u (N01, N05): 「…算不算廉政教育？需要上报吗？」 asks which kind an activity is, not for a completion card.
import { describe, expect, it } from 'vitest';
import { countsAsAsked } from '../../../src/domain/query/countsAsAsked.js';

describe('countsAsAsked', () => {
  it.each([
    ['请问参加市里组织的廉政知识测试算不算廉政教育？需要上报吗？', ['edu_integrity'], false],
    ['下个月准备组织大家去廉政教育基地参观，到时候算廉政教育还是警示教育？', ['edu_integrity', 'edu_warning'], true],
    ['部门聚餐前提醒大家注意纪律，这个能不能算廉政谈话', ['talk_integrity'], false],
    ['读书会上读了几篇反腐的文章，可以算作廉政学习吗？', ['edu_integrity'], false],
    ['单位组织旁听庭审，属于警示教育吗', ['edu_warning'], false],
    ['支部书记上的党课，算廉政党课么', ['edu_lecture'], false],
    // A 廉政知识竞赛 is a 廉政教育 since round 43 (fpc, t43a F3), so the question is answered with that kind.
    ['我们科室自己搞的廉政知识竞赛要不要报？', ['edu_integrity'], false],
    ['给新同志讲讲财务纪律，这种需要上报吗', [], false],
    ['打算下周和新来的同事谈谈心，算哪一类？', ['talk_heart'], true],
  ])('「%s」 asks which kind (%j), planned: %s', (text, types, planned) => {
    expect(countsAsAsked(text)).toEqual({ types, planned });
  });

  it.each([
    // Reports: a day and a deed done, even with 算 in them (the report reading answers with a card).
    '昨天参加了市纪委组织的廉政知识测试，算不算廉政教育？',
    '11月20日组织观看警示教育片《蜕变》，参加8人，算一次警示教育',
    '今天和王强谈了话，算廉政谈话',
    // Completion questions are the query's.
    '廉政教育算上这次一共几次了？',
    '本季度完成情况',
    '廉政谈话还差几个没谈',
    '我们科的信息报送情况怎么样',
    // Statements and requirement questions.
    '这个也要报',
    '述责述廉报告什么时候交',
    '收到',
  ])('「%s」 is no such question', (text) => {
    expect(countsAsAsked(text)).toBeUndefined();
  });
});
