// t48a F5: one who went on a check with its doer (companionIds) took part in it: the 台账 names them and their own monthly
// 作风纪律检查 counts it; the 党组's 专项资金检查 still counts the one check once.
import { describe, expect, it } from 'vitest';
import { computeCompletion, computeCompletionLinearScan, indexActivities } from '../../../src/domain/completion/computeCompletion.js';
import { ledgerRow } from '../../../src/domain/ledger/rows.js';
import { createDirectory } from '../../../src/domain/organization.js';
import { act, at, DEFAULT_DUTIES, lineOf, SMALL_ORG, viewOf } from '../../support/completionFixtures.js';

/** SMALL_ORG with a second 纪检 officer, 林晓, who goes on 孙丽's checks. */
const directory = createDirectory({
  ...SMALL_ORG,
  people: [...SMALL_ORG.people, { id: 'insp2', name: '林晓', title: '纪检干事', roles: ['member', 'inspector'], departmentId: 'd-office', openId: 'ou_insp2' }],
});
const NOW = at('2026-12-05 10:00');
const DEC = viewOf('2026-12-01', 'month');

const together = act({ type: 'inspect_style', date: '2026-12-02', actorId: 'insp', departmentId: 'd-office', departmentIds: ['d-office', 'd-finance'], companionIds: ['insp2'] });
const funds = act({ type: 'inspect_funds', date: '2026-12-01', actorId: 'insp', departmentId: 'd-rehab', companionIds: ['insp2'] });
const report = (acts = [together, funds]) => computeCompletion({ directory, duties: DEFAULT_DUTIES, activities: acts, view: DEC, now: NOW });

describe('a check done together', () => {
  it('counts for the doer and for the one who went along, each their own month', () => {
    expect(lineOf(report(), 'style-inspection', 'insp').done).toBe(1);
    expect(lineOf(report(), 'style-inspection', 'insp2').done).toBe(1);
    expect(lineOf(report(), 'style-inspection', 'insp2').activityIds).toEqual([together.id]);
  });

  it('is still one check for the 党组’s 专项资金检查', () => {
    const line = lineOf(computeCompletion({ directory, duties: DEFAULT_DUTIES, activities: [funds], view: viewOf('2026-12-01'), now: NOW }), 'funds-check', 'sec');
    expect(line.done).toBe(1);
  });

  it('is not the companion’s when they are not named (a record stored before round 46)', () => {
    const { companionIds: _gone, ...old } = together;
    expect(lineOf(report([old]), 'style-inspection', 'insp2').done).toBe(0);
  });

  it('agrees through the index and the linear scan', () => {
    const fast = computeCompletion({ directory, duties: DEFAULT_DUTIES, activities: indexActivities([together, funds]), view: DEC, now: NOW });
    const slow = computeCompletionLinearScan({ directory, duties: DEFAULT_DUTIES, activities: [together, funds], view: DEC, now: NOW });
    expect(fast).toEqual(slow);
  });

  it('puts the companion in the 台账 row', () => {
    expect(ledgerRow(directory, together)).toMatchObject({ actorName: '孙丽', companionNames: ['林晓'], departmentName: '办公室、财务科' });
    const { companionIds: _gone, ...old } = together;
    expect(ledgerRow(directory, old).companionNames).toEqual([]);
  });
});
