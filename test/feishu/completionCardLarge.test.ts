// The 30 KB limit: completion cards for 1,000 people (and an organisation far larger) shrink detail, never the overview.
import { describe, expect, it } from 'vitest';
import { computeCompletion, indexActivities } from '../../src/domain/completion/computeCompletion.js';
import { periodOf } from '../../src/domain/period.js';
import { CARD_BUDGET_BYTES, completionCard } from '../../src/feishu/cards/completionCard.js';
import { completionDutyCard } from '../../src/feishu/cards/completionDutyCard.js';
import { groupByDuty } from '../../src/feishu/cards/completionGroups.js';
import { at, DEFAULT_DUTIES, makeLargeDataset } from '../support/completionFixtures.js';

const bytes = (card: object) => Buffer.byteLength(JSON.stringify(card), 'utf8');
const tables = (card: object) => JSON.stringify(card).match(/"tag":"table"/g)?.length ?? 0;

describe.each([
  { people: 1000, departments: 20, activities: 0 },
  { people: 1000, departments: 20, activities: 100_000 },
  { people: 3000, departments: 150, activities: 0 },
])('$people people, $departments departments, $activities activities', (size) => {
  const data = makeLargeDataset({ ...size, years: 5, seed: 3 });
  const index = indexActivities(data.activities);
  const labels = { directory: data.directory, duties: DEFAULT_DUTIES };
  const drill = {
    duty: (dutyId: string) => ({ action: 'drill_duty', view: 'quarter:2024-07-01', scope: { kind: 'all' }, asker: 'S0', dutyId }),
    department: (departmentId: string) => ({ action: 'drill_department', view: 'quarter:2024-07-01', scope: { kind: 'all' }, asker: 'S0', departmentId }),
    departments: data.directory.org.departments.map((d) => ({ id: d.id, name: d.name })),
  };

  it.each(['quarter', 'year'] as const)('a %s view stays under the budget with at most five tables, and so does each duty drilled into', (cadence) => {
    const report = computeCompletion({ directory: data.directory, duties: DEFAULT_DUTIES, activities: index, view: periodOf(cadence, '2024-07-01'), now: at('2024-08-15 10:00') });
    const card = completionCard(report, { title: '完成情况', labels, drill });
    expect(bytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(tables(card)).toBeLessThanOrEqual(5);
    // The overview survives any shrinking: every duty keeps its summary row.
    for (const g of groupByDuty(report.lines)) expect(JSON.stringify(card)).toContain(g.dutyName);
    for (const g of groupByDuty(report.lines)) {
      const drilled = completionDutyCard({ ...report, lines: g.lines }, { labels });
      expect(bytes(drilled)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    }
  });
});
