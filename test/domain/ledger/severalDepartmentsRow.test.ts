// Round 44 fqe (the coordinator's probe): 12月3日对财务科、办公室开展作风纪律检查 is one check kept at both departments
// (departmentIds), but the 台账's 所属部门 showed 财务科 only — 办公室 lost without a word. Every department it visited is named.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { ledgerRow } from '../../../src/domain/ledger/rows.js';
import { act } from '../../support/completionFixtures.js';

const { directory } = loadConfig('config');

describe('the 台账 row of a check of several departments', () => {
  it('names every department the check visited, in order', () => {
    const check = act({ id: 'c1', type: 'inspect_style', date: '2026-12-03', actorId: 'huangzhigang', departmentId: 'finance', departmentIds: ['finance', 'office'] });
    expect(ledgerRow(directory, check).departmentName).toBe('财务科、办公室');
  });

  it('a check of every 部室 names all eight', () => {
    const ids = directory.org.departments.map((d) => d.id);
    const check = act({ id: 'c2', type: 'inspect_style', date: '2026-12-01', actorId: 'linxiao', departmentId: ids[0]!, departmentIds: ids });
    expect(ledgerRow(directory, check).departmentName).toBe(directory.org.departments.map((d) => d.name).join('、'));
  });

  it('a record of one department names it alone, as before', () => {
    const check = act({ id: 'c3', type: 'inspect_style', date: '2026-12-03', actorId: 'huangzhigang', departmentId: 'office' });
    expect(ledgerRow(directory, check).departmentName).toBe('办公室');
  });
});
