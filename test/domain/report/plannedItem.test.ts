// 「第三条是计划，还没做」 while a report waits: which item is meant, and what is no such answer (round 14 F6).
import { describe, expect, it } from 'vitest';
import type { PendingItem } from '../../../src/domain/report/followUp.js';
import { plannedItemSaid } from '../../../src/domain/report/plannedItem.js';

const TODAY = '2026-12-01';
const items: PendingItem[] = [
  { draft: { type: 'inspect_style', date: '2026-11-04', counterpartIds: [], late: false }, problems: [] },
  { draft: { type: 'inspect_style', date: '2026-12-02', counterpartIds: [], late: false }, problems: [] },
  { draft: { type: 'inspect_style', counterpartIds: [], late: false }, problems: [{ code: 'missing_date' }] },
];

describe('plannedItemSaid', () => {
  it.each([
    ['第三条是计划，还没做', 2],
    ['第3项还没开展', 2],
    ['第一条是计划', 0],
    ['最后一条不用记', 2],
    ['明天那个还没去', 1],
    ['那个是计划', 2],
    ['还没做呢', 2],
  ])('%s → item %i', (text, index) => expect(plannedItemSaid(text, items, TODAY)).toBe(index));

  it.each(['第五条是计划', '哪些还没做', '还没做的有几项？', '11月20日', '昨天和王强谈了，还没签责任书', '取消'])('%s is no such answer', (text) =>
    expect(plannedItemSaid(text, items, TODAY)).toBeNull(),
  );
});

describe('plannedItemSaid: the asked item named by its kind and month (t30f §1.6: read as a completion query)', () => {
  const asked: PendingItem[] = [
    { draft: { type: 'report_self', date: '2026-11-24', counterpartIds: [], late: false }, problems: [] },
    { draft: { type: 'report_research', counterpartIds: [], late: false }, problems: [{ code: 'missing_date' }] },
  ];
  it.each(['调研报告是12月的计划，还没做', '调研报告是下个月的计划', '那个调研报告还没报'])('%s → the asked item', (text) =>
    expect(plannedItemSaid(text, asked, TODAY)).toBe(1),
  );
  // Near-misses: a question, another deed told beside it, another kind's words are still no such answer.
  it.each(['12月的调研报告完成了吗', '调研报告还没做，12月10日和王强谈话', '调研报告是计划，廉政教育12月1日已经开展了'])('%s is no such answer', (text) =>
    expect(plannedItemSaid(text, asked, TODAY)).toBeNull(),
  );
});
