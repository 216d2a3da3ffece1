// parseQuery: Chinese question phrasings → exact view, scope, filter; reports and commands are not questions.
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../src/domain/completion/types.js';
import { parseQuery } from '../../../src/domain/query/parseQuery.js';
import { at, DEFAULT_DUTIES, smallDirectory } from '../../support/completionFixtures.js';

const directory = smallDirectory();
// 2026-05-15 is in Q2; the sender 陈静 (h1) heads 办公室.
const ctx = (now = at('2026-05-15 10:00'), senderId = 'h1') => ({ now, directory, senderId, duties: DEFAULT_DUTIES });

const ALL: Scope = { kind: 'all' };
const Q2 = ['2026-04-01', '2026-06-30'];
const Q1 = ['2026-01-01', '2026-03-31'];
const TALKS: Scope = { kind: 'duty', dutyId: 'talk-secretary-leaders', dutyIds: ['talk-leader-heads'] };

interface Row {
  text: string;
  view: string[];
  scope: Scope;
  filter?: 'open' | 'overdue' | 'behind';
  mine?: boolean;
}

const ROWS: Row[] = [
  { text: '本季度完成情况', view: Q2, scope: ALL },
  { text: '这个季度的完成情况', view: Q2, scope: ALL },
  { text: '上季度完成情况', view: Q1, scope: ALL },
  { text: '上个季度怎么样', view: Q1, scope: ALL },
  { text: '第一季度完成情况', view: Q1, scope: ALL },
  { text: '三季度完成情况', view: ['2025-07-01', '2025-09-30'], scope: ALL },
  { text: '第三季度完成情况', view: ['2025-07-01', '2025-09-30'], scope: ALL },
  { text: 'Q1完成情况', view: Q1, scope: ALL },
  { text: 'q2进度', view: Q2, scope: ALL },
  { text: '2026年第一季度完成情况', view: Q1, scope: ALL },
  { text: '２０２５年第四季度完成情况', view: ['2025-10-01', '2025-12-31'], scope: ALL },
  { text: '去年第四季度', view: ['2025-10-01', '2025-12-31'], scope: ALL },
  { text: '2026Q1完成情况', view: Q1, scope: ALL },
  { text: '上半年完成情况', view: ['2026-01-01', '2026-06-30'], scope: ALL },
  { text: '下半年完成情况', view: ['2025-07-01', '2025-12-31'], scope: ALL },
  { text: '今年下半年完成情况', view: ['2026-07-01', '2026-12-31'], scope: ALL },
  { text: '去年上半年完成情况', view: ['2025-01-01', '2025-06-30'], scope: ALL },
  { text: '今年完成情况', view: ['2026-01-01', '2026-12-31'], scope: ALL },
  { text: '本年度完成情况', view: ['2026-01-01', '2026-12-31'], scope: ALL },
  { text: '全年完成情况', view: ['2026-01-01', '2026-12-31'], scope: ALL },
  { text: '去年全年完成情况', view: ['2025-01-01', '2025-12-31'], scope: ALL },
  { text: '2025年度完成情况', view: ['2025-01-01', '2025-12-31'], scope: ALL },
  { text: '本月完成情况', view: ['2026-05-01', '2026-05-31'], scope: ALL },
  { text: '这个月完成得怎么样', view: ['2026-05-01', '2026-05-31'], scope: ALL },
  { text: '上月完成情况', view: ['2026-04-01', '2026-04-30'], scope: ALL },
  { text: '上个月完成情况', view: ['2026-04-01', '2026-04-30'], scope: ALL },
  { text: '10月完成情况', view: ['2025-10-01', '2025-10-31'], scope: ALL },
  { text: '十月完成情况', view: ['2025-10-01', '2025-10-31'], scope: ALL },
  { text: '3月份完成情况', view: ['2026-03-01', '2026-03-31'], scope: ALL },
  { text: '2026年3月完成情况', view: ['2026-03-01', '2026-03-31'], scope: ALL },
  { text: '办公室本季度完成情况', view: Q2, scope: { kind: 'department', departmentId: 'd-office' } },
  { text: '综合办上季度完成情况', view: Q1, scope: { kind: 'department', departmentId: 'd-office' } },
  { text: '教育就业科完成情况', view: Q2, scope: { kind: 'department', departmentId: 'd-edu' } },
  { text: '本科室完成情况', view: Q2, scope: { kind: 'department', departmentId: 'd-office' } },
  { text: '李明的完成情况', view: Q2, scope: { kind: 'person', personId: 'l1' } },
  { text: '我的完成情况', view: Q2, scope: { kind: 'person', personId: 'h1' } },
  { text: '书记的完成情况', view: Q2, scope: { kind: 'person', personId: 'sec' } },
  { text: '廉政谈话完成情况', view: Q2, scope: TALKS },
  { text: '警示教育进度', view: Q2, scope: { kind: 'duty', dutyId: 'warning-education' } },
  { text: '谈心谈话进展怎么样', view: Q2, scope: { kind: 'duty', dutyId: 'heart-talks' } },
  { text: '信息报送完成情况', view: Q2, scope: { kind: 'duty', dutyId: 'info-report' } },
  { text: '责任书完成情况', view: Q2, scope: { kind: 'duty', dutyId: 'pledge-sign', dutyIds: ['pledge-check'] } },
  { text: '党课完成了吗', view: Q2, scope: { kind: 'duty', dutyId: 'integrity-lecture' } },
  { text: '今年警示教育完成了多少', view: ['2026-01-01', '2026-12-31'], scope: { kind: 'duty', dutyId: 'warning-education' } },
  { text: '财务科廉政谈话完成情况', view: Q2, scope: { kind: 'department', departmentId: 'd-finance', dutyIds: ['talk-secretary-leaders', 'talk-leader-heads'] } },
  { text: '李明上半年谈心谈话完成情况', view: ['2026-01-01', '2026-06-30'], scope: { kind: 'person', personId: 'l1', dutyIds: ['heart-talks'] } },
  { text: '哪些没完成', view: Q2, scope: ALL, filter: 'open' },
  { text: '未完成的有哪些？', view: Q2, scope: ALL, filter: 'open' },
  { text: '逾期的有哪些', view: Q2, scope: ALL, filter: 'overdue' },
  { text: '哪些任务滞后了', view: Q2, scope: ALL, filter: 'behind' },
  { text: '办公室哪些没完成', view: Q2, scope: { kind: 'department', departmentId: 'd-office' }, filter: 'open' },
  { text: '上半年逾期的廉政谈话', view: ['2026-01-01', '2026-06-30'], scope: TALKS, filter: 'overdue' },
  { text: '我的任务', view: ['2026-01-01', '2026-12-31'], scope: { kind: 'person', personId: 'h1' }, filter: 'open', mine: true },
  { text: '我还差什么', view: ['2026-01-01', '2026-12-31'], scope: { kind: 'person', personId: 'h1' }, filter: 'open', mine: true },
  { text: '待办', view: ['2026-01-01', '2026-12-31'], scope: { kind: 'person', personId: 'h1' }, filter: 'open', mine: true },
  { text: '我上季度还差什么', view: Q1, scope: { kind: 'person', personId: 'h1' }, filter: 'open', mine: true },
  { text: '我有哪些逾期的', view: Q2, scope: { kind: 'person', personId: 'h1' }, filter: 'overdue' },
  { text: '全单位本季度完成情况怎么样', view: Q2, scope: ALL },
  { text: '今年以来廉政谈话开展情况', view: ['2026-01-01', '2026-05-15'], scope: TALKS },
  { text: '本季度还有哪些没做', view: Q2, scope: ALL, filter: 'open' },
  { text: '请帮我查一下 办公室 本月 信息报送 进度', view: ['2026-05-01', '2026-05-31'], scope: { kind: 'department', departmentId: 'd-office', dutyIds: ['info-report'] } },
];

describe('parseQuery phrasings', () => {
  it('has at least 45 phrasings', () => expect(ROWS.length).toBeGreaterThanOrEqual(45));

  it.each(ROWS)('$text', ({ text, view, scope, filter, mine }) => {
    const q = parseQuery(text, ctx());
    expect(q).not.toBeNull();
    expect({ view: [q?.view.start, q?.view.end], scope: q?.scope, filter: q?.filter, mine: q?.mine, unplaced: q?.unplaced }).toEqual({
      view, scope, filter, mine, unplaced: undefined,
    });
  });
});

describe('not a completion question', () => {
  it.each(['今天和李明进行了廉政谈话', '帮助', '帮助？', '昨天召开了专题会议', '3月5日组织了警示教育', '今天完成了警示教育', '撤销', '你好', '李明', '廉政谈话'])(
    '%s → null',
    (text) => expect(parseQuery(text, ctx())).toBeNull(),
  );
});

describe('parts that cannot be placed', () => {
  it.each([
    { text: '宣传科本季度完成情况', unplaced: ['宣传科'] },
    { text: '张三丰的完成情况', unplaced: ['张三丰'] },
    { text: '宣传中心上季度廉政谈话完成情况', unplaced: ['宣传中心'] },
  ])('$text → $unplaced', ({ text, unplaced }) => {
    expect(parseQuery(text, ctx())?.unplaced).toEqual(unplaced);
  });

  it('asks which one when two people share a name', () => {
    const twins = smallDirectory().org;
    const org = { ...twins, people: [...twins.people, { ...twins.people[1]!, id: 'l1b', openId: 'ou_l1b' }] };
    const q = parseQuery('李明的完成情况', { ...ctx(), directory: { ...smallDirectory(), org } });
    expect(q?.unplaced).toEqual(['李明（有同名，请说明科室）']);
  });
});

describe('periods at the edges, in Shanghai time', () => {
  it.each([
    { text: '本季度完成情况', now: new Date('2026-03-31T15:59:59Z'), view: Q1 },
    { text: '本季度完成情况', now: new Date('2026-03-31T16:00:00Z'), view: Q2 },
    { text: '上季度完成情况', now: at('2026-01-01 00:00'), view: ['2025-10-01', '2025-12-31'] },
    { text: '上个月完成情况', now: new Date('2025-12-31T16:30:00Z'), view: ['2025-12-01', '2025-12-31'] },
    { text: '十二月完成情况', now: at('2026-01-10 09:00'), view: ['2025-12-01', '2025-12-31'] },
    { text: '十二月完成情况', now: at('2026-12-01 09:00'), view: ['2026-12-01', '2026-12-31'] },
    { text: '今年完成情况', now: new Date('2026-12-31T16:00:00Z'), view: ['2027-01-01', '2027-12-31'] },
  ])('$text at $now', ({ text, now, view }) => {
    const q = parseQuery(text, ctx(now));
    expect([q?.view.start, q?.view.end]).toEqual(view);
  });
});

describe('what was understood', () => {
  it.each([
    { text: '办公室本季度完成情况', understood: '2026年第二季度办公室的完成情况' },
    { text: '哪些没完成', understood: '2026年第二季度全单位的完成情况（只看未完成）' },
    { text: '我的完成情况', understood: '2026年第二季度你的完成情况' },
    { text: '我还差什么', understood: '你的待办：今年以来尚未完成的事项（含已逾期）' },
    { text: '警示教育进度', understood: '2026年第二季度全单位的警示教育完成情况' },
    { text: '宣传科本季度完成情况', understood: '2026年第二季度全单位的完成情况' },
  ])('$text → $understood', ({ text, understood }) => {
    expect(parseQuery(text, ctx())?.understood).toBe(understood);
  });
});
