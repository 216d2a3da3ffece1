// The completion cards as JSON 2.0: tables and chart within Feishu's rules, names only on unmet lines, 填报 and question buttons.
import { describe, expect, it } from 'vitest';
import { computeCompletion } from '../../src/domain/completion/computeCompletion.js';
import type { CompletionReport } from '../../src/domain/completion/types.js';
import { completionCard } from '../../src/feishu/cards/completionCard.js';
import { completionDutyCard } from '../../src/feishu/cards/completionDutyCard.js';
import { myTasksCard } from '../../src/feishu/cards/myTasksCard.js';
import { querySuggestionsCard } from '../../src/feishu/cards/querySuggestionsCard.js';
import { buttonValues, cardText } from '../support/testBot.js';
import { act, at, DEFAULT_DUTIES, smallDirectory, viewOf } from '../support/completionFixtures.js';

const directory = smallDirectory();
const labels = { directory, duties: DEFAULT_DUTIES };
const now = at('2026-11-22 10:00');
const drill = {
  duty: (dutyId: string) => ({ action: 'drill_duty', dutyId }),
  department: (departmentId: string) => ({ action: 'drill_department', departmentId }),
  departments: directory.org.departments.map((d) => ({ id: d.id, name: d.name })),
};

function report(
  activities: Parameters<typeof computeCompletion>[0]['activities'],
  scope?: CompletionReport['scope'],
  view = viewOf('2026-11-01'),
): CompletionReport {
  return computeCompletion({ directory, duties: DEFAULT_DUTIES, activities, view, now, ...(scope ? { scope } : {}) });
}

/** Every element of a card, containers opened. */
function elements(card: object): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.tag === 'string') out.push(o);
      for (const key of ['elements', 'columns']) if (Array.isArray(o[key])) walk(o[key]);
    }
  };
  walk((card as { body: { elements: unknown[] } }).body.elements);
  return out;
}

// 孙丽 (the inspector) did October's 作风纪律检查 and November's twice: in a month view her duty is met.
const ledger = [
  act({ type: 'inspect_style', date: '2026-10-10', actorId: 'insp' }),
  act({ type: 'inspect_style', date: '2026-11-05', actorId: 'insp' }),
  act({ type: 'inspect_style', date: '2026-11-12', actorId: 'insp' }),
  act({ type: 'talk_integrity', date: '2026-11-03', actorId: 'l1', counterpartIds: ['h1'] }),
];

describe('completionCard', () => {
  const card = completionCard(report(ledger), { title: '完成情况', understood: '2026年第四季度全单位的完成情况', labels, drill });
  const tables = elements(card).filter((e) => e.tag === 'table');

  it('is a JSON 2.0 card headed by the period, with the as-of time and the headline', () => {
    expect(card).toMatchObject({ schema: '2.0', header: { title: { content: '完成情况' }, subtitle: { content: '2026年第四季度' } } });
    expect(cardText(card)).toMatch(/截至 2026-11-22 10:00，共 \d+ 项：✅ 完成 \d+ · 🔵 进行中 \d+ · 🟡 滞后 \d+ · 🔴 逾期 \d+/);
  });

  it('keeps to Feishu’s table rules: at most five, at most ten rows a page, rows keyed by column names', () => {
    expect(tables.length).toBeGreaterThan(1);
    expect(tables.length).toBeLessThanOrEqual(5);
    for (const t of tables) {
      expect(t.page_size).toBeGreaterThanOrEqual(1);
      expect(t.page_size).toBeLessThanOrEqual(10);
      const names = (t.columns as { name: string; data_type: string }[]).map((c) => c.name);
      for (const c of t.columns as { data_type: string }[]) expect(['text', 'number', 'options']).toContain(c.data_type);
      for (const row of t.rows as Record<string, unknown>[]) expect(Object.keys(row).sort()).toEqual([...names].sort());
    }
    // Tables sit at the root of the body: Feishu does not nest them.
    const root = (card as { body: { elements: { tag: string }[] } }).body.elements.filter((e) => e.tag === 'table');
    expect(root).toHaveLength(tables.length);
  });

  it('has a chart of done beside required per duty, pure data with media disabled', () => {
    const chart = elements(card).find((e) => e.tag === 'chart') as { chart_spec: Record<string, unknown> };
    expect(chart.chart_spec).toMatchObject({ type: 'bar', seriesField: 'kind', media: [] });
    const values = (chart.chart_spec.data as { values: { kind: string }[] }).values;
    expect(new Set(values.map((v) => v.kind))).toEqual(new Set(['应完成', '已完成']));
    expect(JSON.stringify(chart)).not.toMatch(/function|=>/);
  });

  it('names the responsible person on every line, met or not (issue 12 point 4: 责任人 is a person, not a role)', () => {
    const month = completionCard(report(ledger, undefined, viewOf('2026-11-01', 'month')), { title: '完成情况', labels, drill });
    const text = cardText(month);
    expect(text).toMatch(/工作作风纪律检查 \| 孙丽 \| 1 \| 2 \|.*\| 完成/);
    expect(text).not.toMatch(/\| (?:纪检人员|班子成员|科室负责人|党组书记)(?: ×\d+)? \|/);
    // In the quarter December is still to come (each month counts once: 2 of 3), so her line is still open.
    expect(cardText(card)).toMatch(/工作作风纪律检查 \| 孙丽 \| 3 \| 2 \|.*\| 进行中/);
    const talk = completionDutyCard(
      { ...report(ledger), lines: report(ledger).lines.filter((l) => l.dutyId === 'talk-leader-heads') },
      { labels },
    );
    const talkText = cardText(talk);
    expect(talkText).toMatch(/李明 \| 2 \| 1 \|.*\| 刘洋/);
    // 陈静's talk with 李明 happened: she is named nowhere.
    expect(talkText).not.toContain('陈静');
  });

  it('offers drill-down buttons as callbacks with their values', () => {
    const buttons = elements(card).filter((e) => e.tag === 'button');
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) {
      expect(b).toMatchObject({ text: { tag: 'plain_text' }, behaviors: [{ type: 'callback', value: { action: expect.any(String) } }] });
    }
    expect(buttonValues(card)).toContainEqual({ action: 'drill_department', departmentId: 'd-office' });
  });

  it('lists a department’s few lines in one flat table, each naming its responsible person', () => {
    const flat = completionCard(report(ledger, { kind: 'department', departmentId: 'd-office' }), { title: '完成情况', labels });
    const flatTables = elements(flat).filter((e) => e.tag === 'table');
    expect(flatTables).toHaveLength(1);
    const text = cardText(flat);
    expect(text).toMatch(/廉政谈话：班子成员与分管科室负责人.*\| 李明 \|.*\| 完成/);
    expect(text).toMatch(/谈心谈话：班子成员与分管科室.*\| 李明 \|.*\| 办公室/);
  });

  it('answers an empty scope plainly', () => {
    const empty = completionCard({ ...report([]), lines: [], headline: { total: 0, done: 0, inProgress: 0, behind: 0, overdue: 0 } }, { title: '完成情况' });
    expect(cardText(empty)).toContain('该范围内没有需要完成的事项');
  });
});

describe('myTasksCard', () => {
  it('lists open duty periods oldest due first, each with one 填报 button for its period, and counts the met ones', () => {
    const lines = report(ledger, { kind: 'person', personId: 'l1' }).lines;
    const card = myTasksCard({ asOf: now, lines, subtitle: '各项任务当前周期' });
    const open = lines.filter((l) => l.status !== 'done');
    expect(buttonValues(card)).toHaveLength(open.length);
    expect(buttonValues(card)).toContainEqual({ action: 'report_duty', dutyId: 'talk-leader-heads', period: '2026-07-01' });
    const text = cardText(card);
    expect(text).toMatch(new RegExp(`待完成 ${open.length} 项`));
    // Oldest due first: a period that has ended (逾期) always comes before one still running.
    expect(text.indexOf('🔴')).toBeLessThan(text.indexOf('🔵'));
    expect(text).toMatch(/廉政谈话：班子成员与分管科室负责人[\s\S]*尚缺：刘洋/);
  });

  it('says so when nothing is open, and when the sender has no duties at all', () => {
    const done = report(ledger, { kind: 'person', personId: 'insp' }, viewOf('2026-11-01', 'month')).lines;
    expect(cardText(myTasksCard({ asOf: now, lines: done, subtitle: 'x' }))).toContain('当前各项任务均已完成');
    expect(cardText(myTasksCard({ asOf: now, lines: [], subtitle: 'x' }))).toContain('没有需要牵头完成');
  });
});

describe('querySuggestionsCard', () => {
  it('says what was not understood and makes each suggestion a button that asks it', () => {
    const card = querySuggestionsCard({ understood: '2026年第四季度全单位的完成情况', unplaced: ['宣传科'], questions: ['宣文部本季度完成情况'] });
    expect(cardText(card)).toMatch(/没能识别「宣传科」[\s\S]*全单位/);
    expect(buttonValues(card)).toEqual([{ action: 'ask_question', text: '宣文部本季度完成情况' }]);
  });
});
